/** Reading PDFs the way a tester would: text per page, page size, tags and outline (pdf.js, via unpdf). */
import { readFile } from 'node:fs/promises';
import { extractText, extractTextItems, getDocumentProxy, getMeta } from 'unpdf';

interface OutlineNode {
  readonly title: string;
  readonly items: readonly OutlineNode[];
}

export interface PdfFacts {
  readonly pages: number;
  /** Each page's text, whitespace collapsed, so a sentence broken over lines still matches. */
  readonly text: readonly string[];
  /** Width × height of each page, in points, rounded. */
  readonly sizes: readonly (readonly [number, number])[];
  readonly title: string;
  readonly outline: readonly string[];
  /** The document catalog as written, for /StructTreeRoot, /MarkInfo and /Lang. */
  readonly catalog: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function readPdf(file: string): Promise<PdfFacts> {
  const bytes = new Uint8Array(await readFile(file));
  const raw = Buffer.from(bytes).toString('latin1');
  const catalog = /<<\s*\/Type \/Catalog[\s\S]*?endobj/.exec(raw)?.[0] ?? '';
  const doc = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(doc, { mergePages: false });
  const sizes: [number, number][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const [, , width = 0, height = 0] = (await doc.getPage(i)).view;
    sizes.push([Math.round(width), Math.round(height)]);
  }
  // pdf.js types say an array, but it resolves to null for a PDF without an outline.
  const tree = (await doc.getOutline()) as OutlineNode[] | null;
  const outline = (tree ?? []).flatMap(function titles(node): string[] {
    return [node.title, ...node.items.flatMap(titles)];
  });
  const { info } = await getMeta(doc);
  return {
    pages: doc.numPages,
    text: text.map(flat),
    sizes,
    title: String(info['Title'] ?? ''),
    outline,
    catalog: catalog.replace(/\s+/g, ' '),
  };
}

/** The largest font size (pt) of text items containing `needle`, on any page. */
export async function fontSizeOf(file: string, needle: string): Promise<number> {
  const bytes = new Uint8Array(await readFile(file));
  const { items } = await extractTextItems(bytes);
  const sizes = items
    .flat()
    .filter((i) => i.str.includes(needle))
    .map((i) => i.fontSize);
  return Math.max(0, ...sizes);
}

/** The smallest font size (pt) of any text on any page, with the text printed at that size. */
export async function smallestText(file: string): Promise<{ size: number; texts: string[] }> {
  const bytes = new Uint8Array(await readFile(file));
  const { items } = await extractTextItems(bytes);
  const printed = items.flat().filter((i) => i.str.trim() !== '');
  const size = Math.min(...printed.map((i) => i.fontSize));
  return { size, texts: printed.filter((i) => i.fontSize < size + 0.05).map((i) => i.str) };
}
