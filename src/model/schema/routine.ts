import { z } from 'zod';
import { item } from './item.ts';
import { id, level, notesText, shortText, text } from './vocabulary.ts';

export const audience = z
  .enum(['runner', 'patient', 'class'])
  .describe('Who it is for: runner (on their own), patient (from a clinician), class (a coach).');

export const goal = z
  .enum(['prevention', 'warm-up', 'mobility', 'strength', 'stability', 'return-to-running', 'recovery'])
  .describe('The main goal, used by the finder.');

/** A routine: a file in routines/routines/. */
export const routine = z
  .strictObject({
    /** A title that states its purpose, e.g. "Strong side hips with a band". */
    title: shortText.describe('A title that states its purpose.'),
    /** One or two sentences: what this is for. Printed as "What this is for". */
    summary: text.describe('One or two sentences on what it is for.'),
    /** Who it is written for. */
    audience: z.array(audience).min(1, { error: 'needs at least one audience' }),
    /** Main goals. */
    goals: z.array(goal).min(1, { error: 'needs at least one goal' }),
    /** Conditions it helps with, by condition id. */
    conditions: z.array(id).default([]).describe('Conditions it helps, by condition id.'),
    /** How hard it is overall. */
    level,
    /** Times a week to do it. */
    timesPerWeek: z
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(1)
      .max(14)
      .describe('Times a week to do the whole routine.'),
    /** Total minutes. Leave out to have it computed; if given it is checked against the parts. */
    minutes: z
      .number({ error: 'must be a number of minutes' })
      .positive()
      .max(120)
      .optional()
      .describe('Total minutes. Leave it out to have it worked out from the exercises.'),
    /** The warm-up: a warm-up protocol by id, or a list of exercises. */
    warmUp: z
      .strictObject({
        /** A warm-up protocol, by id (its file in routines/warm-ups/). */
        protocol: id.optional().describe('A warm-up protocol by id.'),
        /** Exercises to warm up with. */
        items: z.array(item).default([]),
      })
      .optional()
      .describe('The warm-up: a protocol by id, or a list of items.'),
    /** The main exercises, at most 8. */
    main: z
      .array(item)
      .min(1, { error: 'needs at least one exercise' })
      .max(8, { error: 'has more than 8 exercises; people stop doing long lists, so split it' })
      .describe('The main exercises, 1 to 8.'),
    /** Exercises to cool down with. */
    coolDown: z.array(item).default([]).describe('Cool-down exercises.'),
    /** Extra words for the clinician or coach, not shown to patients. */
    notes: notesText.optional().describe('Notes for the clinician or coach.'),
  })
  .describe('A routine. The file name is its id.');
export type RoutineFile = z.infer<typeof routine>;
