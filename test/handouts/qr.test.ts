import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { shortUrl } from '../../src/domain/links.ts';
import { qrDataUri } from '../../src/handouts/qr.ts';

/** The PNG inside a data: URI, decoded by pngjs (to RGBA, whatever colour type it was written in). */
async function png(text: string) {
  const uri = await qrDataUri(text);
  const [head, base64 = ''] = uri.split(',');
  expect(head).toBe('data:image/png;base64');
  const bytes = Buffer.from(base64, 'base64');
  return { bytes, image: PNG.sync.read(bytes) };
}

describe('the QR code and the typed address', () => {
  it('scans back to its address', async () => {
    for (const url of [
      'https://example.org/a/',
      'https://clinic.example.com/hips/routines/beginner-hip-strength/',
    ]) {
      const { image } = await png(url);
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(url);
    }
  });

  it('is a square greyscale PNG in black and white, with a quiet zone of 4 modules', async () => {
    const { bytes, image } = await png('https://example.org/a/');
    expect(image.width).toBe(image.height);
    // IHDR colour type (byte 25): 0 is greyscale, one byte a pixel.
    expect(bytes[25]).toBe(0);
    // 8 pixels a module: 4 modules of quiet zone are 32 white pixels, then the finder's black.
    const row = (y: number) => [
      ...image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4),
    ];
    expect(row(0).every((v) => v === 255)).toBe(true);
    expect(row(31).every((v) => v === 255)).toBe(true);
    expect(
      row(32)
        .slice(0, 32 * 4)
        .every((v) => v === 255),
    ).toBe(true);
    expect(row(32).slice(32 * 4, 33 * 4)).toEqual([0, 0, 0, 255]);
    expect(new Set(image.data)).toEqual(new Set([0, 255]));
  });

  it('is drawn once for the four variants of a handout', async () => {
    expect(qrDataUri('https://example.org/b/')).toBe(qrDataUri('https://example.org/b/'));
    expect(await qrDataUri('https://example.org/b/')).not.toBe(
      await qrDataUri('https://example.org/c/'),
    );
  });

  it('drops what nobody needs to type', () => {
    expect(shortUrl('https://www.example.org/hips/routines/x/')).toBe(
      'example.org/hips/routines/x',
    );
    expect(shortUrl('http://example.org/')).toBe('example.org');
  });
});
