/**
 * Each drawn figure on the page of its caption: a "Start" or "End" line printed with no figure
 * just above it (on the same page, over the caption's column) is a figure the page broke away
 * from its caption. Read from the PDF with MuPDF.
 */
import { svgBoxes, textLines } from './pdf-layout.ts';

/** "page N: Start" for every caption without its figure right above it. */
export async function captionsWithoutFigures(
  file: string,
  captions: readonly string[],
): Promise<string[]> {
  const [boxes, pages] = await Promise.all([svgBoxes(file), textLines(file)]);
  return pages.flat().flatMap((line) => {
    if (!captions.includes(line.text.trim())) return [];
    const above = boxes.some(
      (box) =>
        box.page === line.page &&
        box.x <= line.right &&
        box.x + box.width >= line.left &&
        // The figure ends above the caption's middle (a line's box starts above its letters).
        box.y + box.height <= (line.top + line.bottom) / 2 &&
        box.y + box.height >= line.top - 8,
    );
    return above ? [] : [`page ${line.page}: ${line.text.trim()}`];
  });
}
