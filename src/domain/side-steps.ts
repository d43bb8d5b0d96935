/**
 * An exercise's steps for the side a program gives it. A program can ask for one side only (the
 * sore side), but an exercise's own steps end "…then switch sides." for both sides. With one side,
 * the step its file marks (`switchStep`) reads the catalog's "Do not switch sides." instead, so the
 * handout, the patient's page, the follow-along view and the slides never tell a patient to do the
 * side they were told to leave alone. Both sides (or no side): the steps as written. The same goes
 * for how hard it should feel and when to move on: "The last 2 reps on each side feel hard" reads
 * in its one-side form (`effortOneSide`, `moveOn.whenOneSide`) when the file gives one.
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

const oneSide = (side: ItemSide): boolean => side === 'left' || side === 'right';

/** How hard it should feel, for the item's side: the one-side form when there is one. */
export function effortForSide(
  exercise: { readonly effort?: string | undefined; readonly effortOneSide?: string | undefined },
  side: ItemSide,
): string | undefined {
  return (oneSide(side) ? exercise.effortOneSide : undefined) ?? exercise.effort;
}

/** When to move on, for the item's side: the one-side form when there is one. */
export function moveOnForSide(
  moveOn: { readonly when: string; readonly whenOneSide?: string | undefined },
  side: ItemSide,
): string {
  return (oneSide(side) ? moveOn.whenOneSide : undefined) ?? moveOn.when;
}

/**
 * The side a drawn figure shows for an item, when it is not the side its file draws
 * (`figure.side`): a left-side lunge whose figure shows the right leg is drawn turned to the left
 * and labelled L. Undefined: the file's own figure (both sides, the same side, no side drawn, or
 * the clinic's own pictures, which are never turned). The handout's card, the builder's exercise
 * parts and Print, and the follow-along's cards read it, so all of them turn the same figures.
 */
export function figureSide(
  exercise: {
    readonly figure?: { readonly side?: 'left' | 'right' | undefined } | undefined;
    readonly media: readonly unknown[];
  },
  side: ItemSide,
): 'left' | 'right' | undefined {
  const drawn = exercise.figure?.side;
  if (exercise.media.length > 0 || drawn === undefined) return undefined;
  return (side === 'left' || side === 'right') && side !== drawn ? side : undefined;
}
