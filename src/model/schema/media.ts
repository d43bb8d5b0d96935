import { z } from 'zod';
import { lineText, shortText } from './vocabulary.ts';

/** A picture supplied by the clinic instead of (or beside) a generated figure. */
export const media = z
  .strictObject({
    /** Path of the image file, relative to the routines/ folder, e.g. media/clamshell-start.png. */
    file: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(png|jpe?g|webp|svg)$/i, {
        error:
          'must be a .png, .jpg, .webp or .svg path inside routines/, like "media/clamshell.png"',
      })
      .describe('Image path inside routines/, e.g. media/clamshell-start.png.'),
    /** What the picture shows, for people who cannot see it. */
    alt: lineText.describe('What the picture shows, for people who cannot see it.'),
    /** The licence, e.g. "CC BY 4.0" or "Own work, all rights reserved". */
    licence: shortText.describe('The licence, e.g. "CC BY 4.0" or "Own work".'),
    /** Who made it; printed wherever the picture appears. */
    attribution: lineText.describe('Who made it. Printed wherever the picture appears.'),
  })
  .describe('A picture file with its alt text, licence and attribution.');
export type Media = z.infer<typeof media>;
