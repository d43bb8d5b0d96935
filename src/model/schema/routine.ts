import { z } from 'zod';
import { hinted } from './hints.ts';
import { item } from './item.ts';
import { painLimits } from './pain-rule.ts';
import { stage } from './progression.ts';
import { stagesFit } from '../stages-fit.ts';
import { id, level, lineText, notesText, shortText, text } from './vocabulary.ts';

export const audience = z
  .enum(['runner', 'patient', 'class'])
  .describe('Who it is for: runner (on their own), patient (from a clinician), class (a coach).');

export { stagesFit } from '../stages-fit.ts';

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
    main: hinted(
      z
        .array(item)
        .min(1, { error: 'needs at least one exercise' })
        .max(8, { error: 'has more than 8 exercises' }),
      { too_big: 'People stop doing long lists: split it into two routines.' },
    ).describe('The main exercises, 1 to 8.'),
    /** Exercises to cool down with. */
    coolDown: z.array(item).default([]).describe('Cool-down exercises.'),
    advice: z
      .array(lineText)
      .max(8, { error: 'has more than 8 lines of advice; keep the 8 a patient most needs' })
      .default([])
      .describe(
        'For the patient: what to do and avoid, in the you-voice, e.g. "Keep your hip bend under 90 degrees." Printed on the handout and the routine page.',
      ),
    printConditionAdvice: z
      .boolean({ error: 'must be true or false' })
      .default(true)
      .describe(
        "true (the usual): print each condition's running and everyday advice with this routine. false only when advice says it in this routine's own words; a check makes sure it still says to pause or stop running where a condition needs that.",
      ),
    stages: z
      .array(stage)
      .max(6, { error: 'has more than 6 stages; split the plan into two routines' })
      .default([])
      .describe(
        'Stages, e.g. weeks 1 to 2 and 3 to 4, each with the doses that change. In week order, with no gaps.',
      ),
    painRule: painLimits.optional(),
    notes: notesText
      .optional()
      .describe(
        'For the clinician or coach only: never printed for the patient. Anything a patient must act on goes in advice.',
      ),
  })
  .superRefine(stagesFit)
  .describe('A routine. The file name is its id.');
export type RoutineFile = z.infer<typeof routine>;
