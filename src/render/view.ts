/**
 * An exercise's card with its figures drawn here (pose data, or the clinic's pictures read from
 * the content folder). The rest of the card is `card-view.ts`, which the browser shares.
 */
import { catalogFor } from '../domain/catalog/index.ts';
import { figureSide, type ItemSide } from '../domain/side-steps.ts';
import { exerciseFigures, type FiguresView } from '../figures/figures.ts';
import type { Exercise, Library, RoutineItem } from '../model/library.ts';
import { cardView, type CardParts, type ExerciseCardView } from './card-view.ts';

export {
  doseView,
  fullCard,
  moveOnWords,
  type CardParts,
  type DoseView,
  type ExerciseCardView,
} from './card-view.ts';

// The exercise with its figure turned to the other side, made once so its figures are drawn once.
const turned = new WeakMap<Exercise, Partial<Record<'left' | 'right', Exercise>>>();

function turnedTo(exercise: Exercise, side: 'left' | 'right'): Exercise {
  const sides = turned.get(exercise) ?? {};
  turned.set(exercise, sides);
  const figure = exercise.figure && { ...exercise.figure, side };
  return (sides[side] ??= { ...exercise, figure });
}

/**
 * An exercise's figures with captions and credits in the library's language; for a program item
 * on the side its figure does not show, the figure turned to that side (`figureSide`).
 */
export function cardFigures(library: Library, exercise: Exercise, side?: ItemSide): FiguresView {
  const words = catalogFor(library.settings.language).figures;
  const other = figureSide(exercise, side);
  return exerciseFigures(other ? turnedTo(exercise, other) : exercise, library.root, words);
}

export function exerciseCard(
  library: Library,
  exercise: Exercise,
  options: { item?: RoutineItem; show?: CardParts; anchor?: string } = {},
): ExerciseCardView {
  const catalog = catalogFor(library.settings.language);
  const figures = cardFigures(library, exercise, options.item?.side);
  return cardView(library, catalog, exercise, figures, options);
}
