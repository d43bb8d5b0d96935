import { z } from 'zod';
import { controlCharacter } from '../../core/terminal.ts';

/**
 * The one text type of every field people read. Each size is the longest text that still fits
 * where that field is printed: a name on one heading line, a step on a card, a summary on a page.
 * Characters that corrupt a page or a terminal are refused wherever they come from (a paste from
 * a word processor, a `"\e"` escape in YAML): control characters other than newline and tab, and
 * the bidi controls that make a phone number read backwards and reverse the fields around it.
 */
export const textSizes = {
  name: { max: 80, what: 'a name or a title' },
  line: { max: 300, what: 'a step, a cue or a point in a list' },
  paragraph: { max: 600, what: 'a summary or a paragraph' },
  notes: { max: 2000, what: 'notes for the presenter or clinician' },
} as const;
export type TextSize = keyof typeof textSizes;

const bidiNames: Record<string, string> = {
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'end of an embedding',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first-strong isolate',
  '\u2069': 'end of an isolate',
};

/** "U+001B" */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The character at a UTF-16 `index`, counted from 1 as people count: "é" or "👍🏽" is one. */
export function characterNumber(value: string, index: number): number {
  const segments = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(
    value.slice(0, index),
  );
  return Array.from(segments).length + 1;
}

/** The first character a text may not hold, with what it is and how to fix it; undefined if none. */
export function unsafeCharacter(
  value: string,
): { message: string; hint: string; index: number } | undefined {
  const match = controlCharacter.exec(value);
  if (!match) return undefined;
  const char = match[0];
  const at = characterNumber(value, match.index);
  const bidi = bidiNames[char];
  return bidi
    ? {
        index: at,
        message: `has an invisible ${bidi} mark (${codePoint(char)}) at character ${at}; it can reverse the text around it`,
        hint: 'Delete it. Right-to-left words show the right way round without it.',
      }
    : {
        index: at,
        message: `has an invisible control character (${codePoint(char)}) at character ${at}`,
        hint: 'Delete it: retype the words around it (it often comes with text pasted from another program).',
      };
}

/** Text of one size: trimmed, not empty, not too long, no unsafe characters. */
export function sizedText(size: TextSize) {
  const { max, what } = textSizes[size];
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, {
      error: (issue) =>
        `is ${typeof issue.input === 'string' ? issue.input.length : `more than ${max}`} characters long; ${what} may have at most ${max}, so say it more briefly`,
    })
    .check(refuseUnsafe);
}

function refuseUnsafe(ctx: z.core.ParsePayload<string>): void {
  const found = unsafeCharacter(ctx.value);
  if (found)
    ctx.issues.push({
      code: 'custom',
      message: found.message,
      params: { hint: found.hint },
      input: ctx.value,
    });
}

/**
 * True for a string schema made by `sizedText` (whatever was added to it since: `.describe`,
 * `.max`): text people read, which a translation may replace. Ids, tags and paths are not text.
 * Zod keeps the check objects of a schema when it is described or narrowed, so the one check
 * `sizedText` adds marks it.
 */
export function isText(schema: z.ZodType): boolean {
  const def = schema._zod.def as { type: string; checks?: { _zod: { check: unknown } }[] };
  return def.type === 'string' && (def.checks ?? []).some((c) => c._zod.check === refuseUnsafe);
}

/** A name or a title: one heading line. */
export const shortText = sizedText('name');
/** One step, cue, bullet or point. */
export const lineText = sizedText('line');
/** A summary or paragraph; the default for text a patient reads. */
export const text = sizedText('paragraph');
/** Speaker notes and notes for the clinician. */
export const notesText = sizedText('notes');
