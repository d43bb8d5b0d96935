/**
 * A routine's stages on the handout: the stage the patient is in now (its doses are the ones on
 * the cards) and what comes next, with the doses that change then.
 */
import type { Library, Routine, RoutineItem, RoutineStage } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { doseNumbers } from '../domain/dose-words.ts';
import type { Catalog } from '../domain/catalog/index.ts';
import { fill } from '../domain/catalog/fill.ts';
import { weeksWords, type SafetyWords } from './words.ts';

export interface StageView {
  /** "Next, weeks 3 to 4" */
  readonly heading: string;
  /** "Weeks 3 to 4" */
  readonly weeks: string;
  readonly focus: string | null;
  /** Exercises whose dose changes from the stage before: "Glute bridge: 3 × 12". */
  readonly changes: readonly string[];
}

export interface StagesView {
  readonly title: string;
  readonly now: StageView;
  readonly next: StageView | null;
  /** Said instead of a next stage in the last one. */
  readonly last: string | null;
}

/** "Glute bridge: 3 × 12" for each exercise whose dose in `stage` differs from `before`. */
export function stageChanges(
  library: Library,
  stage: RoutineStage,
  before: readonly RoutineItem[],
  dose: Catalog['dose'],
): string[] {
  const units = library.settings.units;
  return stage.main.flatMap((item, i) => {
    const words = doseNumbers(item.dose, units, dose);
    const was = before[i] ? doseNumbers(before[i].dose, units, dose) : '';
    if (words === was) return [];
    return [`${lookup(library, 'exercise', item.exercise).name}: ${words}`];
  });
}

export function stagesView(
  library: Library,
  routine: Routine,
  index: number,
  words: SafetyWords,
  doseWords: Catalog['dose'],
): StagesView | null {
  const now = routine.stages[index];
  if (!now) return null;
  const next = routine.stages[index + 1];
  const view = (stage: RoutineStage, label: string, changed: string[]): StageView => ({
    heading: fill(words.stageHeading, {
      label,
      weeks: weeksWords(words, stage.weeks).toLowerCase(),
    }),
    weeks: weeksWords(words, stage.weeks),
    focus: stage.focus ?? null,
    changes: changed,
  });
  return {
    title: words.stages,
    now: view(now, words.stageNow, []),
    next: next
      ? view(next, words.stageNext, stageChanges(library, next, now.main, doseWords))
      : null,
    last: next ? null : words.stageLast,
  };
}
