/**
 * An exercise's card with its figures drawn here (pose data, or the clinic's pictures read from
 * the content folder). The rest of the card is `card-view.ts`, which the browser shares.
 */
import { catalogFor } from '../domain/catalog/index.ts';
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

/** An exercise's figures with captions and credits in the library's language. */
export function cardFigures(library: Library, exercise: Exercise): FiguresView {
  const words = catalogFor(library.settings.language).figures;
  return exerciseFigures(exercise, library.root, words);
}

export function exerciseCard(
  library: Library,
  exercise: Exercise,
  options: { item?: RoutineItem; show?: CardParts; anchor?: string } = {},
): ExerciseCardView {
  const catalog = catalogFor(library.settings.language);
  return cardView(library, catalog, exercise, cardFigures(library, exercise), options);
}
