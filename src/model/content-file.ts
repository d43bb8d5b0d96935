/**
 * Where a file named in the content (a picture, a video, its captions) really is: an ordinary file
 * whose real path is inside the content folder, or why not, with how to fix it. Shared by the
 * picture and video checks (`pictures.ts`, `videos.ts`), which then look at its size and kind.
 */
import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Why a file cannot be used, with how to fix it. */
export interface FileProblem {
  readonly message: string;
  readonly hint: string;
}

/** "3.0 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * The ordinary file `file` (as written, relative to `root`) with its real path and stats, or what
 * is wrong with it; `noun` ("picture", "video") names it in messages. Reads none of it.
 */
export function contentFile(
  root: string,
  file: string,
  noun: string,
): FileProblem | { real: string; stats: Stats } {
  const full = path.join(root, file);
  const quoted = `the ${noun} "${file}"`;
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return {
      message: `${quoted} does not exist`,
      hint: `Put the file at ${full}, or fix the path.`,
    };
  }
  const within = path.relative(realpathSync(root), real);
  if (within.startsWith('..') || path.isAbsolute(within))
    return {
      message: `${quoted} is a link to ${real}, outside the content folder, so it is not used`,
      hint: `Copy the ${noun} itself into ${path.join(root, 'media')} and write its name here.`,
    };
  const stats = statSync(real);
  if (stats.isDirectory())
    return {
      message: `${quoted} is a folder, not a ${noun}`,
      hint: `Name a ${noun} file inside it, like ${path.posix.join(file, `start${path.extname(file)}`)}.`,
    };
  if (!stats.isFile())
    return {
      message: `${quoted} is not an ordinary file (it is a device, a pipe or a socket)`,
      hint: `Save the ${noun} as a file and write its name here.`,
    };
  return { real, stats };
}

/** How far into a file its kind is looked for (an SVG may start with a long comment). */
const headBytes = 4096;

/** The first few kilobytes of the file at `real`. */
export function head(real: string): Uint8Array {
  const bytes = new Uint8Array(headBytes);
  const fd = openSync(real, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, headBytes, 0));
  } finally {
    closeSync(fd);
  }
}
