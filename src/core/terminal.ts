/**
 * Text for a terminal. A message that quotes content (a problem, a piece of advice) must not let
 * that content drive the terminal: ESC starts colour and cursor sequences, BEL rings, a bidi
 * override reverses the rest of the line. Each such character is shown as its escape instead.
 */

/**
 * C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides and isolates.
 * The content schema refuses the same characters (src/model/schema/text.ts).
 */
export const controlCharacter =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const everyControl = new RegExp(controlCharacter.source, 'gu');

/** "a\u001b[31mb" → "a\\u001b[31mb": safe to print, and still says what was there. */
export function escapeControls(text: string): string {
  return text.replace(
    everyControl,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
