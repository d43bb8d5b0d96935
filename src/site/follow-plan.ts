/**
 * A routine → what the follow-along view plays, worked out when the site is built: every step in
 * order (the warm-up's activities and drills, then the main exercises, then the cool-down), each
 * with its dose. The page's script turns a dose into timer intervals with the same domain code
 * the slides use, so a personal dose from a handout's QR link is timed the same way.
 */
import type { Library, Routine, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import type { Dose } from '../model/schema/dose.ts';
import type { PainRule } from '../model/schema/pain-rule.ts';
import { fill, type Catalog } from '../domain/catalog/index.ts';
import { minutesWords, type Units } from '../domain/dose-words.ts';
import type { Side } from '../domain/timer-plan.ts';
import { drillItem } from '../domain/warm-up.ts';
import type { CardParts } from '../render/view.ts';

/** What a step's card shows: the figure, dose, steps, cues and the first stop rule. */
export const followCard: CardParts = {
  purpose: false,
  mistakes: false,
  allStopRules: false,
  link: false,
  steps: true,
  progress: false,
};

export type FollowSection = 'warmUp' | 'main' | 'coolDown';

/** One thing to do: an exercise at its dose, or a timed activity such as a brisk walk. */
export type FollowStep = {
  /** The HTML id of the step's panel on the page. */
  readonly anchor: string;
  readonly name: string;
  readonly section: FollowSection;
} & (
  | {
      readonly kind: 'exercise';
      readonly exercise: string;
      readonly dose: Dose;
      /** The routine's note on this exercise, or null. */
      readonly note: string | null;
      /** The one side to work (a program's exercise for the sore side), or null. */
      readonly side: Side | null;
    }
  | { readonly kind: 'activity'; readonly seconds: number; readonly instructions: string }
);

export interface FollowPlan {
  readonly routine: string;
  readonly title: string;
  readonly units: Units;
  /** Days a week the routine asks for. */
  readonly timesPerWeek: number;
  /** The pain rule with this routine's band limits. */
  readonly painRule: PainRule;
  readonly steps: readonly FollowStep[];
}

/** "Warm up · 2 of 9": a step's section and place, over its card. */
export function stepHeading(
  step: FollowStep,
  n: number,
  total: number,
  catalog: Pick<Catalog, 'follow'>,
): string {
  const where = fill(catalog.follow.step, { n: n + 1, total });
  return `${catalog.follow[step.section]} · ${where}`;
}

/** "5 minutes": how long an activity step lasts. */
export function activityTime(seconds: number, catalog: Pick<Catalog, 'dose'>): string {
  return `${minutesWords(seconds / 60, seconds / 60, catalog.dose)}.`;
}

function exerciseStep(
  library: Library,
  item: RoutineItem,
  section: FollowSection,
  n: number,
): FollowStep {
  return {
    kind: 'exercise',
    anchor: `step-${n}`,
    name: lookup(library, 'exercise', item.exercise).name,
    section,
    exercise: item.exercise,
    dose: item.dose,
    note: item.note ?? null,
    side: item.side ?? null,
  };
}

/** A program's exercise for one side only keeps its side (`RoutineItem.side`) in its step. */
export function followPlan(library: Library, routine: Routine): FollowPlan {
  const steps: FollowStep[] = [];
  const add = (make: (n: number) => FollowStep) => steps.push(make(steps.length + 1));
  const protocol = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  for (const phase of protocol?.phases ?? []) {
    // A phase of activities ("Brisk walk, Easy jog") is one timed step at its shorter time.
    if (phase.activities.length > 0)
      add((n) => ({
        kind: 'activity',
        anchor: `step-${n}`,
        name: phase.name,
        section: 'warmUp',
        seconds: Math.round(phase.minutes * 60),
        instructions: phase.instructions,
      }));
    for (const drill of phase.drills)
      add((n) => exerciseStep(library, drillItem(library, drill), 'warmUp', n));
  }
  for (const item of routine.warmUp.items) add((n) => exerciseStep(library, item, 'warmUp', n));
  for (const item of routine.main) add((n) => exerciseStep(library, item, 'main', n));
  for (const item of routine.coolDown) add((n) => exerciseStep(library, item, 'coolDown', n));
  return {
    routine: routine.id,
    title: routine.title,
    units: library.settings.units,
    timesPerWeek: routine.timesPerWeek,
    painRule: { ...library.guidance.painRule, ...routine.painRule },
    steps,
  };
}
