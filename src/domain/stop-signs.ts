/**
 * The one "stop and call your clinician if…" list of a routine, shown the same on its web page,
 * its handout and its slides: the red flags of the conditions it is for first, then the general
 * signs of the catalog that apply to any hip exercise plan, without saying a sign twice.
 * Conservative on purpose: when in doubt, the list sends the patient to a person.
 */
import type { Library, Routine } from '../model/library.ts';
import { lookupAll } from '../model/lookup.ts';
import type { Catalog } from './catalog/index.ts';

/** Small words that say nothing about the sign itself, in English and in Spanish. */
const filler = new Set(
  [
    'a an and are at be does for from if in is it of on or the to up when with you your',
    'al con de del e el en es la las lo los o para por que se si su sus te tu tus u un una y',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The words of a sign, in any alphabet: "débil" is one word, not "d" and "bil" (an accented
 * letter used to split a Spanish word in two, so unlike signs shared the pieces).
 */
function words(sign: string): Set<string> {
  return new Set(
    sign
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((w) => w && !filler.has(w)),
  );
}

/** Two signs say the same thing when most of their words are shared ("wakes you at night…"). */
function same(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.min(a.size, b.size) >= 0.75;
}

export interface StopSigns {
  /** "Stop and call your clinician if…" */
  readonly heading: string;
  readonly signs: readonly string[];
  /** What to do right away, said after the list. */
  readonly urgent: string;
}

export function stopSigns(
  library: Library,
  routine: Routine,
  catalog: Pick<Catalog, 'stop'>,
): StopSigns {
  const fromConditions = lookupAll(library, 'condition', routine.conditions).flatMap(
    (condition) => condition.redFlags,
  );
  const kept: { sign: string; words: Set<string> }[] = [];
  for (const sign of [...fromConditions, ...catalog.stop.general]) {
    const w = words(sign);
    if (!kept.some((k) => same(k.words, w))) kept.push({ sign, words: w });
  }
  return {
    heading: catalog.stop.heading,
    signs: kept.map((k) => k.sign),
    urgent: catalog.stop.urgent,
  };
}
