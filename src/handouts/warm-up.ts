/**
 * The warm-up as a handout shows it: each phase with its time and what to do, and each drill with
 * its dose and steps in one short paragraph (full cards are kept for the main exercises, so the
 * handout stays short).
 */
import type { Library, Routine } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { applyDose, type Dose, type DoseOverride } from '../model/schema/dose.ts';
import { amountWords, durationWords } from '../render/dose-words.ts';

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

function minutes(from: number, to: number | undefined): string {
  const words = (n: number) => durationWords(Math.round(n * 60));
  return to === undefined || to === from ? words(from) : `${from} to ${words(to)}`;
}

/** A drill with its dose: a routine item's (already applied), or a protocol's override. */
function drill(library: Library, id: string, dose: Dose | DoseOverride | undefined): DrillView {
  const exercise = lookup(library, 'exercise', id);
  const applied = applyDose(exercise.dose, dose);
  return {
    name: exercise.name,
    // Shown in brackets after the name, mid-sentence: "Hip swing (leg swing)".
    alias: exercise.alias.charAt(0).toLowerCase() + exercise.alias.slice(1),
    // Only the amount: a warm-up happens whenever the routine does, so its frequency is noise.
    dose: amountWords(applied, library.settings.units),
    steps: exercise.steps.join(' '),
    stop: exercise.stopRules.join(' '),
  };
}

export function warmUpView(library: Library, routine: Routine): WarmUpView | null {
  const protocol = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  const phases: PhaseView[] = (protocol?.phases ?? []).map((phase) => ({
    name: phase.name,
    time: minutes(phase.minutes, phase.maxMinutes),
    instructions: phase.instructions,
    drills: phase.drills.map((item) => drill(library, item.exercise, item.dose)),
  }));
  const extra = routine.warmUp.items.map((item) => drill(library, item.exercise, item.dose));
  if (extra.length > 0)
    phases.push({
      name: 'Warm-up moves',
      time: '',
      instructions: '',
      drills: extra,
    });
  if (phases.length === 0) return null;
  return { title: protocol?.title ?? 'Warm up first', phases };
}
