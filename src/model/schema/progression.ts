import { z } from 'zod';
import { doseOverride } from './dose.ts';
import { id, lineText } from './vocabulary.ts';

/**
 * Progression: how hard an exercise should feel, when to move on from it and to what, and the
 * stages of a routine (weeks 1 and 2, weeks 3 and 4…) with the dose of each exercise in each.
 */

/** How hard the default dose should feel. */
export const effort = lineText.describe(
  'How hard it should feel, in the you-voice, e.g. "The last 2 reps feel hard, but you can still keep good form."',
);

/** How hard it should feel when a program does one side only. */
export const effortOneSide = lineText.describe(
  'effort in the words for a program that does one side only, when effort says "on each side": e.g. "The last 2 reps feel hard." for "The last 2 reps on each side feel hard." Without it, a program for one side prints effort as written.',
);

/** When to move on, and to which harder exercise. */
export const moveOn = z
  .strictObject({
    when: lineText.describe(
      'A plain rule for when to make it harder, e.g. "Move on when 3 sets of 15 feel easy and pain stays in the green band." With no harder exercise, also say how to make it harder.',
    ),
    whenOneSide: lineText
      .optional()
      .describe(
        'when in the words for a program that does one side only, when it says "on each side": e.g. "Move on when 2 holds of 40 seconds feel easy." for "Move on when 2 holds of 40 seconds on each side feel easy." Without it, a program for one side prints when as written.',
      ),
    harder: id
      .optional()
      .describe(
        'The exercise to move on to, by id; the handout prints its name after the rule. It must be one of this exercise\'s harder versions.',
      ),
  })
  .describe('When to move on, and the harder exercise to move on to.');
export type MoveOn = z.infer<typeof moveOn>;

const week = z
  .number({ error: 'must be a week number, like 3' })
  .int({ error: 'must be a whole week number, like 3' })
  .min(1, { error: 'must be week 1 or later' })
  .max(52, { error: 'must be at most week 52' });

/** One exercise's dose in a stage. */
const stageDose = z
  .strictObject({
    exercise: id.describe('A main exercise of this routine, by id.'),
    dose: doseOverride.describe(
      'The dose in this stage, as changes to the routine dose, e.g. { sets: 3, reps: 15 }.',
    ),
  })
  .describe('A main exercise and its dose in this stage.');

/** A stage of a routine: a span of weeks and the doses that change in it. */
export const stage = z
  .strictObject({
    weeks: z
      .strictObject({
        from: week.describe('The first week of this stage, e.g. 1.'),
        to: week.describe('The last week of this stage, e.g. 2.'),
      })
      .superRefine((w, ctx) => {
        if (w.to >= w.from) return;
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          input: w.to,
          message: `must be week ${w.from} or later: a stage cannot end before it starts`,
          params: { hint: `Change it to ${w.from} or more.` },
        });
      })
      .describe('The weeks this stage covers, e.g. { from: 1, to: 2 }.'),
    focus: lineText
      .optional()
      .describe('One or two sentences for the patient on what this stage is about.'),
    doses: z
      .array(stageDose)
      .default([])
      .describe(
        'Main exercises whose dose changes in this stage. An exercise not listed keeps the routine dose.',
      ),
  })
  .describe('A stage: weeks and the doses of this stage.');
export type Stage = z.infer<typeof stage>;
