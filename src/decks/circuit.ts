/**
 * A circuit's work at one exercise slide, from the same timer plan as the exercise's own timer: a
 * timed set of the circuit's work seconds (on each side: left, switch, right), without getting
 * ready or rest, which the class adds between exercises (src/decks/runtime/class-plan.ts).
 */
import { fill, type Catalog } from '../domain/catalog/index.ts';
import { timerPlan, type Interval } from '../domain/timer-plan.ts';
import type { Circuit } from '../model/schema/deck.ts';

/** A circuit gives the class a little longer to find a space before the first exercise. */
export const circuitReadySeconds = 10;

export function circuitWork(circuit: Circuit, perSide: boolean, catalog: Catalog): Interval[] {
  const words = catalog.timer;
  const oneSet = timerPlan(
    {
      sets: 1,
      seconds: circuit.work,
      perSide,
      restSeconds: 0,
      frequency: { timesPerDay: 1, daysPerWeek: 1 },
    },
    catalog,
  );
  const side = (interval: Interval) => (interval.side ? words.sides[interval.side] : null);
  // "Set 1 of 1" says nothing in a circuit; the class adds "Round 2 of 3" in front instead.
  return oneSet.intervals
    .filter((interval) => interval.phase !== 'ready')
    .map((interval) => ({
      ...interval,
      detail:
        interval.phase === 'switch'
          ? fill(words.sideNext, { side: side(interval) ?? '' })
          : [side(interval), fill(words.seconds, { n: interval.seconds })]
              .filter(Boolean)
              .join(' · '),
    }));
}
