import { z } from 'zod';
import { doseOverride } from './dose.ts';
import { hinted } from './hints.ts';
import { markdownText } from './markdown.ts';
import { picture } from './media.ts';
import { id, lineText, notesText, shortText } from './vocabulary.ts';

/** Speaker notes, shown in the presenter view and on notes pages of the PDF. */
const notes = notesText.optional().describe('Speaker notes for this slide.');

/** A slide, or a group of slides, in a deck. The `kind` says which. */
export const slide = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('title'),
      /** Big title. */
      title: shortText,
      /** Smaller line under the title. */
      subtitle: lineText.optional(),
      notes,
    }),
    z.strictObject({
      kind: z.literal('routine'),
      /** The routine, by id. Expands to its warm-up, one slide per exercise, a summary and when to stop. */
      routine: id,
      notes,
    }),
    z.strictObject({
      kind: z.literal('exercise'),
      /** The exercise, by id. */
      exercise: id,
      dose: doseOverride
        .optional()
        .describe(
          'The dose to show and time on this slide, e.g. { sets: 3, reps: 12 }. Leave out for the exercise\'s own dose.',
        ),
      notes,
    }),
    z.strictObject({
      kind: z.literal('conditions'),
      /** Conditions by id; leave out for all of them. */
      conditions: z.array(id).optional(),
      /** Optional heading for the overview slide. */
      title: shortText.optional(),
      notes,
    }),
    z.strictObject({
      kind: z.literal('guidance'),
      /** Which part of the guidance: risk-factors, practices, treatment or ten-percent-rule. */
      topic: z.enum(['risk-factors', 'practices', 'treatment', 'ten-percent-rule']),
      notes,
    }),
    z.strictObject({
      kind: z.literal('text'),
      /** Slide heading. */
      title: shortText,
      /** Up to 6 short bullet points. */
      bullets: hinted(z.array(lineText).max(6, { error: 'has more than 6 bullets' }), {
        too_big: 'A slide is read from across a room: keep 6 here and put the rest on a new text slide after it.',
      }).default([]),
      notes,
    }),
    z.strictObject({
      kind: z.literal('section'),
      title: shortText.describe('The name of the part of the talk that starts here, e.g. "Try it together".'),
      subtitle: lineText.optional().describe('A smaller line under it.'),
      notes,
    }),
    z.strictObject({
      kind: z.literal('picture'),
      title: shortText.describe('Slide heading, above the picture.'),
      picture: picture.describe('The picture: file in routines/media/, alt text, licence and who made it.'),
      caption: markdownText('line')
        .optional()
        .describe('A line under the picture. **bold**, *italic* and [links](https://…) work.'),
      notes,
    }),
    z.strictObject({
      kind: z.literal('columns'),
      title: shortText.describe('Slide heading.'),
      text: markdownText('paragraph').describe(
        'The words beside the picture: short paragraphs or a list ("- " at the start of each line). **bold**, *italic* and [links](https://…) work.',
      ),
      picture: picture.describe('The picture: file in routines/media/, alt text, licence and who made it.'),
      pictureSide: z
        .enum(['left', 'right'], { error: 'must be left or right' })
        .default('right')
        .describe('Which side the picture goes: right (the default) or left.'),
      notes,
    }),
    z.strictObject({
      kind: z.literal('quote'),
      text: markdownText('line').describe(
        'The key message or quote, one or two short sentences. **bold** and *italic* work.',
      ),
      by: shortText.optional().describe('Who said it, for a quote.'),
      title: shortText
        .optional()
        .describe('A small heading above it. Leave out for "Key message" (read out by screen readers only).'),
      notes,
    }),
  ],
  {
    error:
      'must be one of: title, routine, exercise, conditions, guidance, text, section, picture, columns, quote',
  },
);
export type Slide = z.infer<typeof slide>;

/** Whole seconds from `min` to `max`, with the unit in the message. */
const seconds = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(min, { error: `must be at least ${min} seconds` })
    .max(max, { error: `must be at most ${max} seconds` });

/**
 * Runs the whole deck as one class: each exercise slide in turn gets `work` seconds (on each side,
 * for an exercise done on each side), then `rest` seconds while the next one shows, `rounds` times.
 */
export const circuit = z
  .strictObject({
    work: seconds(10, 600).describe(
      'Seconds of work at each exercise, e.g. 40. An exercise done on each side gets this on each side.',
    ),
    rest: seconds(0, 300)
      .default(20)
      .describe('Seconds of rest before the next exercise, e.g. 20 (the default). 0 for none.'),
    rounds: z
      .number({ error: 'must be a whole number of rounds' })
      .int({ error: 'must be a whole number of rounds' })
      .min(1, { error: 'must be at least 1 round' })
      .max(10, { error: 'must be at most 10 rounds' })
      .default(1)
      .describe('How many times the class goes through every exercise, e.g. 3. 1 is the default.'),
  })
  .describe(
    'Run the whole deck as one class, e.g. { work: 40, rest: 20, rounds: 3 }: every exercise slide in turn.',
  );
export type Circuit = z.infer<typeof circuit>;

/** A slide deck: a file in routines/decks/. */
export const deck = z
  .strictObject({
    /** Deck title, also the PDF title. */
    title: shortText.describe('Deck title.'),
    /** Who it is for, e.g. "Running club coaches". */
    audience: shortText.describe('Who it is for.'),
    /** One sentence on what the talk covers. */
    summary: lineText.describe('One sentence on what it covers.'),
    /** The slides in order. */
    slides: z.array(slide).min(1, { error: 'needs at least one slide' }),
    circuit: circuit.optional(),
    getReady: seconds(0, 60)
      .optional()
      .describe(
        'Seconds to get ready before an exercise timer starts, e.g. 10. Leave out for 5 (10 before a circuit).',
      ),
    minutes: z
      .number({ error: 'must be a whole number of minutes' })
      .int({ error: 'must be a whole number of minutes' })
      .min(1, { error: 'must be at least 1 minute' })
      .max(240, { error: 'must be at most 240 minutes' })
      .optional()
      .describe('How long the talk or class should take, e.g. 40. The presenter view shows time against it.'),
  })
  .describe('A slide deck. The file name is its id.');
export type DeckFile = z.infer<typeof deck>;
