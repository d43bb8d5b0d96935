/**
 * The interval timer's clock: it walks through the intervals worked out at build time
 * (src/domain/timer-plan.ts) using performance.now(), so a paused or backgrounded tab never drifts.
 * No DOM here: the deck's timer-view.ts and the follow-along view draw it.
 */
import type { Interval } from './timer-plan.ts';

export interface TimerSnapshot {
  /** The interval now, or undefined when every interval is done. */
  readonly interval: Interval | undefined;
  readonly index: number;
  /** Whole seconds left in this interval, rounded up: 30 … 1. */
  readonly secondsLeft: number;
  /** 0 at the start of the interval, 1 at its end. */
  readonly fraction: number;
  readonly running: boolean;
  readonly done: boolean;
  readonly next: Interval | undefined;
}

export interface IntervalTimer {
  start(): void;
  pause(): void;
  toggle(): void;
  restart(): void;
  /** Works out where the timer is now; call it often (it is cheap). */
  snapshot(): TimerSnapshot;
}

export function intervalTimer(
  intervals: readonly Interval[],
  now: () => number = () => performance.now(),
): IntervalTimer {
  let index = 0;
  /** Milliseconds spent in the current interval before the last start. */
  let banked = 0;
  let startedAt: number | undefined;

  const elapsed = () => banked + (startedAt === undefined ? 0 : now() - startedAt);

  /** Moves past finished intervals, carrying the time over, so a long gap skips correctly. */
  function advance(): void {
    let spent = elapsed();
    let current = intervals[index];
    while (current && spent >= current.seconds * 1000) {
      spent -= current.seconds * 1000;
      index++;
      current = intervals[index];
    }
    // Rebase on the current interval: `spent` of it is done.
    banked = current ? spent : 0;
    if (startedAt !== undefined) startedAt = current ? now() : undefined;
  }

  function restart(): void {
    index = 0;
    banked = 0;
    startedAt = now();
  }

  function start(): void {
    advance();
    if (index >= intervals.length) restart();
    else startedAt ??= now();
  }

  function pause(): void {
    advance();
    if (startedAt !== undefined) banked = elapsed();
    startedAt = undefined;
  }

  return {
    start,
    pause,
    toggle() {
      advance();
      if (startedAt === undefined) start();
      else pause();
    },
    restart,
    snapshot() {
      advance();
      const interval = intervals[index];
      const total = (interval?.seconds ?? 0) * 1000;
      const spent = Math.min(elapsed(), total);
      return {
        interval,
        index,
        secondsLeft: interval ? Math.max(1, Math.ceil((total - spent) / 1000)) : 0,
        fraction: total > 0 ? spent / total : 1,
        running: startedAt !== undefined,
        done: interval === undefined,
        next: intervals[index + 1],
      };
    },
  };
}

/** 65 → "1:05" */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
