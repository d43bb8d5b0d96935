/**
 * A QR code as a PNG, built from the `qrcode` package's module matrix: black squares inside a
 * white quiet zone of 4 modules (the size scanners expect), 8 pixels a module, so it prints crisply
 * in black and white at the footer's size (about 500 dpi) and needs no file.
 *
 * A PNG rather than SVG: the PDF embeds the one image once and draws it on every page, where an
 * SVG was drawn square by square on each page and took a third of the print time. It is written
 * here with node:zlib (greyscale, no filters) in well under a millisecond.
 */
import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const quiet = 4;
const pixelsPerModule = 8;

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

/** The QR code for `text`, medium error correction (survives a fold or a smudge), as PNG bytes. */
export function qrPng(text: string): Buffer {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const side = (size + quiet * 2) * pixelsPerModule;
  // 8-bit greyscale scanlines, each led by filter byte 0; white, then the dark modules.
  const line = side + 1;
  const pixels = Buffer.alloc(line * side, 255);
  for (let y = 0; y < side; y++) pixels[y * line] = 0;
  for (let row = 0; row < size; row++) {
    const top = (row + quiet) * pixelsPerModule * line;
    for (let col = 0; col < size; col++)
      if (data[row * size + col]) {
        const left = top + 1 + (col + quiet) * pixelsPerModule;
        pixels.fill(0, left, left + pixelsPerModule);
      }
    // The module row is drawn once, then copied down to its full height.
    for (let y = 1; y < pixelsPerModule; y++) pixels.copy(pixels, top + y * line, top, top + line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same QR code as a data: URI, for CSS (a page margin box cannot hold an element). */
export function qrDataUri(text: string): string {
  return `data:image/png;base64,${qrPng(text).toString('base64')}`;
}

/** "https://www.example.org/hips/routines/x/" → "example.org/hips/routines/x": easy to type. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
