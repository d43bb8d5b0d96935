/**
 * The handout's QR code, drawn by the `qrcode` package as a PNG: black modules inside a white quiet
 * zone of 4 modules (the size scanners expect), 8 pixels a module, so it prints crisply in black and
 * white at the footer's size (about 500 dpi) and needs no file.
 *
 * A PNG rather than SVG: the PDF embeds the one image once and draws it on every page, where an
 * SVG was drawn square by square on each page and took a third of the print time.
 */
import QRCode, { type QRCodeToBufferOptions } from 'qrcode';
import type { QrImage } from './view.ts';

/** The quiet zone round the code, in modules: the width scanners expect. */
const quiet = 4;

const options: QRCodeToBufferOptions = {
  type: 'png',
  // Medium error correction: it still scans after a fold or a smudge.
  errorCorrectionLevel: 'M',
  margin: quiet,
  scale: 8,
  color: { dark: '#000000ff', light: '#ffffffff' },
};
/**
 * qrcode hands `rendererOpts` to pngjs's `new PNG()` (qrcode lib/renderer/png.js), which also takes
 * a colour type; @types/qrcode lists only the deflate options. Type 0 writes one grey byte a pixel
 * instead of four RGBA bytes. A new object each time: qrcode writes the image size into it.
 */
interface PngOptions {
  readonly deflateLevel?: number;
  readonly colorType?: 0;
}
const greyscale = (): PngOptions => ({ colorType: 0 });

const drawn = new Map<string, Promise<string>>();

/** Low error correction for a long link (a program's): its code keeps fewer, larger squares. */
const correction = (text: string) => (text.length > 300 ? 'L' : 'M');

/**
 * The QR code for `text` as a data: URI, for CSS (a page margin box cannot hold an element). Every
 * variant of a handout carries the same address: each is drawn once a process.
 */
export function qrDataUri(text: string): Promise<string> {
  let uri = drawn.get(text);
  if (!uri) {
    const drawing = {
      ...options,
      errorCorrectionLevel: correction(text),
      rendererOpts: greyscale(),
    } as const;
    uri = QRCode.toBuffer(text, drawing).then(
      (png) => `data:image/png;base64,${png.toString('base64')}`,
    );
    drawn.set(text, uri);
  }
  return uri;
}

/** The code for `text` with its width in modules, quiet zone included: the handout's `assets.qr`. */
export async function qrImage(text: string): Promise<QrImage> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: correction(text) });
  return { uri: await qrDataUri(text), modules: modules.size + 2 * quiet };
}
