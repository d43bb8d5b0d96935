/**
 * A clinic's picture as the outputs use it. One larger than any output shows (more than 1,600 pixels
 * on its long side) is scaled down with sharp, in its own format: a phone photo no longer goes into
 * every handout and slide at full size. Every picture's size in pixels is known too, for the site's
 * `<img width height>`. SVG is left as it is.
 *
 * sharp works asynchronously, while pages, handouts and slides read pictures as they render, so
 * the loader prepares every picture the library names (`library-pictures.ts`) and `preparedPicture`
 * hands out what was made for the same bytes. The same bytes in give the same bytes out, so the
 * site's file names and the shards' hashes stay stable from run to run.
 */
import { createHash } from 'node:crypto';

/** The long side of the largest picture any output shows: a 1280 × 720 slide, twice over. */
export const largestSide = 1600;

/** More pixels than this are not decoded at all: a small file can claim a huge picture. */
export const mostPixels = 100_000_000;

/** A picture as the outputs use it: scaled down when it was larger than any output shows. */
export interface PreparedPicture {
  readonly bytes: Buffer;
  readonly type: string;
  /** Its size in pixels, upright (as a browser shows a photo taken sideways). */
  readonly width: number;
  readonly height: number;
  readonly scaled: boolean;
}

// Astro renders the pages through its own copy of our modules, in the same process: a well-known
// global slot lets the pages find what the loader prepared.
const key = Symbol.for('routine-press.model.prepared-pictures');
const slot = globalThis as Record<symbol, Map<string, PreparedPicture> | undefined>;
const prepared = (slot[key] ??= new Map<string, PreparedPicture>());

const count = (n: number) => n.toLocaleString('en-US');
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What was prepared for these bytes, if the loader prepared them. */
export function preparedPicture(bytes: Uint8Array): PreparedPicture | undefined {
  return prepared.get(hashOf(bytes));
}

/** Why a picture cannot be prepared, said for the person who saved it. */
export class PictureScaleError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

const encoders = {
  'image/png': (image: import('sharp').Sharp) => image.png(),
  'image/jpeg': (image: import('sharp').Sharp) => image.jpeg({ quality: 85 }),
  'image/webp': (image: import('sharp').Sharp) => image.webp({ quality: 85 }),
} as const;

/**
 * `bytes` (a PNG, JPEG or WebP picture of `type`) as the outputs use it, remembered for
 * `preparedPicture`; undefined for SVG, which is drawn at any size.
 */
export async function preparePicture(
  bytes: Buffer,
  type: string,
): Promise<PreparedPicture | undefined> {
  if (!Object.hasOwn(encoders, type)) return undefined;
  const hash = hashOf(bytes);
  const known = prepared.get(hash);
  if (known) return known;
  // Loaded only when the content names a picture: most content draws its figures.
  const { default: sharp } = await import('sharp');
  // The header alone is read first (sharp would refuse too many pixels before saying how many).
  const open = (limitInputPixels: number | false = mostPixels) =>
    sharp(bytes, { limitInputPixels, failOn: 'error' });
  let meta;
  try {
    meta = await open(false).metadata();
  } catch {
    throw new PictureScaleError(
      'is damaged: its start says it is a picture, but it cannot be read',
      'Open it in a picture program and save it again, or name another file.',
    );
  }
  const pages = meta.pages ?? 1;
  const upright = meta.autoOrient;
  const height = pages > 1 ? (meta.pageHeight ?? meta.height) : upright.height;
  const width = pages > 1 ? meta.width : upright.width;
  if (width * height > mostPixels)
    throw new PictureScaleError(
      `is ${count(width)} × ${count(height)} pixels, more than ${mostPixels / 1_000_000} million`,
      `Save it at ${count(largestSide)} pixels on its long side: that is plenty for a page or a slide.`,
    );
  let result: PreparedPicture = { bytes, type, width, height, scaled: false };
  try {
    // A moving picture keeps its frames: sharp would keep only the first.
    if (Math.max(width, height) > largestSide && pages === 1) {
      const encode = encoders[type as keyof typeof encoders];
      const { data, info } = await encode(
        open().autoOrient().resize({ width: largestSide, height: largestSide, fit: 'inside' }),
      ).toBuffer({ resolveWithObject: true });
      result = { bytes: data, type, width: info.width, height: info.height, scaled: true };
    }
    // Read to the end, so a picture cut short is found here rather than as a hole in a page.
    else await open().raw().toBuffer();
  } catch {
    throw new PictureScaleError(
      'is damaged: it cannot be read to the end',
      'Open it in a picture program and save it again, or name another file.',
    );
  }
  prepared.set(hash, result);
  return result;
}
