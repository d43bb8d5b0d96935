/** Reading PDFs the way a tester would: text per page, page size, tags, outline, and the QR code. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
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

/** Renders one page with poppler and decodes the QR code on it with jsQR. */
export async function qrOnPage(file: string, page: number): Promise<string | undefined> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-qr-'));
  try {
    const prefix = path.join(folder, 'page');
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]);
    const png = PNG.sync.read(await readFile(`${prefix}.png`));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** How close ink comes to each edge of a page, in millimetres. */
export interface InkMargins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Renders every page with poppler at 72 dpi and measures the blank border round the ink (any
 * pixel darker than light grey), so a test can see what an office printer would cut off.
 */
export async function inkMargins(file: string): Promise<InkMargins[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-ink-'));
  const dpi = 72;
  const mm = (px: number) => (px * 25.4) / dpi;
  try {
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      file,
      path.join(folder, 'p'),
    ]);
    const pages = (await readdir(folder)).filter((f) => f.endsWith('.png')).sort();
    const margins: InkMargins[] = [];
    for (const name of pages) {
      const png = PNG.sync.read(await readFile(path.join(folder, name)));
      let [top, left, bottom, right] = [png.height, png.width, -1, -1];
      for (let y = 0; y < png.height; y++)
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          const dark = Math.min(png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255);
          if (dark > 200) continue;
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      margins.push({
        top: mm(top),
        left: mm(left),
        bottom: mm(png.height - 1 - bottom),
        right: mm(png.width - 1 - right),
      });
    }
    return margins;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
