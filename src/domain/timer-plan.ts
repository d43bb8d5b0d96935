/**
 * The interval timer of an exercise, worked out from its dose, so a slide's timer and the
 * follow-along view on the phone count the same intervals. The rules, so a coach can predict them:
 * - 5 seconds to get ready;
 * - work: a hold or a timed set lasts its seconds; a set of reps allows 3 seconds a rep (about 1 to
 *   lift, 1 to hold, 1 to lower); a distance allows 2 seconds a metre (a slow, controlled walk);
 *   never less than 10 seconds;
 * - on each side: the left side, 5 seconds to switch, then the right side; one side only (a program
 *   may give an exercise to the sore side alone): that side named in every set;
 * - the dose's rest between sets (none after the last set, none when the rest is 0).
 */
import type { Dose } from '../model/schema/dose.ts';
import { fill } from './catalog/fill.ts';
import type { Catalog } from './catalog/index.ts';
import { yardsOf, type Units } from './dose-words.ts';

export type Side = 'left' | 'right';
export type Phase = 'ready' | 'work' | 'switch' | 'rest';

/** What a timer shows and counts down, one after the other. */
export interface Interval {
  readonly phase: Phase;
  readonly seconds: number;
  /** The big word: "Get ready", "Work", "Hold", "Switch sides", "Rest". */
  readonly label: string;
  /** The line under it: "Set 1 of 2 · left side · 12 reps". */
  readonly detail: string;
  /** The set this interval belongs to (a rest: the set before it), 1-based; 0 while getting ready. */
  readonly set: number;
  readonly sets: number;
  /** The side worked (getting ready, a switch or a rest: the side next), or null when not per side. */
  readonly side: Side | null;
  /** A work interval of reps: how many, so a runner can count them instead of timing them. */
  readonly reps: number | null;
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

type Words = Catalog['timer'];

/** Seconds of work in one set (one side), and what to say about it. */
function work(
  dose: Dose,
  words: Words,
  units: Units,
): { seconds: number; label: string; what: string } {
  if (dose.holdSeconds !== undefined)
    return {
      seconds: dose.holdSeconds,
      label: words.hold,
      what: fill(words.holdFor, { n: dose.holdSeconds }),
    };
  if (dose.seconds !== undefined)
    return {
      seconds: dose.seconds,
      label: words.work,
      what: fill(words.seconds, { n: dose.seconds }),
    };
  if (dose.reps !== undefined)
    return {
      seconds: Math.max(minimumWork, dose.reps * secondsPerRep),
      label: words.work,
      what: fill(words.reps, { n: dose.reps }),
    };
  const metres = dose.metres ?? 0;
  return {
    seconds: Math.max(minimumWork, metres * secondsPerMetre),
    label: words.work,
    what:
      units === 'mi'
        ? fill(words.yards, { n: yardsOf(metres) })
        : fill(words.metres, { n: metres }),
  };
}

/**
 * The dose's intervals, in the catalog's words; a distance in
 * the settings' units, as the card says it (yards with miles). `only`: the one side worked, for a
 * dose not on each side.
 */
export function timerPlan(
  dose: Dose,
  catalog: Pick<Catalog, 'timer'>,
  units: Units = 'km',
  only: Side | null = null,
): TimerPlan {
  const words = catalog.timer;
  const set = work(dose, words, units);
  const sides: (Side | null)[] = dose.perSide ? ['left', 'right'] : [only];
  const sets = dose.sets;
  const common = { sets, reps: null };
  const intervals: Interval[] = [
    {
      ...common,
      phase: 'ready',
      seconds: readySeconds,
      label: words.ready,
      detail: words.readyDetail,
      set: 0,
      side: sides[0] ?? null,
    },
  ];
  for (let n = 1; n <= sets; n++) {
    const setWords = fill(words.set, { n, total: sets });
    sides.forEach((side, i) => {
      if (i > 0 && side)
        intervals.push({
          ...common,
          phase: 'switch',
          seconds: switchSeconds,
          label: words.switch,
          detail: `${setWords} · ${fill(words.sideNext, { side: words.sides[side] })}`,
          set: n,
          side,
        });
      const parts = [setWords, side ? words.sides[side] : null, set.what].filter(Boolean);
      intervals.push({
        ...common,
        phase: 'work',
        seconds: set.seconds,
        label: set.label,
        detail: parts.join(' · '),
        set: n,
        side,
        reps: dose.reps ?? null,
      });
    });
    if (n < sets && dose.restSeconds > 0)
      intervals.push({
        ...common,
        phase: 'rest',
        seconds: dose.restSeconds,
        label: words.rest,
        detail: fill(words.setNext, { n: n + 1, total: sets }),
        set: n,
        side: sides[0] ?? null,
      });
  }
  const rest =
    sets > 1 && dose.restSeconds > 0 ? fill(words.summaryRest, { n: dose.restSeconds }) : '';
  const setCount =
    (sets === 1 ? words.oneSet : fill(words.sets, { n: sets })) +
    (dose.perSide ? words.eachSide : '');
  return {
    intervals,
    summary: fill(words.summary, {
      seconds: set.seconds,
      label: set.label.toLowerCase(),
      rest,
      sets: setCount,
    }),
  };
}
