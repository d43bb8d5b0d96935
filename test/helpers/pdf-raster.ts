/**
 * PDF pages as pixels, drawn by MuPDF compiled to WebAssembly (the `mupdf` package), so the tests
 * need nothing installed beyond `npm ci`: no poppler, no canvas library.
 */
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import * as mupdf from 'mupdf';

/** One page drawn in RGB, white where nothing is printed. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Three bytes a pixel (red, green, blue), row after row with no padding. */
  readonly rgb: Uint8ClampedArray;
}

/**
 * Draws pages of a PDF at `dpi` dots an inch: every page, or only the 1-based numbers in `pages`.
 * The pages come back in the order asked for.
 */
export async function renderPages(
  file: string,
  dpi: number,
  pages?: readonly number[],
): Promise<Raster[]> {
  const doc = mupdf.Document.openDocument(await readFile(file), 'application/pdf');
  try {
    const count = doc.countPages();
    const wanted = pages ?? Array.from({ length: count }, (_, i) => i + 1);
    return wanted.map((n) => {
      if (n < 1 || n > count) throw new Error(`${file} has ${count} pages, not a page ${n}`);
      const page = doc.loadPage(n - 1);
      const zoom = dpi / 72;
      const pixmap = page.toPixmap(mupdf.Matrix.scale(zoom, zoom), mupdf.ColorSpace.DeviceRGB);
      try {
        const width = pixmap.getWidth();
        const height = pixmap.getHeight();
        const stride = pixmap.getStride();
        const pixels = pixmap.getPixels();
        // Copy out of WebAssembly memory (freed with the pixmap), dropping any row padding.
        const rgb = new Uint8ClampedArray(width * height * 3);
        for (let y = 0; y < height; y++)
          rgb.set(pixels.subarray(y * stride, y * stride + width * 3), y * width * 3);
        return { width, height, rgb };
      } finally {
        pixmap.destroy();
        page.destroy();
      }
    });
  } finally {
    doc.destroy();
  }
}

/**
 * Draws one page at `dpi` and decodes the QR code on it with jsQR. Without `dpi`: at 150, then at
 * 300 (a printer's), because a dense code (a long program link) needs more dots a module than 150
 * gives it, and its modules can fall across pixels there: the program handout's large code did
 * when the card above it grew by two lines, and 300 dpi read it.
 */
export async function qrOnPage(
  file: string,
  page: number,
  dpi?: number,
): Promise<string | undefined> {
  if (dpi !== undefined) return qrAt(file, page, dpi);
  return (await qrAt(file, page, 150)) ?? (await qrAt(file, page, 300));
}

async function qrAt(file: string, page: number, dpi: number): Promise<string | undefined> {
  const [raster] = await renderPages(file, dpi, [page]);
  if (!raster) return undefined;
  const { width, height, rgb } = raster;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0, i = 0, o = 0; p < width * height; p++, i += 3, o += 4) {
    rgba[o] = rgb[i] ?? 255;
    rgba[o + 1] = rgb[i + 1] ?? 255;
    rgba[o + 2] = rgb[i + 2] ?? 255;
    rgba[o + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data;
}

/** How close ink comes to each edge of a page, in millimetres. */
export interface InkMargins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Draws every page at 72 dpi and measures the blank border round the ink (any pixel darker than
 * light grey), so a test can see what an office printer would cut off.
 */
export async function inkMargins(file: string): Promise<InkMargins[]> {
  const dpi = 72;
  const mm = (px: number) => (px * 25.4) / dpi;
  return (await renderPages(file, dpi)).map(({ width, height, rgb }) => {
    let [top, left, bottom, right] = [height, width, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        const dark = Math.min(rgb[i] ?? 255, rgb[i + 1] ?? 255, rgb[i + 2] ?? 255);
        if (dark > 200) continue;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    return {
      top: mm(top),
      left: mm(left),
      bottom: mm(height - 1 - bottom),
      right: mm(width - 1 - right),
    };
  });
}

/** How many pixels of a raster are within `tolerance` (summed over R, G, B) of a #rrggbb colour. */
export function pixelsNear(raster: Raster, hex: string, tolerance = 40): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) {
    const off =
      Math.abs((raster.rgb[i] ?? 0) - (r ?? 0)) +
      Math.abs((raster.rgb[i + 1] ?? 0) - (g ?? 0)) +
      Math.abs((raster.rgb[i + 2] ?? 0) - (b ?? 0));
    if (off < tolerance) count++;
  }
  return count;
}
