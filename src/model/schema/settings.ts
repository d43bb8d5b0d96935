import { z } from 'zod';
import { hinted } from './hints.ts';
import { siteAddress } from './site-address.ts';
import { shortText, text } from './vocabulary.ts';

/** The largest picture, in megabytes, when settings.yaml sets no `limits.pictureMegabytes`. */
export const defaultPictureMegabytes = 2;

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
      })
      .optional()
      .describe('Limits on what the content may hold. Leave it out for the defaults.'),
    /** Paper size for handouts. */
    paper: z.enum(['a4', 'letter']).describe('Default paper size: a4 or letter.'),
    /** Units for running distances. */
    units: z.enum(['km', 'mi']).describe('Units for running distance: km or mi.'),
    /** Language of the content, as a BCP 47 tag. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'must be a language tag like "en" or "en-GB"' })
      .describe('Language tag, e.g. en or en-GB.'),
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
  .describe('Clinic and output settings.');
export type SettingsFile = z.infer<typeof settings>;
