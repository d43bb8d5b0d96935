import { z } from 'zod';
import { hintParams } from './hints.ts';
import { item } from './item.ts';
import { lineText, shortText, text } from './vocabulary.ts';

/** One phase of a warm-up: a duration and what to do in it. */
export const phase = z
  .strictObject({
    /** Short name, e.g. "Get warm". */
    name: shortText.describe('Short name of the phase, e.g. "Get warm".'),
    /** What to do, in one or two plain sentences. */
    instructions: lineText.describe('What to do in this phase, in the you-voice.'),
    /** Minutes, or the shortest time when maxMinutes is also given. */
    minutes: z
      .number({ error: 'must be a number of minutes' })
      .positive({ error: 'must be more than 0' })
      .max(30)
      .describe('Minutes for this phase (the shortest time when maxMinutes is given).'),
    /** The longest time, when the phase is a range like 5 to 10 minutes. */
    maxMinutes: z.number().positive().max(30).optional().describe('The longest time, for a range.'),
    /** Activities that are not exercises in the library, e.g. "Brisk walk". */
    activities: z.array(lineText).default([]).describe('Activities in plain words, e.g. "Brisk walk".'),
    /** Drills from the exercise library, with their dose for the warm-up. */
    drills: z.array(item).default([]).describe('Exercises from the library, by id, with a dose.'),
  })
  .refine((p) => p.maxMinutes === undefined || p.maxMinutes >= p.minutes, {
    error: 'must be at least minutes',
    path: ['maxMinutes'],
    ...hintParams('Make maxMinutes the longer time, or delete it for a fixed time.'),
  })
  .refine((p) => p.activities.length + p.drills.length > 0, {
    error: 'needs at least one activity or drill',
    ...hintParams('Add an "activities:" list, like "- Brisk walk", or a "drills:" list of exercises.'),
  });
export type Phase = z.infer<typeof phase>;

/** A warm-up protocol: a file in routines/warm-ups/. */
export const warmup = z
  .strictObject({
    /** Title that says what it is for. */
    title: shortText.describe('A title that says what it is for.'),
    /** One or two sentences on why and when. */
    summary: text.describe('One or two sentences on why and when to do it.'),
    /** The phases in order. */
    phases: z.array(phase).min(1, { error: 'needs at least one phase' }),
  })
  .describe('A warm-up protocol made of phases.');
export type WarmupFile = z.infer<typeof warmup>;
