import { z } from 'zod';
import { hintParams } from './hints.ts';
import { amountKeys, type AmountKey } from '../dose-apply.ts';

const count = (what: string, max: number) =>
  z
    .number({ error: `must be a whole number of ${what}` })
    .int({ error: `must be a whole number of ${what}` })
    .min(1, { error: `must be at least 1` })
    .max(max, { error: `must be at most ${max} ${what}` });

/** How often: times a day and days a week. */
export const frequency = z
  .strictObject({
    /** Times a day, usually 1. */
    timesPerDay: count('times a day', 6).describe('Times a day, usually 1.'),
    /** Days a week, 1 to 7. */
    daysPerWeek: count('days a week', 7).describe('Days a week, 1 to 7.'),
  })
  .describe('How often to do it: times a day and days a week.');
export type Frequency = z.infer<typeof frequency>;

/** The amount of each set: exactly one of reps, holdSeconds, seconds or metres. */
const amountFields = {
  /** Repetitions in each set. */
  reps: count('repetitions', 100).optional().describe('Repetitions in each set, e.g. 10.'),
  /** Seconds to hold each repetition, e.g. 30 for a stretch. */
  holdSeconds: count('seconds', 600)
    .optional()
    .describe('Seconds to hold, e.g. 30 for a stretch. Write seconds as a number: 90, not 1:30.'),
  /** Seconds of continuous work in each set, e.g. 60 for a drill. */
  seconds: count('seconds', 1800)
    .optional()
    .describe('Seconds of continuous work in each set. Write seconds as a number: 90, not 1:30.'),
  /** Metres covered in each set, e.g. 10 for a walk across the room. */
  metres: count('metres', 400)
    .optional()
    .describe('Metres covered in each set, e.g. 10. Shown in yards when settings use miles.'),
};
export { amountKeys, applyDose, type AmountKey } from '../dose-apply.ts';

const doseFields = {
  /** Number of sets. */
  sets: count('sets', 10).describe('Number of sets, e.g. 2.'),
  ...amountFields,
  /** True when the amount is done on each side (each leg). */
  perSide: z
    .boolean({ error: 'must be true or false' })
    .describe('true when each side (each leg) does the amount. Write true or false, not yes/no.'),
  /** Seconds of rest between sets. */
  restSeconds: z
    .number({ error: 'must be a whole number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(0)
    .max(600)
    .describe('Seconds of rest between sets, e.g. 30. Write seconds as a number: 90, not 1:30.'),
  /** How often to do it. */
  frequency,
};

const oneAmount =
  'Keep the one that fits and delete the others: reps for a count, holdSeconds for a hold, seconds for timed work, metres for a distance.';

function exactlyOneAmount(dose: Partial<Record<AmountKey, number | undefined>>, ctx: z.RefinementCtx): void {
  const given = amountKeys.filter((key) => dose[key] !== undefined);
  if (given.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        given.length === 0
          ? 'needs one amount: reps, holdSeconds, seconds or metres'
          : `gives ${given.join(' and ')}, but a dose has only one amount`,
      ...hintParams(given.length === 0 ? 'Add a line such as "reps: 10" or "holdSeconds: 30".' : oneAmount),
    });
  }
}

/** The default dose of an exercise: sets, one amount, per side, rest and frequency. */
export const dose = z
  .strictObject({
    ...doseFields,
    alternates: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .describe(
        'true when the sides take turns within each set (a skater hop: left, right, left…), so the exercise cannot be done on one side only. A program cannot then set side: left or right on it. Needs perSide: true.',
      ),
  })
  .superRefine((value, ctx) => {
    exactlyOneAmount(value, ctx);
    if (value.alternates === true && !value.perSide)
      ctx.addIssue({
        code: 'custom',
        path: ['alternates'],
        input: value.alternates,
        message: 'says the sides take turns, but perSide is false',
        ...hintParams('Write "perSide: true" when the sides take turns, or delete alternates.'),
      });
  })
  .describe(
    'The default dose: sets, one of reps / holdSeconds / seconds / metres, perSide, restSeconds and frequency; alternates when the sides take turns.',
  );
export type Dose = z.infer<typeof dose>;

/**
 * A dose override inside a routine: any dose field. Giving an amount (reps, holdSeconds,
 * seconds, metres) replaces the exercise's amount.
 */
export const doseOverride = z
  .strictObject({
    ...doseFields,
    frequency: frequency.partial(),
  })
  .partial()
  .superRefine((override, ctx) => {
    const given = amountKeys.filter((key) => override[key] !== undefined);
    if (given.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `gives ${given.join(' and ')}, but a dose has only one amount`,
        ...hintParams(oneAmount),
      });
    }
  })
  .describe('Changes to the exercise default dose for this routine, e.g. { sets: 3, reps: 15 }.');
export type DoseOverride = z.infer<typeof doseOverride>;

