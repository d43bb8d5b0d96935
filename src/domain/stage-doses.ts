/**
 * The doses a patient does now. With stages, the first stage's doses are the ones on the handout's
 * cards, the patient page and the follow-along (the handout can be printed for a later stage); a
 * routine without stages has its own. One place, so the three never say two doses for one day.
 */
import type { Routine, RoutineItem } from '../model/library.ts';

/** The main exercises at the doses of stage `index` (0-based), or the routine's own without stages. */
export function stageItems(
  routine: Pick<Routine, 'main' | 'stages'>,
  index: number,
): readonly RoutineItem[] {
  return routine.stages[index]?.main ?? routine.main;
}

/** The routine as it is done in stage `index` (0-based, the first by default): its main exercises at that stage's doses. */
export function routineAtStage(routine: Routine, index = 0): Routine {
  return { ...routine, main: [...stageItems(routine, index)] };
}
