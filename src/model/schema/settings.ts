import { z } from 'zod';
import { hinted } from './hints.ts';
import { siteAddress } from './site-address.ts';
import { theme } from './theme.ts';
import { shortText, text } from './vocabulary.ts';

/** The largest picture, in megabytes, when settings.yaml sets no `limits.pictureMegabytes`. */
export const defaultPictureMegabytes = 2;
/** The largest video, in megabytes, when settings.yaml sets no `limits.videoMegabytes`. */
export const defaultVideoMegabytes = 50;
/** The largest video a single-file deck carries inside itself, when settings.yaml sets no `limits.deckVideoMegabytes`. */
export const defaultDeckVideoMegabytes = 8;

const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'must be a language tag like "en" or "es"' })
  .describe('A language tag, e.g. en, es or en-GB.');

/** Settings for the clinic and the outputs: the file routines/settings.yaml. */
export const settings = z
  .strictObject({
    /** The clinic or team whose name is on every handout and deck. */
    clinic: z
      .strictObject({
        /** Clinic name, e.g. "Riverside Physio". */
        name: shortText.describe('Clinic name, printed on handouts.'),
        /** Logo image inside routines/, e.g. media/logo.svg. */
        logo: z
          .string()
          .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(png|jpe?g|webp|svg)$/i, {
            error: 'must be a .png, .jpg, .webp or .svg path inside routines/, like "media/logo.svg"',
          })
          .optional()
          .describe('Logo image inside routines/, e.g. media/logo.svg.'),
        /** Phone number as people should dial it. */
        phone: shortText.optional().describe('Phone number, written as people dial it.'),
        /** Email address. */
        email: z.email({ error: 'must be an email address' }).optional(),
        /** Street address, one line. */
        address: shortText.optional().describe('Address on one line.'),
      })
      .describe('The clinic or team on handouts and decks.'),
    /** Where the website is published; handouts link here with a QR code. */
    site: z
      .strictObject({
        /** Public address of the site, with the sub-path if any, e.g. https://example.org/hips/. */
        baseUrl: siteAddress,
      })
      .describe('The public website.'),
    /** Limits on what the content may hold; each has a default. */
    limits: z
      .strictObject({
        pictureMegabytes: z
          .number()
          .positive()
          .max(20)
          .default(defaultPictureMegabytes)
          .describe(
            'The largest picture file, in megabytes (default 2). Every page, handout and deck that shows a picture carries it.',
          ),
        videoMegabytes: z
          .number()
          .positive()
          .max(500)
          .default(defaultVideoMegabytes)
          .describe(
            'The largest video file, in megabytes (default 50). The website and the slides carry it; handouts print its poster.',
          ),
        deckVideoMegabytes: z
          .number()
          .nonnegative()
          .max(100)
          .default(defaultDeckVideoMegabytes)
          .describe(
            'A video up to this size, in megabytes (default 8), goes inside the one-file slide deck; a larger one is copied beside the deck, in <deck>.media/. 0 copies every video.',
          ),
      })
      .optional()
      .describe('Limits on what the content may hold. Leave it out for the defaults.'),
    /** The clinic's colours and font for decks and the website; handouts stay black on white. */
    theme: theme.optional(),
    /** Paper size for handouts. */
    paper: z.enum(['a4', 'letter']).describe('Default paper size: a4 or letter.'),
    /** Units for running distances. */
    units: z.enum(['km', 'mi']).describe('Units for running distance: km or mi.'),
    /** The languages to build, as BCP 47 tags; the first is the language the content is written in. */
    languages: z
      .array(languageTag)
      .min(1, { error: 'needs at least one language' })
      .optional()
      .describe(
        'The languages to build, e.g. [en, es]. The first is the language the content is written in and the default; each other one needs its translations in routines/i18n/<language>/.',
      ),
    /** The one language of files written before `languages`: read as `languages: [<it>]`. */
    language: languageTag
      .optional()
      .describe('Old form of languages, for one language: write languages: [en] instead.'),
    /** Version of this content, printed on handouts. Quote it: "1.10", not 1.10. */
    version: shortText.describe('Content version, printed on handouts. Put it in quotes: "1.10".'),
    /** The "education, not diagnosis" note shown by every output. At most 160 characters: the
     * footer of every handout page keeps two lines for it. */
    disclaimer: hinted(
      text.max(160, {
        error: (issue) =>
          `has ${typeof issue.input === 'string' ? issue.input.length : 'more than 160'} characters; at most 160 fit in the footer of a handout page`,
      }),
      {
        too_big:
          'Say it in one or two short sentences, like "This is general advice, not a diagnosis. Ask your clinician what is right for you."',
      },
    ).describe('The "education, not diagnosis" note shown everywhere, at most 160 characters.'),
  })
  .superRefine((value, ctx) => {
    if (value.language !== undefined && value.languages !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['language'],
        input: value.language,
        message: 'is the old form of languages, and languages is given too',
        params: { hint: 'Delete this line: languages lists every language, the first is the default.' },
      });
    const seen = new Set<string>();
    value.languages?.forEach((tag, index) => {
      if (seen.has(tag))
        ctx.addIssue({
          code: 'custom',
          path: ['languages', index],
          input: tag,
          message: `lists ${tag} twice`,
          params: { hint: 'Keep it once.' },
        });
      seen.add(tag);
    });
  })
  .describe('Clinic and output settings.');

/** The languages a settings file switches on, the content's own first: old files give `language`. */
export function languagesOf(file: Pick<SettingsFile, 'language' | 'languages'>): string[] {
  return [...(file.languages ?? [file.language ?? 'en'])];
}
export type SettingsFile = z.infer<typeof settings>;
