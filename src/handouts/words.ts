/**
 * Number words of the handout's safety parts, filled from the catalog's `safety` section: the
 * scores of a pain band and the weeks of a stage.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { fill } from '../domain/catalog/fill.ts';

export type SafetyWords = Catalog['safety'];

/** "0 to 3", "4", "6 to 10": the scores of a band. */
export function scoreRange(words: SafetyWords, from: number, to: number): string {
  return from === to ? `${from}` : fill(words.scores, { from, to });
}

/** "Weeks 1 to 2", "Week 5". */
export function weeksWords(
  words: SafetyWords,
  weeks: { readonly from: number; readonly to: number },
): string {
  return weeks.from === weeks.to
    ? fill(words.week, { n: weeks.from })
    : fill(words.weeks, { from: weeks.from, to: weeks.to });
}
