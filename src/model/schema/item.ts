import { z } from 'zod';
import { doseOverride } from './dose.ts';
import { id, lineText } from './vocabulary.ts';

/** One exercise inside a routine section or warm-up phase, with optional dose changes. */
export const item = z
  .strictObject({
    /** The exercise, by id (its file name in routines/exercises/). */
    exercise: id.describe('The exercise id, e.g. clamshell.'),
    /** Changes to the exercise's default dose, e.g. { sets: 3, reps: 15 }. */
    dose: doseOverride.optional(),
    /** A short note for this routine only, e.g. "Go slowly on the way down." */
    note: lineText.optional().describe('A short note for this routine only.'),
  })
  .describe('An exercise by id, with optional dose changes.');
export type Item = z.infer<typeof item>;
