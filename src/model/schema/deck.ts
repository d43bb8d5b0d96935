import { z } from 'zod';
import { hinted } from './hints.ts';
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
  ],
  { error: 'must be one of: title, routine, exercise, conditions, guidance, text' },
);
export type Slide = z.infer<typeof slide>;

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
  })
  .describe('A slide deck. The file name is its id.');
export type DeckFile = z.infer<typeof deck>;
