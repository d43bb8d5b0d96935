import { z } from 'zod';
import { dose } from './dose.ts';
import { hinted } from './hints.ts';
import { media } from './media.ts';
import { figure } from './pose.ts';
import { effort, effortOneSide, moveOn } from './progression.ts';
import { category, equipmentList, id, level, lineText, shortText, target } from './vocabulary.ts';

const list = (what: string, min: number, max: number) =>
  hinted(
    z
      .array(lineText)
      .min(min, { error: `needs at least ${min} ${what}` })
      .max(max, { error: `has more than ${max} ${what}` }),
    { too_big: `Keep the ${max} that matter most and delete the rest.` },
  );

/** One exercise: a file in routines/exercises/, named after its id (e.g. clamshell.yaml). */
export const exercise = z
  .strictObject({
    /** The name a clinician uses, e.g. "Clamshell". */
    name: shortText.describe('The usual name, e.g. "Clamshell".'),
    /** A plain-language name a patient understands, e.g. "Side-lying knee opener". */
    alias: shortText.describe('A plain name a patient understands, e.g. "Side-lying knee opener".'),
    /** One line on what it does, in plain words. */
    purpose: lineText.describe('One sentence on what it does, in plain words.'),
    /** Strength, mobility, warm-up or cool-down; list more than one when it serves several. */
    categories: z
      .array(category)
      .min(1, { error: 'needs at least one category' })
      .describe('What it is for: strength, mobility, warm-up, cool-down. One or more.'),
    targets: z
      .array(target)
      .min(1, { error: 'needs at least one target' })
      .max(2, { error: 'has more than 2 main targets; move the others to alsoWorks' })
      .describe(
        'The 1 or 2 muscle groups it is mainly for. Only these count for its body areas in the finder.',
      ),
    alsoWorks: z
      .array(target)
      .default([])
      .describe('Other muscle groups it works a little, e.g. core in a bridge. Not used by the finder.'),
    /** Equipment needed; [none] when nothing is needed. */
    equipment: equipmentList,
    /** How hard it is. */
    level,
    /** Minutes the default dose takes, rest included. */
    minutes: z
      .number({ error: 'must be a number of minutes' })
      .positive({ error: 'must be more than 0' })
      .max(60, { error: 'must be at most 60 minutes' })
      .describe('Minutes the default dose takes, rest included, e.g. 3.'),
    /** The default dose a physical therapist would give a runner. */
    dose,
    /** Numbered steps in the you-voice, starting from the start position. */
    steps: list('steps', 3, 7).describe(
      'Steps in the you-voice, 3 to 7. The first step is the start position: "Lie on your side…".',
    ),
    switchStep: z
      .number({ error: 'must be a step number, e.g. 6' })
      .int({ error: 'must be a whole step number, e.g. 6' })
      .min(1, { error: 'must be a step number from 1 to 7' })
      .max(7, { error: 'must be a step number from 1 to 7' })
      .optional()
      .describe(
        'The number of the step that says to switch to the other side (1 is the first step), e.g. 6 for "Do all your reps, then switch sides." When a program does one side only, that step reads "Do not switch sides." instead.',
      ),
    /** Short cues said while moving, 1 to 3. */
    cues: list('cues', 1, 3).describe('Short cues said while moving, 1 to 3.'),
    /** Common mistakes and how to avoid them, 1 to 3. */
    mistakes: list('mistakes', 1, 3).describe('Common mistakes to avoid, 1 to 3.'),
    /** When to stop: pain or symptoms that mean stop now. */
    stopRules: list('stop rules', 1, 4).describe(
      'When to stop, e.g. "Stop if you feel sharp pain in the hip or groin."',
    ),
    effort: effort.optional(),
    effortOneSide: effortOneSide.optional(),
    moveOn: moveOn.optional(),
    /** An easier version, by exercise id. */
    easier: z.array(id).default([]).describe('Easier versions, by exercise id.'),
    /** A harder version, by exercise id. */
    harder: z.array(id).default([]).describe('Harder versions, by exercise id.'),
    /** Conditions it helps, by condition id. */
    conditions: z.array(id).default([]).describe('Conditions it helps, by condition id.'),
    /** Start and end positions for a generated line drawing. */
    figure: figure.optional(),
    /** Pictures supplied by the clinic, with licence and attribution. */
    media: z
      .array(media)
      .max(4)
      .default([])
      .describe('Pictures and videos supplied by the clinic.'),
  })
  .superRefine((value, ctx) => {
    if (value.switchStep !== undefined && value.switchStep > value.steps.length)
      ctx.addIssue({
        code: 'custom',
        path: ['switchStep'],
        input: value.switchStep,
        message: `is step ${value.switchStep}, but there are only ${value.steps.length} steps`,
        params: { hint: 'Write the number of the step that says to switch sides, counting from 1.' },
      });
    if (value.effortOneSide !== undefined && value.effort === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['effortOneSide'],
        input: value.effortOneSide,
        message: 'is the one-side form of effort, but there is no effort',
        params: { hint: 'Add an effort line for both sides, or delete effortOneSide.' },
      });
    value.alsoWorks.forEach((also, index) => {
      if (value.targets.includes(also))
        ctx.addIssue({
          code: 'custom',
          path: ['alsoWorks', index],
          input: also,
          message: 'is already a main target in targets',
          params: { hint: 'Remove it from alsoWorks.' },
        });
    });
    const next = value.moveOn?.harder;
    if (next === undefined || value.harder.includes(next)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['moveOn', 'harder'],
      input: next,
      message: `must be one of the harder versions listed in harder (${value.harder.join(', ') || 'none listed'})`,
      params: { hint: `Add ${next} to harder, or pick one that is listed there.` },
    });
  })
  .describe('An exercise. The file name is its id.');
export type ExerciseFile = z.infer<typeof exercise>;
