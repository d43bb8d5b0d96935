import { z } from 'zod';
import { everyday, running } from './condition-advice.ts';
import { bodyArea, lineText, shortText, text } from './vocabulary.ts';

const points = (what: string) =>
  z.array(lineText).min(1, { error: `needs at least one ${what}` });

/** A cause of hip pain: a file in routines/conditions/. */
export const condition = z
  .strictObject({
    /** The medical name, e.g. "Trochanteric bursitis". */
    name: shortText.describe('The medical name.'),
    plainName: shortText.describe(
      'A plain name a patient understands, shown first with the medical name second, e.g. "Pain on the outside of the hip".',
    ),
    alsoCalled: z
      .array(shortText)
      .default([])
      .describe(
        'Other words people use for it, for search, e.g. ["outer hip", "bursitis", "GTPS"]. Not printed as advice.',
      ),
    /** One or two sentences on what it is. */
    summary: text.describe('One or two sentences on what it is.'),
    /** Where it hurts, in plain words. */
    whereItHurts: lineText.describe('Where it hurts, in plain words.'),
    /** The body areas this pain is felt in, for the finder. */
    areas: z
      .array(bodyArea)
      .min(1, { error: 'needs at least one area' })
      .describe('Body areas where it is felt.'),
    /** What it feels like. */
    symptoms: points('symptom').describe('What it feels like.'),
    /** What makes it worse. */
    worseWith: points('thing that makes it worse').describe('What makes it worse.'),
    /** Usual causes. */
    causes: points('cause').describe('Usual causes.'),
    /** What helps. */
    whatHelps: points('thing that helps').describe('What helps.'),
    /** See a clinician if… */
    redFlags: points('red flag').describe('"See a clinician if…" signs.'),
    running,
    everyday: everyday.optional(),
  })
  .describe('A condition. The file name is its id.');
export type ConditionFile = z.infer<typeof condition>;
