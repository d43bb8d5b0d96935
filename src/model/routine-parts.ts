/**
 * The parts of a routine that are worked out rather than written: the doses of each stage and
 * the body areas it is mainly for. Browser-safe (the builder turns a program into a routine with
 * them): no Zod, no YAML positions.
 */
import type { RoutineItem, RoutineStage } from './library.ts';
import { applyDose } from './dose-apply.ts';
import type { Dose } from './schema/dose.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import type { Item } from './schema/item.ts';
import type { Stage } from './schema/progression.ts';
import { targetAreas, type BodyArea } from './body-areas.ts';

/**
 * Minutes at a changed dose: scaled by the sets, and for continuous work (a walk, a run, a drill
 * in seconds) by the seconds too, so a 5-minute walk from a 30-minute one counts 5 minutes.
 */
export function minutesAt(minutes: number, from: Dose, to: Dose): number {
  const continuous = from.seconds !== undefined && to.seconds !== undefined;
  const work = (d: Dose) => d.sets * (continuous ? (d.seconds ?? 1) : 1);
  return (minutes * work(to)) / work(from);
}

/**
 * An exercise in a routine: done on the routine's days (so a card never says "3 days a week" in a
 * routine done twice a week), then the routine's own dose changes applied, which may set another
 * frequency; minutes scaled by the sets (and the seconds of continuous work).
 */
export function itemOf(
  item: Item,
  exercises: ReadonlyMap<string, Pick<ExerciseFile, 'dose' | 'minutes'>>,
  timesPerWeek: number,
): RoutineItem {
  const base = exercises.get(item.exercise);
  if (!base)
    throw new Error(`reference to unknown exercise "${item.exercise}" survived the checks`);
  const onRoutineDays = { frequency: { daysPerWeek: Math.min(7, timesPerWeek) } };
  const dose = applyDose(applyDose(base.dose, onRoutineDays), item.dose);
  return {
    exercise: item.exercise,
    dose,
    note: item.note,
    minutes: minutesAt(base.minutes, base.dose, dose),
  };
}

/** Each stage with every main exercise at its dose in that stage (the routine dose, changed). */
export function stagesOf(stages: readonly Stage[], main: readonly RoutineItem[]): RoutineStage[] {
  return stages.map((stage) => ({
    weeks: stage.weeks,
    focus: stage.focus,
    main: main.map((item) => {
      const change = stage.doses.find((d) => d.exercise === item.exercise);
      if (!change) return item;
      const dose = applyDose(item.dose, change.dose);
      return { ...item, dose, minutes: minutesAt(item.minutes, item.dose, dose) };
    }),
  }));
}

/**
 * The body areas a routine is mainly for: areas that are a main target of at least a third of its
 * main exercises (and of 2 or more, when it has more than 3). Counting every target of every
 * exercise made "Buttock" and "Belly and trunk" match every routine, so the finder's body-area
 * filter filtered nothing.
 */
export function routineAreas(
  main: readonly RoutineItem[],
  exercises: ReadonlyMap<string, Pick<ExerciseFile, 'targets'>>,
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
