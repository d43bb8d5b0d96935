/**
 * A routine's warm-up as every output shows it: the protocol's phases with their time in words
 * ("5 to 10 minutes") and each drill as a routine item at its warm-up dose, then the routine's own
 * warm-up moves as one more phase.
 */
import type { Library, Routine, RoutineItem, Warmup } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { applyDose } from '../model/dose-apply.ts';
import type { Phase } from '../model/schema/warmup.ts';
import type { Catalog } from './catalog/index.ts';
import { minutesWords } from './dose-words.ts';

export interface WarmUpPhase {
  readonly name: string;
  /** "5 to 10 minutes" */
  readonly time: string;
  readonly instructions: string;
  /** Activities that are not exercises: "Brisk walk". */
  readonly activities: readonly string[];
  readonly drills: readonly RoutineItem[];
}

export interface WarmUpPlan {
  readonly title: string;
  readonly summary: string;
  /** The protocol it follows, if any. */
  readonly protocol: Warmup | undefined;
  readonly phases: readonly WarmUpPhase[];
}

/** A protocol's drill as a routine item: its warm-up dose applied, its minutes scaled to the sets. */
export function drillItem(library: Library, drill: Phase['drills'][number]): RoutineItem {
  const exercise = lookup(library, 'exercise', drill.exercise);
  const dose = applyDose(exercise.dose, drill.dose);
  const minutes = (exercise.minutes * dose.sets) / exercise.dose.sets;
  return { exercise: drill.exercise, dose, note: drill.note, minutes };
}

/** A protocol's phases, with times in words and drills as items. */
export function warmUpPhases(
  library: Library,
  warmup: Warmup,
  words: Catalog['dose'],
): WarmUpPhase[] {
  return warmup.phases.map((phase) => ({
    name: phase.name,
    time: minutesWords(phase.minutes, phase.maxMinutes, words),
    instructions: phase.instructions,
    activities: phase.activities,
    drills: phase.drills.map((drill) => drillItem(library, drill)),
  }));
}

/** A routine's warm-up, or null when it has none. */
export function warmUpPlan(
  library: Library,
  routine: Routine,
  catalog: Pick<Catalog, 'dose' | 'warmUp'>,
): WarmUpPlan | null {
  const protocol = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  const phases = protocol ? warmUpPhases(library, protocol, catalog.dose) : [];
  const moves = routine.warmUp.items;
  if (moves.length > 0)
    phases.push({
      name: catalog.warmUp.moves,
      time: minutesWords(
        Math.ceil(moves.reduce((sum, item) => sum + item.minutes, 0)),
        undefined,
        catalog.dose,
      ),
      instructions: catalog.warmUp.movesInstructions,
      activities: [],
      drills: moves,
    });
  if (phases.length === 0) return null;
  return {
    title: protocol?.title ?? catalog.warmUp.title,
    summary: protocol?.summary ?? catalog.warmUp.summary,
    protocol,
    phases,
  };
}
