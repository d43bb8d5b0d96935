import { z } from 'zod';
import { doseOverride } from './dose.ts';
import { hinted } from './hints.ts';
import { painLimits } from './pain-rule.ts';
import { stage } from './progression.ts';
import { goal, stagesFit } from './routine.ts';
import { id, lineText, shortText, text } from './vocabulary.ts';
import { programFormat } from '../program-format.ts';

/**
 * A program: a routine made for one person by their clinician, in the program builder or by hand.
 * The builder link (`#p=…`) and the downloaded YAML carry this same shape, checked by this same
 * schema in Node and in the browser.
 */

export { programFormat } from '../program-format.ts';

/** Which side does the exercise: both (the usual), or the left or right side only. */
export const side = z
  .enum(['both', 'left', 'right'])
  .describe('Which side: both (the usual), left or right only, e.g. for the sore side.');
export type Side = z.infer<typeof side>;

/** Names are printed on one line of the handout. */
const name = hinted(shortText.max(60, { error: 'is longer than 60 characters' }), {
  too_big: 'Shorten it so it fits on its line, e.g. first name and the first letter of the surname.',
});

/** One exercise of a program: an exercise by id, its dose for this person, the side, a note. */
export const programItem = z
  .strictObject({
    exercise: id.describe('The exercise id, e.g. clamshell.'),
    dose: doseOverride.optional(),
    side: side.default('both'),
    note: lineText.optional().describe('A short note for this person, e.g. "Keep the band above your knees."'),
  })
  .describe('An exercise of the program, with its dose, side and note.');
export type ProgramItem = z.infer<typeof programItem>;

export const program = z
  .strictObject({
    format: hinted(z.literal(programFormat, { error: `must be ${programFormat}` }), {
      invalid_value: `Write ${programFormat}. A program made by a newer routine-press needs that version.`,
    }).describe(`The program format: ${programFormat}. It lets later versions read this file.`),
    title: shortText.describe('A title that says what it is for, e.g. "Strong hips after your knee injury".'),
    summary: text
      .optional()
      .describe('One or two sentences on what it is for. Leave out for the usual sentence.'),
    items: hinted(
      z
        .array(programItem)
        .min(1, { error: 'needs at least one exercise' })
        .max(12, { error: 'has more than 12 exercises' }),
      { too_big: 'People stop doing long lists: keep the 12 this person most needs.' },
    ).describe('The exercises, in the order to do them: 1 to 12.'),
    daysPerWeek: z
      .number({ error: 'must be a whole number of days' })
      .int({ error: 'must be a whole number of days' })
      .min(1, { error: 'must be at least 1' })
      .max(7, { error: 'must be at most 7 days a week' })
      .describe('Days a week to do the program, 1 to 7.'),
    warmUp: id.optional().describe('A warm-up protocol by id, done before the exercises.'),
    conditions: z
      .array(id)
      .default([])
      .describe('Conditions it is for, by condition id: their red flags and advice are printed.'),
    goals: z.array(goal).default([]).describe('Goals, e.g. [return-to-running] to print the 10% rule.'),
    stages: z
      .array(stage)
      .max(6, { error: 'has more than 6 stages; keep the program to 6' })
      .default([])
      .describe('Stages, e.g. weeks 1 to 2 and 3 to 4, with the doses that change. In week order.'),
    painRule: painLimits.optional(),
    advice: z
      .array(lineText)
      .max(8, { error: 'has more than 8 lines of advice; keep the 8 this person most needs' })
      .default([])
      .describe('For the patient: what to do and avoid, in the you-voice.'),
    patient: name.optional().describe("The patient's name, printed on the handout. Never put in the patient's link unless you choose to."),
    clinician: name.optional().describe('Your name, printed on the handout.'),
    date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a date like 2026-03-14' })
      .optional()
      .describe('The date printed on the handout, as year-month-day: 2026-03-14.'),
    paper: z.enum(['a4', 'letter']).optional().describe('Paper size: a4 or letter. Leave out for the one in settings.yaml.'),
    largePrint: z.boolean({ error: 'must be true or false' }).default(false).describe('true for 18 pt print.'),
  })
  .superRefine((value, ctx) => stagesFit({ main: value.items, stages: value.stages }, ctx))
  .describe('A program for one person: exercises, doses, sides and notes. The file name is its id.');
export type ProgramFile = z.infer<typeof program>;
/** A program as written, before defaults: what the builder and the link hold. */
export type ProgramInput = z.input<typeof program>;
