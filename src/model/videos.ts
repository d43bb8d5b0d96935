/**
 * A clinic's video named under an exercise's `media:` (issue 16): an ordinary file inside the
 * content folder (`content-file.ts`, as for pictures), no larger than the settings allow, holding
 * the kind of video its extension says (WebM: `1A 45 DF A3`; MP4: `ftyp` at byte 4), with its
 * captions a WebVTT file. Its poster is checked as a picture. Nothing ever prints a video's bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import { contentFile, head, megabytes, type FileProblem } from './content-file.ts';
import { defaultVideoMegabytes } from './schema/settings.ts';

const kinds = {
  webm: { name: 'WebM', extension: '.webm', type: 'video/webm' },
  mp4: { name: 'MP4', extension: '.mp4', type: 'video/mp4' },
} as const;
type KindName = keyof typeof kinds;

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
  expected.every((byte, i) => bytes[at + i] === byte);

/** What the first bytes of a file are: a kind of video, or undefined. */
export function sniffVideo(head: Uint8Array): KindName | undefined {
  if (startsWith(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (startsWith(head, 4, [0x66, 0x74, 0x79, 0x70])) return 'mp4';
  return undefined;
}

/** "a WebM", "an MP4". */
const article = (name: string) => `${/^[AEFHILMNORSX]/.test(name) ? 'an' : 'a'} ${name}`;

const kindOf = (file: string): KindName =>
  path.extname(file).toLowerCase() === '.mp4' ? 'mp4' : 'webm';

/** The video's MIME type, from its extension (the check made sure the bytes agree). */
export const videoType = (file: string): string => kinds[kindOf(file)].type;

/**
 * What is wrong with the video `file` (as written, relative to `root`), or undefined when it can
 * be used. Reads at most its first few kilobytes, and only once it is an ordinary file inside `root`.
 */
export function videoProblem(
  root: string,
  file: string,
  maxMegabytes = defaultVideoMegabytes,
): FileProblem | undefined {
  const where = contentFile(root, file, 'video');
  if ('message' in where) return where;
  const quoted = `the video "${file}"`;
  if (where.stats.size > maxMegabytes * 1_000_000)
    return {
      message: `${quoted} is ${megabytes(where.stats.size)}; a video may be at most ${maxMegabytes} MB`,
      hint: 'Save it shorter or smaller: 20 seconds at 720 pixels tall is plenty to show a movement. Or raise limits.videoMegabytes in settings.yaml.',
    };
  const wanted = kinds[kindOf(file)];
  const found = sniffVideo(head(where.real));
  if (found === kindOf(file)) return undefined;
  if (found)
    return {
      message: `${quoted} holds ${article(kinds[found].name)} video, not ${article(wanted.name)} one`,
      hint: `Rename the file to end in ${kinds[found].extension}, and write the new name here.`,
    };
  return {
    message: `${quoted} is not a ${wanted.name} video: what it holds is not a WebM or MP4 video`,
    hint: 'Export it from your video program as MP4 (H.264) or WebM, or name the right file.',
  };
}

/** The largest captions file: a few minutes of words are a few kilobytes. */
const captionsMegabytes = 1;

/** What is wrong with the captions file `file`, or undefined when it can be used. */
export function captionsProblem(root: string, file: string): FileProblem | undefined {
  const where = contentFile(root, file, 'captions file');
  if ('message' in where) return where;
  const quoted = `the captions file "${file}"`;
  if (where.stats.size > captionsMegabytes * 1_000_000)
    return {
      message: `${quoted} is ${megabytes(where.stats.size)}; captions may be at most ${captionsMegabytes} MB`,
      hint: 'Name the captions of this video only, as a WebVTT file.',
    };
  const text = new TextDecoder().decode(head(where.real)).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return undefined;
  return {
    message: `${quoted} is not a WebVTT file: it does not start with the line WEBVTT`,
    hint: 'Save the captions as WebVTT (.vtt) from your captions program, or name the right file.',
  };
}

/**
 * A media file's bytes (a video or its captions), checked again as when the content was loaded, so
 * a link changed since then still cannot bring in a file from outside the content folder.
 */
export function readVideoFile(
  root: string,
  file: string,
  which: 'video' | 'captions',
): { bytes: Buffer; type: string } {
  const problem =
    which === 'video'
      ? videoProblem(root, file, Number.POSITIVE_INFINITY)
      : captionsProblem(root, file);
  if (problem) throw new UserError(`${problem.message}. Hint: ${problem.hint}`);
  const where = contentFile(root, file, which);
  if ('message' in where) throw new UserError(`${where.message}. Hint: ${where.hint}`);
  return {
    bytes: readFileSync(where.real),
    type: which === 'video' ? videoType(file) : 'text/vtt',
  };
}
