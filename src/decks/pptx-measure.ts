/**
 * How wide a line of text is in the PowerPoint file's font, and how many lines it wraps to in a
 * box, so pptx.ts can size titles, the dose badge and the warning line before PowerPoint sees
 * them (PowerPoint shrinks text to fit only once someone edits it). Widths are Arial's (the same
 * as Helvetica's and Liberation Sans', which LibreOffice uses in its place), per 1,000 units of
 * the font size; Georgia is about 12% wider. A letter with an accent is as wide as the letter.
 */

/** Arial regular and bold, characters 32 (space) to 126 (~), in 1/1000 of the font size. */
// prettier-ignore
const regular = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const bold = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Characters outside that range that decks use. */
const others: Readonly<Record<string, number>> = {
  '×': 584,
  '·': 278,
  '…': 1000,
  '–': 556,
  '—': 1000,
  '‘': 278,
  '’': 278,
  '“': 500,
  '”': 500,
  '¿': 611,
  '¡': 333,
  ß: 611,
  '°': 400,
};

export interface FontLook {
  readonly bold: boolean;
  /** The PowerPoint font: Arial or Georgia. */
  readonly face: string;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function charWidth(char: string, look: FontLook): number {
  const code = char.charCodeAt(0);
  const table = look.bold ? bold : regular;
  if (char.length === 1 && code >= 32 && code <= 126) return table[code - 32] ?? 556;
  const known = others[char];
  if (known !== undefined) return known;
  // é → e, Ñ → N: the letter without its accent.
  const base = char.normalize('NFD').charAt(0);
  const baseCode = base.charCodeAt(0);
  if (base !== char && baseCode >= 32 && baseCode <= 126) return table[baseCode - 32] ?? 556;
  return 1000;
}

/** The width of `text` on one line, in inches, at `points`. */
export function textWidth(text: string, points: number, look: FontLook): number {
  let units = 0;
  // One character as seen, an accent written as a mark of its own included.
  for (const { segment } of graphemes.segment(text)) units += charWidth(segment, look);
  const face = look.face === 'Georgia' ? 1.12 : 1;
  return (units / 1000) * (points / 72) * face;
}

/** PowerPoint's inner margin of a text box, left plus right, in inches. */
const insets = 0.2;

/** How many lines `text` wraps to in a box `width` inches wide (words kept whole). */
export function lineCount(text: string, points: number, width: number, look: FontLook): number {
  const room = width - insets;
  const space = textWidth(' ', points, look);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, points, look);
    if (used > 0 && used + space + w > room) {
      lines += 1;
      used = w;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/** The height of `lines` lines at `points` (PowerPoint's single spacing, 1.2), in inches. */
export const linesHeight = (lines: number, points: number) => (lines * points * 1.2) / 72;

/** A paragraph or list item: its text, and whether most of it is bold. */
export interface MeasuredLine {
  readonly text: string;
  readonly bold: boolean;
  /** A list item is indented by its bullet or number. */
  readonly indented: boolean;
}

/** How far a bullet indents its item, in inches (pptxgenjs' default, 27 points). */
const bulletIndent = 27 / 72;

/**
 * The largest size from `size` down (by 2 points, to 60% of it) at which the paragraphs fit in
 * the box, with `spaceAfter` points after each; the smallest if none does.
 */
export function bodyFit(
  paragraphs: readonly MeasuredLine[],
  size: number,
  box: { readonly w: number; readonly h: number },
  face: string,
  spaceAfter: number,
): number {
  const height = (points: number) =>
    paragraphs.reduce((sum, p) => {
      const w = box.w - (p.indented ? bulletIndent : 0);
      const lines = lineCount(p.text, points, w, { bold: p.bold, face });
      return sum + linesHeight(lines, points) + spaceAfter / 72;
    }, 0.1);
  const smallest = Math.max(14, Math.round(size * 0.6));
  for (let points = size; points > smallest; points -= 2)
    if (height(points) <= box.h) return points;
  return smallest;
}
