/**
 * The parts of a routine that are worked out rather than written: the doses of each stage, the
 * pain-rule limits that hold for it, and the body areas it is mainly for.
 */
import type { Problem } from '../core/problems.ts';
import { problemAt, type Valid } from './entries.ts';
import type { PainLimits, RoutineItem, RoutineStage } from './library.ts';
import { applyDose } from './schema/dose.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import type { PainRule } from './schema/pain-rule.ts';
import { targetAreas, type BodyArea } from './schema/vocabulary.ts';

/** Each stage with every main exercise at its dose in that stage (the routine dose, changed). */
export function stagesOf(entry: Valid<'routine'>, main: readonly RoutineItem[]): RoutineStage[] {
  return entry.data.stages.map((stage) => ({
    weeks: stage.weeks,
    focus: stage.focus,
    main: main.map((item) => {
      const change = stage.doses.find((d) => d.exercise === item.exercise);
      if (!change) return item;
      const dose = applyDose(item.dose, change.dose);
      // Minutes scale with the sets, as they do for the routine's own dose changes.
      return { ...item, dose, minutes: (item.minutes * dose.sets) / item.dose.sets };
    }),
  }));
}

/** The routine's own limits over those of guidance.yaml; amber must stay above green once merged. */
export function painLimitsOf(
  entry: Valid<'routine'>,
  rule: PainRule,
): { limits: PainLimits; problems: Problem[] } {
  const own = entry.data.painRule;
  const limits = {
    greenUpTo: own?.greenUpTo ?? rule.greenUpTo,
    amberUpTo: own?.amberUpTo ?? rule.amberUpTo,
  };
  if (limits.amberUpTo > limits.greenUpTo) return { limits, problems: [] };
  const field = own?.amberUpTo === undefined ? 'greenUpTo' : 'amberUpTo';
  return {
    limits,
    problems: problemAt(
      entry,
      ['painRule', field],
      `painRule leaves no amber band: green goes up to ${limits.greenUpTo} and amber up to ${limits.amberUpTo}`,
      `Give both here, with amberUpTo more than greenUpTo, e.g. { greenUpTo: ${Math.min(limits.greenUpTo, 8)}, amberUpTo: ${Math.min(limits.greenUpTo, 8) + 1} }.`,
    ),
  };
}

/**
 * The body areas a routine is mainly for: areas that are a main target of at least a third of its
 * main exercises (and of 2 or more, when it has more than 3). Counting every target of every
 * exercise made "Buttock" and "Belly and trunk" match every routine, so the finder's body-area
 * filter filtered nothing.
 */
export function routineAreas(
  main: readonly RoutineItem[],
  exercises: ReadonlyMap<string, ExerciseFile>,
): BodyArea[] {
  const counts = new Map<BodyArea, number>();
  for (const item of main) {
    const areas = new Set((exercises.get(item.exercise)?.targets ?? []).map((t) => targetAreas[t]));
    for (const area of areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  // When no area reaches that (a warm-up of four different moves), the most common ones count.
  const top = Math.max(0, ...counts.values());
  const needed = Math.min(top, Math.max(main.length > 3 ? 2 : 1, Math.ceil(main.length / 3)));
  return [...counts].filter(([, count]) => count >= needed).map(([area]) => area);
}
