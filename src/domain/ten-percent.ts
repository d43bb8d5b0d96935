/**
 * The 10% rule as numbers, one rounding rule for every output: each week may grow by the percent
 * over the week before, compounded on the exact figures; what is shown is rounded down to one
 * decimal, so the advice never rounds up past the rule (from 13: 14.3, 15.7, 17.3).
 */
import type { Library, Routine } from '../model/library.ts';
import { fill } from './catalog/fill.ts';
import type { Catalog } from './catalog/index.ts';

export type Unit = 'km' | 'mi';

const kmPerMile = 1.609344;

/** The most for each of the next `weeks` weeks. */
export function weeklyLimits(distance: number, percent: number, weeks = 6): number[] {
  const limits: number[] = [];
  let most = distance;
  for (let week = 0; week < weeks; week++) {
    most *= 1 + percent / 100;
    limits.push(Math.floor(most * 10 + 1e-9) / 10);
  }
  return limits;
}

/** 27.5 → "27.5", 30 → "30". */
export function distanceText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Distances shown in the planner's table, for people without JavaScript and on paper. */
export function commonDistances(unit: Unit): number[] {
  return unit === 'km' ? [10, 15, 20, 30, 40, 50, 60] : [5, 10, 15, 20, 25, 30, 40];
}

export interface LadderStep {
  /** "This week", "Next week", … */
  readonly label: string;
  /** "25 miles", "up to 27.5 miles" */
  readonly value: string;
  readonly distance: number;
}

export interface TenPercentLadder {
  readonly percent: number;
  /** "Build up your running slowly" */
  readonly heading: string;
  /** "The 10% rule" */
  readonly title: string;
  /** "Add no more than 10% to your weekly distance from one week to the next." */
  readonly rule: string;
  readonly unit: Unit;
  readonly unitWord: string;
  readonly steps: readonly LadderStep[];
}

/**
 * The guidance's worked example as a ladder of weeks, in the clinic's units (an example written
 * in the other unit is converted to whole numbers).
 */
export function tenPercentLadder(
  library: Library,
  catalog: Pick<Catalog, 'tenPercent'>,
): TenPercentLadder {
  const rule = library.guidance.tenPercentRule;
  const unit = library.settings.units;
  const start =
    rule.exampleUnit === unit
      ? rule.exampleDistance
      : Math.round(
          unit === 'km' ? rule.exampleDistance * kmPerMile : rule.exampleDistance / kmPerMile,
        );
  const words = catalog.tenPercent;
  const unitWord = words.unitWords[unit];
  const limits = weeklyLimits(start, rule.percent, words.weeks.length - 1);
  const steps = words.weeks.map((label, i) => {
    const distance = i === 0 ? start : (limits[i - 1] ?? start);
    const amount = `${distanceText(distance)} ${unitWord}`;
    return { label, distance, value: i === 0 ? amount : fill(words.upTo, { distance: amount }) };
  });
  return {
    percent: rule.percent,
    heading: words.heading,
    title: fill(words.title, { percent: rule.percent }),
    rule: fill(words.rule, { percent: rule.percent }),
    unit,
    unitWord,
    steps,
  };
}

/**
 * The ladder a routine shows, on its page, handout and slides alike: routines for getting back to
 * running carry it, others do not.
 */
export function routineLadder(
  library: Library,
  routine: Routine,
  catalog: Pick<Catalog, 'tenPercent'>,
): TenPercentLadder | null {
  return routine.goals.includes('return-to-running') ? tenPercentLadder(library, catalog) : null;
}
