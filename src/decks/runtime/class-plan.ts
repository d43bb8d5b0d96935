/**
 * Class mode without the DOM: what the timer counts on an exercise slide, and where the class goes
 * when it is done. Two ways to run a class:
 * - exercise by exercise: each slide's own plan from its dose (src/domain/timer-plan.ts), with the
 *   coach's "get ready" time; at the end, on to the next exercise slide;
 * - a circuit (the deck file's `circuit`): every exercise slide in turn gets the same work time,
 *   with a rest while the next exercise shows, for a number of rounds.
 */
import { fill } from '../../domain/catalog/index.ts';
import type { Interval } from '../../domain/timer-plan.ts';

/** An exercise slide as class mode sees it. */
export interface Station {
  /** The slide's place in the deck, from 0. */
  readonly slide: number;
  /** The slide's own plan: get ready, then its dose. */
  readonly own: readonly Interval[];
  /** Its work in a circuit (one side, switch, the other side), without getting ready or rest. */
  readonly circuit: readonly Interval[];
}

/** The words class mode adds to the timer's own, from the deck's catalog. */
export interface ClassWords {
  readonly ready: string;
  readonly readyDetail: string;
  readonly rest: string;
  /** "Round {n} of {total}" */
  readonly round: string;
}

/** What the deck file says (or the defaults for a routine's deck). */
export interface ClassConfig {
  readonly getReady: number;
  readonly circuit: {
    readonly work: number;
    readonly rest: number;
    readonly rounds: number;
  } | null;
  /** The talk's or class's length, for the presenter view. */
  readonly minutes: number | null;
  readonly words: ClassWords;
}

/** Where the class is: an exercise slide and, in a circuit, the round. */
export interface Place {
  readonly slide: number;
  readonly round: number;
}

export interface ClassPlan {
  readonly circuit: boolean;
  /** The first place at or after a slide, or undefined when no exercise slide follows. */
  placeFrom(slide: number, round?: number): Place | undefined;
  /**
   * What the timer counts at a place: with `getReady` seconds to get ready where the class
   * `starts` (in a circuit; each exercise of its own gets ready), else the circuit's rest first.
   */
  intervals(place: Place, getReady: number, starts: boolean): Interval[];
  /** Where the class goes when the intervals of `place` are done, or undefined at the end. */
  after(place: Place): Place | undefined;
}

export function classPlan(stations: readonly Station[], config: ClassConfig): ClassPlan {
  const { circuit, words } = config;
  const rounds = circuit?.rounds ?? 1;
  const at = (slide: number) => stations.findIndex((station) => station.slide === slide);

  /** The class's own "get ready", or none when the coach set it to 0. */
  const ready = (seconds: number, like: Interval | undefined, detail: string): Interval[] =>
    seconds > 0 && like
      ? [{ ...like, phase: 'ready', seconds, label: words.ready, detail, set: 0, reps: null }]
      : [];

  return {
    circuit: circuit !== null,
    placeFrom(slide, round = 1) {
      const station = stations.find((s) => s.slide >= slide);
      return station ? { slide: station.slide, round } : undefined;
    },
    intervals(place, getReady, starts) {
      const station = stations[at(place.slide)];
      if (!station) return [];
      if (!circuit) {
        const [first, ...rest] = station.own;
        return first?.phase === 'ready'
          ? [...ready(getReady, first, first.detail), ...rest]
          : [...station.own];
      }
      const roundWords = fill(words.round, { n: place.round, total: rounds });
      const work = station.circuit.map((interval) => ({
        ...interval,
        detail: `${roundWords} · ${interval.detail}`,
      }));
      if (starts)
        return [...ready(getReady, work[0], `${roundWords} · ${words.readyDetail}`), ...work];
      const rest: Interval[] =
        circuit.rest > 0 && work[0]
          ? [
              {
                ...work[0],
                phase: 'rest',
                seconds: circuit.rest,
                label: words.rest,
                detail: roundWords,
                reps: null,
              },
            ]
          : [];
      return [...rest, ...work];
    },
    after(place) {
      const next = stations[at(place.slide) + 1];
      if (next) return { slide: next.slide, round: place.round };
      const first = stations[0];
      return circuit && first && place.round < rounds
        ? { slide: first.slide, round: place.round + 1 }
        : undefined;
    },
  };
}
