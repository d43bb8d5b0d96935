/**
 * Right-to-left text kept in its place (issue 18): a name, phone or title in Arabic or Hebrew put
 * into a sentence ("Call {clinic}: {phone}.") is wrapped in first-strong isolates (U+2068 … U+2069),
 * so the bidi algorithm lays it out on its own and it cannot pull its neighbours round: without
 * them "Call מרפאת הנהר: 555-0100." shows the phone before the name. Markup uses `<bdi>` or
 * `dir="auto"` instead; these characters are for text that is not markup (CSS `content` strings,
 * sentences filled in from the catalog). Content may not hold bidi controls itself
 * (model/schema/text.ts), so the only ones in an output are these.
 */

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/** `text` as an isolate of its own: its direction from its first strong letter. */
export function isolate(text: string): string {
  return `${firstStrongIsolate}${text}${popDirectionalIsolate}`;
}
