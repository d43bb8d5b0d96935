/**
 * A picture named in the content (an exercise's `media:` or the clinic logo) must be an ordinary
 * file whose real path is inside the content folder, no larger than the settings allow, and hold
 * the kind of picture its extension says. A symlink to /etc/passwd named `evil.png` used to be
 * embedded in a deck as base64; now the check refuses it at the `media:` line, and nothing ever
 * prints a picture's bytes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import { contentFile, head, megabytes, type FileProblem } from './content-file.ts';
import { preparedPicture } from './picture-scale.ts';
import { defaultPictureMegabytes } from './schema/settings.ts';

interface Kind {
  readonly name: string;
  readonly extension: string;
  readonly type: string;
}

const kinds = {
  png: { name: 'PNG', extension: '.png', type: 'image/png' },
  jpeg: { name: 'JPEG', extension: '.jpg', type: 'image/jpeg' },
  webp: { name: 'WebP', extension: '.webp', type: 'image/webp' },
  svg: { name: 'SVG', extension: '.svg', type: 'image/svg+xml' },
} as const satisfies Record<string, Kind>;
type KindName = keyof typeof kinds;

const byExtension: Record<string, KindName> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
  '.svg': 'svg',
};

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
  expected.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...new TextEncoder().encode(text)];

/** What the first bytes of a file are: a kind of picture, or undefined. */
export function sniffPicture(head: Uint8Array): KindName | undefined {
  if (startsWith(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, 0, ascii('RIFF')) && startsWith(head, 8, ascii('WEBP'))) return 'webp';
  // SVG is text: an XML declaration, comments or a doctype may come before the <svg> element.
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<') && /<svg[\s>]/.test(text)) return 'svg';
  return undefined;
}

/** Why a picture cannot be used, with how to fix it. */
export type PictureProblem = FileProblem;

/**
 * What is wrong with the picture `file` (as written, relative to `root`), or undefined when it
 * can be used. Reads at most its first few kilobytes, and only once it is known to be an ordinary
 * file inside `root`.
 */
export function pictureProblem(
  root: string,
  file: string,
  maxMegabytes = defaultPictureMegabytes,
): PictureProblem | undefined {
  const where = contentFile(root, file, 'picture');
  if ('message' in where) return where;
  const { real, stats } = where;
  const quoted = `the picture "${file}"`;
  const limit = maxMegabytes * 1_000_000;
  if (stats.size > limit)
    return {
      message: `${quoted} is ${megabytes(stats.size)}; a picture may be at most ${maxMegabytes} MB`,
      hint: 'Save it smaller: 1,600 pixels across is plenty for a page or a slide. Or raise limits.pictureMegabytes in settings.yaml.',
    };
  const expected = byExtension[path.extname(file).toLowerCase()];
  const found = sniffPicture(head(real));
  if (!expected || found === expected) return undefined;
  const wanted = kinds[expected];
  if (found) {
    const actual = kinds[found];
    return {
      message: `${quoted} holds a ${actual.name} picture, not a ${wanted.name} one`,
      hint: `Rename the file to end in ${actual.extension}, and write the new name here.`,
    };
  }
  return {
    message: `${quoted} is not a ${wanted.name} picture: what it holds is not a picture at all`,
    hint: `Open it in a picture program and save it as ${wanted.name}, or name the right file.`,
  };
}

/** A picture's bytes as the outputs use them, its type, and its size in pixels when known. */
export interface PictureBytes {
  readonly bytes: Buffer;
  readonly type: string;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
}

/** The picture's own bytes and type, read through the checks again. */
export function readOriginalPicture(root: string, file: string): PictureBytes {
  const problem = pictureProblem(root, file, Number.POSITIVE_INFINITY);
  if (problem) throw new UserError(`${problem.message}. Hint: ${problem.hint}`);
  const kind = byExtension[path.extname(file).toLowerCase()] ?? 'png';
  return { bytes: readFileSync(realpathSync(path.join(root, file))), type: kinds[kind].type };
}

/**
 * The picture's bytes and type, for embedding. The load checked it already; checked again here,
 * so a link changed since then still cannot bring in a file from outside the content folder.
 * What the load prepared for these bytes (`picture-scale.ts`: scaled down, with its size) is
 * used when there is one; a file changed since the load is used as it is.
 */
export function readPicture(root: string, file: string): PictureBytes {
  const original = readOriginalPicture(root, file);
  return preparedPicture(original.bytes) ?? original;
}
