/**
 * Where things sit on a PDF page, in millimetres from the top left, read with MuPDF (the `mupdf`
 * package): the pictures drawn from SVG, and the lines of text. No poppler, no canvas.
 */
import { readFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';

export interface Box {
  /** 1-based page number. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const mm = (pt: number) => (pt * 25.4) / 72;

async function withPages<T>(file: string, each: (page: mupdf.Page, n: number) => T): Promise<T[]> {
  const doc = mupdf.Document.openDocument(await readFile(file), 'application/pdf');
  try {
    return Array.from({ length: doc.countPages() }, (_, i) => {
      const page = doc.loadPage(i);
      try {
        return each(page, i + 1);
      } finally {
        page.destroy();
      }
    });
  } finally {
    doc.destroy();
  }
}

/** The bounding box of a path's points, after the transform. */
function pathBox(path: mupdf.Path, m: mupdf.Matrix): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const [a, b, c, d, e, f] = m;
  const add = (x: number, y: number) => {
    const [px, py] = [a * x + c * y + e, b * x + d * y + f];
    box[0] = Math.min(box[0], px);
    box[1] = Math.min(box[1], py);
    box[2] = Math.max(box[2], px);
    box[3] = Math.max(box[3], py);
  };
  path.walk({
    moveTo: add,
    lineTo: add,
    curveTo: (x1, y1, x2, y2, x3, y3) => {
      add(x1, y1);
      add(x2, y2);
      add(x3, y3);
    },
  });
  return box;
}

/**
 * The boxes of the pictures drawn from inline SVG: Chromium clips each SVG to its viewport, and
 * nothing else on a handout page clips to less than the page's printable area (the clip as wide
 * as the page's content is left out).
 */
export async function svgBoxes(file: string): Promise<Box[]> {
  const pages = await withPages(file, (page, n) => {
    const [, , pageWidth] = page.getBounds();
    const boxes: Box[] = [];
    const device = new mupdf.Device({
      clipPath(path, _evenOdd, ctm) {
        const [x0, y0, x1, y1] = pathBox(path, ctm);
        // The page's own clip spans the printable width; an SVG's is a part of it.
        if (x1 - x0 > pageWidth * 0.75) return;
        boxes.push({ page: n, x: mm(x0), y: mm(y0), width: mm(x1 - x0), height: mm(y1 - y0) });
      },
    });
    page.run(device, mupdf.Matrix.identity);
    device.close();
    return boxes;
  });
  return pages.flat();
}

export interface TextLine {
  readonly page: number;
  readonly text: string;
  /** The top and bottom of the line, from the top of the page. */
  readonly top: number;
  readonly bottom: number;
  /** Its left and right ends, from the left of the page. */
  readonly left: number;
  readonly right: number;
}

interface StextJson {
  readonly blocks: readonly {
    readonly type: string;
    readonly lines?: readonly {
      readonly bbox: { x: number; y: number; w: number; h: number };
      readonly text: string;
    }[];
  }[];
}

/** Every line of text on every page, in the order MuPDF reads them. */
export async function textLines(file: string): Promise<TextLine[][]> {
  return withPages(file, (page, n) => {
    const stext = page.toStructuredText('preserve-whitespace');
    try {
      const json = JSON.parse(stext.asJSON()) as StextJson;
      return json.blocks.flatMap((block) =>
        (block.lines ?? []).map((line) => ({
          page: n,
          text: line.text,
          top: mm(line.bbox.y),
          bottom: mm(line.bbox.y + line.bbox.h),
          left: mm(line.bbox.x),
          right: mm(line.bbox.x + line.bbox.w),
        })),
      );
    } finally {
      stext.destroy();
    }
  });
}

/**
 * Every line of every page as it looks: its characters left to right by where MuPDF found them
 * drawn, not in the order the text was written. Right-to-left words come out mirrored, so a test
 * can see whether a name stayed between its neighbours.
 */
export async function visualLines(file: string): Promise<{ page: number; text: string }[][]> {
  return withPages(file, (page, n) => {
    const stext = page.toStructuredText('preserve-whitespace');
    try {
      const lines = new Map<number, { c: string; x: number }[]>();
      stext.walk({
        onChar(c, origin) {
          const y = Math.round(origin[1]);
          const line = lines.get(y) ?? [];
          line.push({ c, x: origin[0] });
          lines.set(y, line);
        },
      });
      return [...lines.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, chars]) => ({
          page: n,
          text: chars
            .sort((a, b) => a.x - b.x)
            .map((ch) => ch.c)
            .join(''),
        }));
    } finally {
      stext.destroy();
    }
  });
}
