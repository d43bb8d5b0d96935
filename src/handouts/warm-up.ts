/**
 * The warm-up as a handout shows it: each phase with its time and what to do, and each drill with
 * its dose and steps in one short paragraph (full cards are kept for the main exercises, so the
 * handout stays short). The phases and their wording come from the domain layer.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { amountWords } from '../domain/dose-words.ts';
import { warmUpPlan } from '../domain/warm-up.ts';
import type { Library, Routine, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';

export interface DrillView {
  readonly name: string;
  readonly alias: string;
  readonly dose: string;
  readonly steps: string;
  /** Every stop rule, in one run: a warm-up drill has no card of its own to print them on. */
  readonly stop: string;
}

export interface PhaseView {
  readonly name: string;
  /** "5 to 10 minutes" */
  readonly time: string;
  /** What to do. The phase's activity list is left out: the instructions already say it. */
  readonly instructions: string;
  readonly drills: readonly DrillView[];
}

export interface WarmUpView {
  readonly title: string;
  readonly phases: readonly PhaseView[];
}

function drill(library: Library, item: RoutineItem, words: Catalog['dose']): DrillView {
  const exercise = lookup(library, 'exercise', item.exercise);
  return {
    name: exercise.name,
    // Shown in brackets after the name, mid-sentence: "Hip swing (leg swing)".
    alias: exercise.alias.charAt(0).toLowerCase() + exercise.alias.slice(1),
    // Only the amount: a warm-up happens whenever the routine does, so its frequency is noise.
    dose: amountWords(item.dose, library.settings.units, words),
    steps: exercise.steps.join(' '),
    stop: exercise.stopRules.join(' '),
  };
}

export function warmUpView(
  library: Library,
  routine: Routine,
  catalog: Pick<Catalog, 'dose' | 'warmUp'>,
): WarmUpView | null {
  const plan = warmUpPlan(library, routine, catalog);
  if (!plan) return null;
  return {
    title: plan.title,
    phases: plan.phases.map((phase) => ({
      name: phase.name,
      time: phase.time,
      instructions: phase.instructions,
      drills: phase.drills.map((item) => drill(library, item, catalog.dose)),
    })),
  };
}
