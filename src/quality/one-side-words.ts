/**
 * Advice on how hard it should feel and when to move on, for a program that does one side only.
 * An exercise done on each side may say "The last 2 reps on each side feel hard"; a program for
 * one side prints its one-side form instead (`effortOneSide`, `moveOn.whenOneSide`:
 * `domain/side-steps.ts`). Without one, that card would still say "on each side", so the field
 * gets advice at its line. An exercise whose sides take turns (`dose.alternates`) is never done on
 * one side, so it gets none.
 */
import type { Exercise, Library } from '../model/library.ts';
import type { SwitchAdvice } from './switch-steps.ts';

/** "on each side", "on each leg", and the Spanish "de cada lado", "con cada pierna". */
const eachSideWords = [/\beach\s+(side|leg)\b/i, /\bcada\s+(lado|pierna)\b/i];

/** True when a text speaks of each side or each leg. */
export function saysEachSide(text: string): boolean {
  return eachSideWords.some((words) => words.test(text));
}

function exerciseAdvice(exercise: Exercise): SwitchAdvice[] {
  if (!exercise.dose.perSide || exercise.dose.alternates === true) return [];
  const advice: SwitchAdvice[] = [];
  const { effort, effortOneSide, moveOn } = exercise;
  if (effort !== undefined && effortOneSide === undefined && saysEachSide(effort))
    advice.push({
      file: exercise.source,
      path: ['effort'],
      message: `effort speaks of each side, so a program for one side only would still print it that way.`,
      hint: 'Add "effortOneSide:" below it with the words for one side, e.g. "The last 2 reps feel hard."',
    });
  if (moveOn && moveOn.whenOneSide === undefined && saysEachSide(moveOn.when))
    advice.push({
      file: exercise.source,
      path: ['moveOn', 'when'],
      message: `moveOn.when speaks of each side, so a program for one side only would still print it that way.`,
      hint: 'Add "whenOneSide:" below it with the words for one side, e.g. "Move on when 3 sets of 10 feel easy."',
    });
  return advice;
}

/** Advice for every exercise of the library, in id order. */
export function oneSideWordsAdvice(library: Library): SwitchAdvice[] {
  return Object.values(library.exercises).flatMap(exerciseAdvice);
}
