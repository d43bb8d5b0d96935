/**
 * The interval timer of an exercise slide, worked out from the dose at build time so the runtime
 * only counts down. The rules, so a coach can predict them:
 * - 5 seconds to get ready;
 * - work: a hold or a timed set lasts its seconds; a set of reps allows 3 seconds a rep (about 1 to
 *   lift, 1 to hold, 1 to lower); a distance allows 2 seconds a metre (a slow, controlled walk);
 *   never less than 10 seconds;
 * - on each side: the first side, 5 seconds to switch, then the other side;
 * - the dose's rest between sets (none after the last set, none when the rest is 0).
 */
import { en, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Dose } from '../model/schema/dose.ts';

type TimerWords = Catalog['deck']['timer'];

/** What the runtime shows and counts down, one after the other. */
export interface Interval {
  readonly phase: 'ready' | 'work' | 'switch' | 'rest';
  readonly seconds: number;
  /** The big word: "Get ready", "Work", "Hold", "Switch sides", "Rest". */
  readonly label: string;
  /** The line under it: "Set 1 of 2 · first side · 12 reps". */
  readonly detail: string;
}

export interface TimerPlan {
  readonly intervals: readonly Interval[];
  /** One line for the slide and the notes: "36 s work, 30 s rest, 2 sets on each side". */
  readonly summary: string;
}

export const readySeconds = 5;
export const switchSeconds = 5;
export const secondsPerRep = 3;
export const secondsPerMetre = 2;
const minimumWork = 10;

/** Seconds of work in one set (one side), and what to say about it. */
function work(dose: Dose, t: TimerWords): { seconds: number; label: string; what: string } {
  if (dose.holdSeconds !== undefined)
    return { seconds: dose.holdSeconds, label: t.hold, what: `hold ${dose.holdSeconds} s` };
  if (dose.seconds !== undefined)
    return { seconds: dose.seconds, label: t.work, what: `${dose.seconds} s` };
  if (dose.reps !== undefined)
    return {
      seconds: Math.max(minimumWork, dose.reps * secondsPerRep),
      label: t.work,
      what: `${dose.reps} reps`,
    };
  const metres = dose.metres ?? 0;
  return {
    seconds: Math.max(minimumWork, metres * secondsPerMetre),
    label: t.work,
    what: `${metres} m`,
  };
}

export function timerPlan(dose: Dose, t: TimerWords = en.deck.timer): TimerPlan {
  const set = work(dose, t);
  const sides = dose.perSide ? [t.firstSide, t.otherSide] : [null];
  const intervals: Interval[] = [
    { phase: 'ready', seconds: readySeconds, label: t.ready, detail: t.readyDetail },
  ];
  for (let n = 1; n <= dose.sets; n++) {
    sides.forEach((side, i) => {
      if (i > 0)
        intervals.push({
          phase: 'switch',
          seconds: switchSeconds,
          label: t.switchSides,
          detail: `${fill(t.setOf, { n, sets: dose.sets })} · ${t.otherSideNext}`,
        });
      const parts = [fill(t.setOf, { n, sets: dose.sets }), side, set.what].filter(Boolean);
      intervals.push({
        phase: 'work',
        seconds: set.seconds,
        label: set.label,
        detail: parts.join(' · '),
      });
    });
    if (n < dose.sets && dose.restSeconds > 0)
      intervals.push({
        phase: 'rest',
        seconds: dose.restSeconds,
        label: t.rest,
        detail: fill(t.nextSet, { n: n + 1, sets: dose.sets }),
      });
  }
  const rest = dose.sets > 1 && dose.restSeconds > 0 ? `, ${dose.restSeconds} s rest` : '';
  const sets = `${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}${dose.perSide ? ' on each side' : ''}`;
  return { intervals, summary: `${set.seconds} s ${set.label.toLowerCase()}${rest}, ${sets}` };
}
