/**
 * An exercise's steps for the side a program gives it. A program can ask for one side only (the
 * sore side), but an exercise's own steps end "…then switch sides." for both sides. With one side,
 * the step its file marks (`switchStep`) reads the catalog's "Do not switch sides." instead, so the
 * handout, the patient's page, the follow-along view and the slides never tell a patient to do the
 * side they were told to leave alone. Both sides (or no side): the steps as written.
 * Browser-safe: the builder's print and the patient's pages use it too.
 */
import type { Catalog } from './catalog/index.ts';

/** The one side a program item is for; undefined (or 'both') for both sides, as the dose says. */
export type ItemSide = 'left' | 'right' | 'both' | undefined;

export function stepsForSide(
  exercise: { readonly steps: readonly string[]; readonly switchStep?: number | undefined },
  side: ItemSide,
  words: Pick<Catalog, 'card'>,
): readonly string[] {
  const marked = exercise.switchStep;
  if (side === undefined || side === 'both' || marked === undefined) return exercise.steps;
  return exercise.steps.map((step, i) => (i === marked - 1 ? words.card.oneSide : step));
}
