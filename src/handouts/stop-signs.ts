/**
 * The "stop and call your clinician if…" list: the red flags of the routine's conditions first,
 * then general signs that apply to any hip exercise plan. Conservative on purpose: when in doubt,
 * the handout sends the patient to a person.
 */
import type { Library, Routine } from '../model/library.ts';
import { lookupAll } from '../model/lookup.ts';

/** Signs that need a clinician whatever the condition. Plain words, reading grade 6 or lower. */
export const generalStopSigns: readonly string[] = [
  'The pain gets worse from one week to the next, even though you follow this plan.',
  'You cannot put weight on your leg, or you start to limp.',
  'Pain wakes you at night or does not ease when you rest.',
  'Your leg feels numb, tingles or feels weak, or pain spreads down your leg.',
  'Your hip is hot, red or swollen, or you have a fever or feel unwell.',
];

/** Said after the list: what to do right away. */
export const urgentNote =
  'Get urgent care now if you fall and cannot stand, or the pain is sudden and very bad.';

/** Small words that say nothing about the sign itself. */
const filler = new Set(
  'a an and are at be does for from if in is it of on or the to up when with you your'.split(' '),
);

function words(sign: string): Set<string> {
  return new Set(
    sign
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w && !filler.has(w)),
  );
}

/** Two signs say the same thing when most of their words are shared ("wakes you at night…"). */
function same(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.min(a.size, b.size) >= 0.75;
}

export function stopSigns(library: Library, routine: Routine): string[] {
  const fromConditions = lookupAll(library, 'condition', routine.conditions).flatMap(
    (condition) => condition.redFlags,
  );
  const kept: { sign: string; words: Set<string> }[] = [];
  for (const sign of [...fromConditions, ...generalStopSigns]) {
    const w = words(sign);
    if (!kept.some((k) => same(k.words, w))) kept.push({ sign, words: w });
  }
  return kept.map((k) => k.sign);
}
