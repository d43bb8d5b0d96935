import { z } from 'zod';
import { lineText, shortText } from './vocabulary.ts';

/** A path inside routines/ ending in one of `extensions`: no leading slash, no "..". */
const contentPath = (extensions: string, what: string, example: string) =>
  z
    .string()
    .regex(new RegExp(`^(?!/)(?!.*\\.\\.)[\\w./-]+\\.(${extensions})$`, 'i'), {
      error: `must be ${what} path inside routines/, like "${example}"`,
    });

const pictureFile = contentPath('png|jpe?g|webp|svg', 'a .png, .jpg, .webp or .svg', 'media/clamshell.png');

/** The licence, e.g. "CC BY 4.0" or "Own work, all rights reserved". */
const licence = shortText.describe('The licence, e.g. "CC BY 4.0" or "Own work".');
/** Who made it; printed wherever the picture or video appears. */
const attribution = lineText.describe('Who made it. Printed wherever it appears.');

/** A picture supplied by the clinic instead of (or beside) a generated figure. */
export const picture = z
  .strictObject({
    /** Path of the image file, relative to the routines/ folder, e.g. media/clamshell-start.png. */
    file: pictureFile.describe('Image path inside routines/, e.g. media/clamshell-start.png.'),
    /** What the picture shows, for people who cannot see it. */
    alt: lineText.describe('What the picture shows, for people who cannot see it.'),
    licence,
    attribution,
  })
  .describe('A picture file with its alt text, licence and attribution.');
export type Picture = z.infer<typeof picture>;

/**
 * A clinic's own video of an exercise. It plays on the website, in the follow-along view and in
 * the slides; handouts, PDFs and PowerPoint show its poster.
 */
export const video = z
  .strictObject({
    /** Says this entry is a video. */
    kind: z.literal('video').describe('Write "video" for a video.'),
    /** Path of the video file inside routines/: WebM or MP4, e.g. media/clamshell.webm. */
    video: contentPath('webm|mp4', 'a .webm or .mp4', 'media/clamshell.webm').describe(
      'Video path inside routines/, e.g. media/clamshell.webm (WebM or MP4).',
    ),
    /** A still picture from the video: shown before it plays, and printed on handouts. */
    poster: pictureFile.describe(
      'A still picture shown before the video plays and printed on handouts, e.g. media/clamshell.png.',
    ),
    /** What the video shows, for people who cannot see it. */
    alt: lineText.describe('What the video shows, for people who cannot see it.'),
    /** Captions for the spoken words, a WebVTT file, e.g. media/clamshell.vtt. */
    captions: contentPath('vtt', 'a .vtt', 'media/clamshell.vtt')
      .optional()
      .describe('Captions as a WebVTT file inside routines/, e.g. media/clamshell.vtt.'),
    licence,
    attribution,
  })
  .describe('A video file with its poster, description, captions, licence and attribution.');
export type Video = z.infer<typeof video>;

/** A picture or a video named under an exercise's `media:`; a video says `kind: video`. */
export const media = z
  .discriminatedUnion('kind', [
    picture.extend({
      /** Leave out for a picture; a video says `kind: video`. */
      kind: z.literal('picture').optional().describe('Leave out for a picture.'),
    }),
    video,
  ])
  .describe('A picture (file:) or a video (kind: video, video:, poster:) with its credit.');
export type Media = z.infer<typeof media>;

/** Whether a media entry is a video. */
export const isVideo = (entry: Media): entry is Video => entry.kind === 'video';

/** The picture file of a media entry: a picture's own, or a video's poster. */
export const pictureOf = (entry: Media): string => (isVideo(entry) ? entry.poster : entry.file);
