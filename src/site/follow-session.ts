/**
 * The follow-along session without the DOM: a routine's steps → one list of moments (get ready,
 * work on the left side, switch, the right side, rest, …), and a player that walks through them.
 * Timed moments run on the shared interval clock (a run of them at a time, so a phone that slept
 * for a minute lands where it should); a set of reps waits for the runner's taps.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { intervalTimer, type IntervalTimer } from '../domain/interval-clock.ts';
import { readySeconds, timerPlan, type Interval } from '../domain/timer-plan.ts';
import type { Units } from '../domain/dose-words.ts';
import type { Dose } from '../model/schema/dose.ts';
import type { FollowStep } from './follow-plan.ts';

export interface Moment {
  /** Index of the step (exercise or activity) this moment belongs to. */
  readonly step: number;
  readonly interval: Interval;
  /** Taps to finish it (the reps of a set, 1 for a distance), or null when the clock times it. */
  readonly taps: number | null;
}

/**
 * Every moment of a session, the doses given (by exercise id) replacing the routine's; distances
 * in the settings' units.
 */
export function sessionMoments(
  steps: readonly FollowStep[],
  catalog: Pick<Catalog, 'timer' | 'follow'>,
  doses: ReadonlyMap<string, Dose> = new Map(),
  units: Units = 'km',
): Moment[] {
  return steps.flatMap((step, index): Moment[] => {
    if (step.kind === 'activity') {
      const common = { set: 1, sets: 1, side: null, reps: null };
      return [
        {
          step: index,
          taps: null,
          interval: {
            ...common,
            phase: 'ready',
            seconds: readySeconds,
            label: catalog.timer.ready,
            detail: catalog.timer.readyDetail,
            set: 0,
          },
        },
        {
          step: index,
          taps: null,
          interval: {
            ...common,
            phase: 'work',
            seconds: step.seconds,
            label: catalog.follow.warmUp,
            detail: step.name,
          },
        },
      ];
    }
    // Like --dose, a personal dose changes the main exercises and the cool-down, not the warm-up.
    const dose = (step.section !== 'warmUp' ? doses.get(step.exercise) : undefined) ?? step.dose;
    return timerPlan(dose, catalog, units, step.side).intervals.map((interval) => ({
      step: index,
      interval,
      taps:
        interval.phase !== 'work' ? null : (dose.reps ?? (dose.metres !== undefined ? 1 : null)),
    }));
  });
}

export interface PlayerState {
  readonly index: number;
  /** Undefined once every moment is done. */
  readonly moment: Moment | undefined;
  readonly next: Moment | undefined;
  /** Whole seconds left of a timed moment (0 for a counted one). */
  readonly secondsLeft: number;
  /** 0 → 1 through a timed moment; taps done / taps for a counted one. */
  readonly fraction: number;
  readonly taps: number;
  readonly running: boolean;
  readonly done: boolean;
}

export interface Player {
  start(): void;
  toggle(): void;
  /** Counts one rep of a counted moment; the last one moves on. */
  tap(): void;
  /** To the moment before. */
  back(): void;
  /** To the next moment. */
  skip(): void;
  /** To the first moment of the next exercise. */
  nextStep(): void;
  /** Works out where the session is now; call it often. */
  state(): PlayerState;
}

export function player(moments: readonly Moment[], now?: () => number): Player {
  let index = 0;
  let taps = 0;
  let running = false;
  let runStart = 0;
  let clock: IntervalTimer | undefined;

  /** Moves to moment i; a run of timed moments from there goes on one clock. */
  function go(i: number): void {
    index = Math.max(0, Math.min(i, moments.length));
    runStart = index;
    taps = 0;
    let end = index;
    while (end < moments.length && moments[end]?.taps === null) end++;
    const run = moments.slice(index, end).map((m) => m.interval);
    clock = run.length > 0 ? intervalTimer(run, now) : undefined;
    if (running) clock?.start();
  }

  /** Follows the clock; at the end of its run, on to the counted moment after it. */
  function sync(): { secondsLeft: number; fraction: number } {
    for (;;) {
      if (!clock) return { secondsLeft: 0, fraction: 0 };
      const snap = clock.snapshot();
      if (!snap.done) {
        index = runStart + snap.index;
        return { secondsLeft: snap.secondsLeft, fraction: snap.fraction };
      }
      go(runStart + snap.index);
    }
  }

  go(0);
  return {
    start() {
      running = true;
      clock?.start();
    },
    toggle() {
      sync();
      running = !running;
      if (running) clock?.start();
      else clock?.pause();
    },
    tap() {
      const need = moments[index]?.taps ?? null;
      if (need === null) return;
      taps++;
      if (taps >= need) go(index + 1);
    },
    back() {
      sync();
      go(index - 1);
    },
    skip() {
      sync();
      go(index + 1);
    },
    nextStep() {
      sync();
      const step = moments[index]?.step ?? -1;
      let i = index;
      while (i < moments.length && moments[i]?.step === step) i++;
      go(i);
    },
    state() {
      const timed = sync();
      const moment = moments[index];
      return {
        index,
        moment,
        next: moments[index + 1],
        secondsLeft: timed.secondsLeft,
        fraction: moment?.taps ? taps / moment.taps : timed.fraction,
        taps,
        running,
        done: moment === undefined,
      };
    },
  };
}
