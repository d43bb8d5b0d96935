/**
 * The finder's logic, free of the DOM so the page script, the build and tests share it: the state
 * of the filters, its canonical URL query, and which items match with a count for every value.
 *
 * Two kinds of facet:
 * - "one": pick at most one value; an item matches when it carries that value.
 * - "have": tick what you have; an item matches when it needs nothing beyond the ticked values.
 * A value's count is what the result count becomes if you pick that value (with every other
 * filter kept), so a count never promises more than a click gives.
 */

export type FacetKind = 'one' | 'have';

export interface FacetSpec {
  /** URL parameter and data attribute name: "time" → ?time=20 and data-f-time. */
  readonly key: string;
  readonly kind: FacetKind;
  /** Values in display order; "have" facets may start with "none" (no equipment). */
  readonly values: readonly string[];
}

export interface FinderState {
  /** Free text, as typed. */
  readonly q: string;
  /** Picked values per facet key, in the facet's value order. */
  readonly picks: Readonly<Record<string, readonly string[]>>;
}

export interface FinderEntry {
  /** Tokens per facet key. For "have" facets: what the item needs (empty: nothing). */
  readonly tokens: Readonly<Record<string, readonly string[]>>;
  /** Normalised searchable text (see normalise). */
  readonly text: string;
}

export interface FinderResult {
  readonly visible: boolean[];
  readonly total: number;
  /** counts[key][value]; "" is the "any" value of a "one" facet. */
  readonly counts: Record<string, Record<string, number>>;
}

/** The no-equipment value of a "have" facet. */
export const noneValue = 'none';

/** Lower case, accents removed, spaces collapsed: what search compares. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a and b differ by at most one letter added, dropped, changed, or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  return (
    a.slice(i + 1) === b.slice(i + 1) || // changed
    a.slice(i + 1) === b.slice(i) || // a has an extra letter
    a.slice(i) === b.slice(i + 1) || // b has an extra letter
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped
  );
}

/** Words shorter than this must be typed right: "hip" must not find "hop". */
const typoFrom = 4;

/**
 * Whether a typed word stands for a word of the text: it is part of it, or (both of 4 letters or
 * more) one typo away from it or from its start, since the word may still be being typed.
 */
export function wordMatches(typed: string, word: string): boolean {
  if (word.includes(typed)) return true;
  if (typed.length < typoFrom || word.length < typoFrom) return false;
  return (
    oneEditApart(typed, word) ||
    (word.length > typed.length && oneEditApart(typed, word.slice(0, typed.length)))
  );
}

/** The words of a normalised text, split at anything but letters and digits. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const entryWords = new WeakMap<FinderEntry, readonly string[]>();
const vocabularies = new WeakMap<readonly FinderEntry[], readonly string[]>();
function wordsOfEntry(entry: FinderEntry): readonly string[] {
  let words = entryWords.get(entry);
  if (!words) entryWords.set(entry, (words = [...new Set(wordsOf(entry.text))]));
  return words;
}

/**
 * Whether an entry holds every typed word, in any order (see wordMatches); case and accents never
 * matter (see normalise). Each typed word is compared once with every distinct word of all the
 * entries, so a keystroke costs set look-ups per entry, not comparisons.
 */
export function searchMatcher(
  q: string,
  entries: readonly FinderEntry[],
): (entry: FinderEntry) => boolean {
  const typed = wordsOf(normalise(q));
  if (typed.length === 0) return () => true;
  let vocabulary = vocabularies.get(entries);
  if (!vocabulary) {
    vocabulary = [...new Set(entries.flatMap((e) => wordsOfEntry(e)))];
    vocabularies.set(entries, vocabulary);
  }
  const known = vocabulary;
  const meanings = typed.map((w) => new Set(known.filter((k) => wordMatches(w, k))));
  return (entry) =>
    meanings.every(
      (set, i) =>
        entry.text.includes(typed[i] ?? '') || wordsOfEntry(entry).some((w) => set.has(w)),
    );
}

/** Reads a URL query; unknown parameters and values are dropped. */
export function parseQuery(search: string, facets: readonly FacetSpec[]): FinderState {
  const params = new URLSearchParams(search);
  const picks: Record<string, string[]> = {};
  for (const facet of facets) {
    const given = new Set(params.getAll(facet.key));
    const chosen = facet.values.filter((v) => given.has(v));
    picks[facet.key] = facet.kind === 'one' ? chosen.slice(0, 1) : chosen;
  }
  return { q: (params.get('q') ?? '').trim(), picks };
}

/** The canonical query: q first, then facets in their order, values in value order; "" when empty. */
export function toQuery(state: FinderState, facets: readonly FacetSpec[]): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.append('q', q);
  for (const facet of facets) {
    const picked = new Set(state.picks[facet.key] ?? []);
    for (const value of facet.values) if (picked.has(value)) params.append(facet.key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function passes(facet: FacetSpec, picked: readonly string[], tokens: readonly string[]): boolean {
  if (picked.length === 0) return true;
  if (facet.kind === 'one') return tokens.includes(picked[0] ?? '');
  return tokens.every((t) => picked.includes(t));
}

function addCounts(
  facet: FacetSpec,
  picked: readonly string[],
  tokens: readonly string[],
  counts: Record<string, number>,
): void {
  const bump = (value: string) => (counts[value] = (counts[value] ?? 0) + 1);
  if (facet.kind === 'one') {
    bump('');
    for (const t of tokens) if (t in counts) bump(t);
    return;
  }
  const missing = tokens.filter((t) => !picked.includes(t));
  if (tokens.length === 0 && noneValue in counts) bump(noneValue);
  for (const value of facet.values) {
    if (value === noneValue) continue;
    if (missing.length === 0 || (missing.length === 1 && missing[0] === value)) bump(value);
  }
}

/** Which entries match the state, and the count for every facet value. */
export function evaluate(
  entries: readonly FinderEntry[],
  facets: readonly FacetSpec[],
  state: FinderState,
): FinderResult {
  const matches = searchMatcher(state.q, entries);
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const zero: Record<string, number> = facet.kind === 'one' ? { '': 0 } : {};
    for (const value of facet.values) zero[value] = 0;
    counts[facet.key] = zero;
  }
  const visible: boolean[] = [];
  let total = 0;
  for (const entry of entries) {
    const textOk = matches(entry);
    let failed = -1;
    let failures = textOk ? 0 : 1;
    facets.forEach((facet, i) => {
      if (failures >= 2) return;
      if (!passes(facet, state.picks[facet.key] ?? [], entry.tokens[facet.key] ?? [])) {
        failures++;
        failed = i;
      }
    });
    visible.push(failures === 0);
    if (failures === 0) total++;
    // An entry counts toward a facet's values when it passes every other filter.
    if (failures >= 2 || (failures === 1 && failed < 0)) continue;
    facets.forEach((facet, i) => {
      if (failures === 1 && i !== failed) return;
      const key = facet.key;
      addCounts(facet, state.picks[key] ?? [], entry.tokens[key] ?? [], counts[key] ?? {});
    });
  }
  return { visible, total, counts };
}
