/**
 * Advice on the step that says to switch sides. A program can give an exercise done on each side
 * for one side only; then the step its file marks with `switchStep` says "Do not switch sides."
 * (`domain/side-steps.ts`). A step that says to switch but is not marked would still tell a
 * patient who must rest one side to do it, so it gets advice at its line; so does a marked step
 * that does not say to switch (a step added above it moves the number).
 */
import { catalogFor } from '../domain/catalog/index.ts';
import type { Exercise, Library } from '../model/library.ts';
import type { FieldPath } from '../model/locate.ts';

/**
 * Words that send the reader to the other side, in the content's languages (English, Spanish);
 * "Do not switch sides." (what a one-sided program prints instead) does not.
 */
const switchWords = [
  /(?<!\bnot\s)\b(switch|change|swap)\s+(sides|legs)\b/i,
  /\b(do|repeat)\b.*\bother side\b/i,
  /(?<!\bno\s)\bcambi[a-z]*\s+de\s+(lado|pierna)\b/i,
  /\bhaz\s+el\s+otro\s+lado\b/i,
];

/** True when a step tells the reader to switch to, or do, the other side. */
export function saysToSwitch(step: string): boolean {
  return switchWords.some((words) => words.test(step));
}

export interface SwitchAdvice {
  readonly file: string;
  readonly path: FieldPath;
  readonly message: string;
  readonly hint: string;
}

/** The first few words of a step, so the reader can find it. */
function opening(text: string, count = 6): string {
  const all = text.trim().split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : all.join(' ');
}

function exerciseAdvice(exercise: Exercise, instead: string): SwitchAdvice[] {
  // Done once, both legs together (a squat): a program's side does not change its steps.
  if (!exercise.dose.perSide) return [];
  const marked = exercise.switchStep;
  const advice: SwitchAdvice[] = exercise.steps.flatMap((step, i) =>
    i + 1 !== marked && saysToSwitch(step)
      ? [
          {
            file: exercise.source,
            path: ['steps', i],
            message: `step ${i + 1} "${opening(step)}" says to switch sides, but switchStep does not mark it, so a program for one side only would still print it.`,
            hint: `Add "switchStep: ${i + 1}" below the steps, so a program for one side only says "${instead}" there instead.`,
          },
        ]
      : [],
  );
  const step = marked === undefined ? undefined : exercise.steps[marked - 1];
  if (step !== undefined && !saysToSwitch(step))
    advice.push({
      file: exercise.source,
      path: ['switchStep'],
      message: `switchStep marks step ${marked} "${opening(step)}", which does not say to switch sides.`,
      hint: 'Write the number of the step that says to switch sides, or delete switchStep.',
    });
  return advice;
}

/** Advice for every exercise of the library, in id order. */
export function switchStepAdvice(library: Library): SwitchAdvice[] {
  const instead = catalogFor(library.settings.language).card.oneSide;
  return Object.values(library.exercises).flatMap((exercise) => exerciseAdvice(exercise, instead));
}
