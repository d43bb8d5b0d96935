/**
 * An exercise's card with its figures drawn here (pose data, or the clinic's pictures read from
 * the content folder). The rest of the card is `card-view.ts`, which the browser shares.
 */
import { exerciseFigures } from '../figures/figures.ts';
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

export function exerciseCard(
  library: Library,
  exercise: Exercise,
  options: { item?: RoutineItem; show?: CardParts; anchor?: string } = {},
): ExerciseCardView {
  return cardView(library, exercise, exerciseFigures(exercise, library.root), options);
}
