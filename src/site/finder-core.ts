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

/**
 * The entries' words, numbered once: `vocabulary` holds every distinct word of all the texts, and
 * each entry keeps the numbers of its own. What a typed word matches is worked out once per word
 * and kept, so typing one more letter costs one pass over the entries' word numbers.
 */
interface TextIndex {
  readonly vocabulary: readonly string[];
  readonly words: readonly (readonly number[])[];
  /** Typed word → which entries hold a word it stands for (1) or not (0). */
  readonly found: Map<string, Uint8Array>;
}

const textIndexes = new WeakMap<readonly FinderEntry[], TextIndex>();
/** Typed words remembered per list; past this the memory starts again. */
const foundKept = 256;

function textIndex(entries: readonly FinderEntry[]): TextIndex {
  let index = textIndexes.get(entries);
  if (index) return index;
  const numbers = new Map<string, number>();
  const words = entries.map((entry) => {
    const own = new Set<number>();
    for (const word of wordsOf(entry.text)) {
      let n = numbers.get(word);
      if (n === undefined) numbers.set(word, (n = numbers.size));
      own.add(n);
    }
    return [...own];
  });
  index = { vocabulary: [...numbers.keys()], words, found: new Map() };
  textIndexes.set(entries, index);
  return index;
}

/** Numbers the entries' words ahead of the first key (the page does it while idle). */
export function prepareSearch(entries: readonly FinderEntry[]): void {
  textIndex(entries);
}

/** Which entries hold a word that the typed word stands for (see wordMatches). */
function entriesWith(index: TextIndex, typed: string): Uint8Array {
  let found = index.found.get(typed);
  if (found) return found;
  const means = new Uint8Array(index.vocabulary.length);
  index.vocabulary.forEach((word, n) => {
    if (wordMatches(typed, word)) means[n] = 1;
  });
  found = new Uint8Array(index.words.length);
  index.words.forEach((own, i) => {
    for (const n of own)
      if (means[n]) {
        found[i] = 1;
        return;
      }
  });
  if (index.found.size >= foundKept) index.found.clear();
  index.found.set(typed, found);
  return found;
}

/**
 * For each entry, whether its text holds every typed word, in any order (see wordMatches); case
 * and accents never matter (see normalise).
 */
export function searchMatches(q: string, entries: readonly FinderEntry[]): ArrayLike<number> {
  const typed = wordsOf(normalise(q));
  if (typed.length === 0) return new Uint8Array(entries.length).fill(1);
  const index = textIndex(entries);
  const [first = '', ...rest] = typed;
  if (rest.length === 0) return entriesWith(index, first);
  const all = entriesWith(index, first).slice();
  for (const word of rest) {
    const found = entriesWith(index, word);
    found.forEach((yes, i) => {
      if (!yes) all[i] = 0;
    });
  }
  return all;
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

/**
 * A facet with every entry's tokens as numbers: the facet's values first, in order, then any other
 * token an entry carries. Made once per list of entries and facets.
 */
interface FacetTokens {
  readonly facet: FacetSpec;
  readonly ids: ReadonlyMap<string, number>;
  readonly tokens: readonly (readonly number[])[];
  /** The number of the no-equipment value, or -1. */
  readonly none: number;
}

/** What is picked in one facet, as numbers: the pick-one value, or a flag per ticked token. */
interface Pick {
  readonly on: boolean;
  readonly one: number;
  readonly ticked: Uint8Array;
}

const compiled = new WeakMap<
  readonly FinderEntry[],
  WeakMap<readonly FacetSpec[], FacetTokens[]>
>();

function facetTokens(entries: readonly FinderEntry[], facets: readonly FacetSpec[]): FacetTokens[] {
  let byFacets = compiled.get(entries);
  if (!byFacets) compiled.set(entries, (byFacets = new WeakMap()));
  let found = byFacets.get(facets);
  if (found) return found;
  found = facets.map((facet) => {
    const ids = new Map(facet.values.map((v, i) => [v, i]));
    const tokens = entries.map((entry) =>
      (entry.tokens[facet.key] ?? []).map((t) => {
        let id = ids.get(t);
        if (id === undefined) ids.set(t, (id = ids.size));
        return id;
      }),
    );
    return { facet, ids, tokens, none: facet.values.indexOf(noneValue) };
  });
  byFacets.set(facets, found);
  return found;
}

function pickOf(facet: FacetTokens, picked: readonly string[]): Pick {
  const ticked = new Uint8Array(facet.ids.size);
  for (const p of picked) {
    const id = facet.ids.get(p);
    if (id !== undefined) ticked[id] = 1;
  }
  return { on: picked.length > 0, one: facet.ids.get(picked[0] ?? '') ?? -1, ticked };
}

function passes(facet: FacetTokens, pick: Pick, tokens: readonly number[]): boolean {
  if (!pick.on) return true;
  if (facet.facet.kind === 'one') return tokens.includes(pick.one);
  return tokens.every((t) => pick.ticked[t] === 1);
}

/**
 * Counts an entry toward a facet's values. `tally` has a slot per value and one more for "any";
 * `everyValue` counts the entries that bump every value of a "have" facet but "none" at once.
 */
function addCounts(
  facet: FacetTokens,
  pick: Pick,
  tokens: readonly number[],
  tally: Int32Array,
  everyValue: Int32Array,
  f: number,
): void {
  const values = facet.facet.values.length;
  if (facet.facet.kind === 'one') {
    tally[values] = (tally[values] ?? 0) + 1;
    for (const t of tokens) if (t < values) tally[t] = (tally[t] ?? 0) + 1;
    return;
  }
  let missing = 0;
  let last = -1;
  for (const t of tokens)
    if (pick.ticked[t] !== 1) {
      missing++;
      last = t;
    }
  if (tokens.length === 0 && facet.none >= 0) tally[facet.none] = (tally[facet.none] ?? 0) + 1;
  if (missing === 0) everyValue[f] = (everyValue[f] ?? 0) + 1;
  else if (missing === 1 && last < values && last !== facet.none)
    tally[last] = (tally[last] ?? 0) + 1;
}

/** The counts by facet key and value, from the tallies. */
function countsOf(
  facets: readonly FacetTokens[],
  tallies: readonly Int32Array[],
  everyValue: Int32Array,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  facets.forEach(({ facet, none }, f) => {
    const tally = tallies[f] ?? new Int32Array(0);
    const zero: Record<string, number> = facet.kind === 'one' ? { '': 0 } : {};
    if (facet.kind === 'one') zero[''] = tally[facet.values.length] ?? 0;
    facet.values.forEach((value, i) => {
      zero[value] =
        (tally[i] ?? 0) + (facet.kind === 'have' && i !== none ? (everyValue[f] ?? 0) : 0);
    });
    counts[facet.key] = zero;
  });
  return counts;
}

/**
 * Which entries match the state, and (unless `withCounts` is false) the count for every facet
 * value. The work is numbers only: the words and tokens were numbered once (see textIndex and
 * facetTokens), so a keystroke over a thousand routines stays within a frame.
 */
function run(
  entries: readonly FinderEntry[],
  facetSpecs: readonly FacetSpec[],
  state: FinderState,
  withCounts: boolean,
): FinderResult {
  const text = searchMatches(state.q, entries);
  const facets = facetTokens(entries, facetSpecs);
  const picks = facets.map((f) => pickOf(f, state.picks[f.facet.key] ?? []));
  const tallies = facets.map((f) => new Int32Array(f.facet.values.length + 1));
  const everyValue = new Int32Array(facets.length);
  const visible: boolean[] = [];
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    let failed = -1;
    let failures = text[i] ? 0 : 1;
    for (let f = 0; f < facets.length && failures < 2; f++) {
      const facet = facets[f];
      const pick = picks[f];
      if (facet && pick && !passes(facet, pick, facet.tokens[i] ?? [])) {
        failures++;
        failed = f;
      }
    }
    visible.push(failures === 0);
    if (failures === 0) total++;
    // An entry counts toward a facet's values when it passes every other filter.
    if (!withCounts || failures >= 2 || (failures === 1 && failed < 0)) continue;
    for (let f = 0; f < facets.length; f++) {
      const facet = facets[f];
      const pick = picks[f];
      const tally = tallies[f];
      if ((failures === 1 && f !== failed) || !facet || !pick || !tally) continue;
      addCounts(facet, pick, facet.tokens[i] ?? [], tally, everyValue, f);
    }
  }
  return { visible, total, counts: withCounts ? countsOf(facets, tallies, everyValue) : {} };
}

/** Which entries match the state, and the count for every facet value. */
export function evaluate(
  entries: readonly FinderEntry[],
  facets: readonly FacetSpec[],
  state: FinderState,
): FinderResult {
  return run(entries, facets, state, true);
}

/** How many entries match the state (evaluate's total, without the counts). */
export function matchCount(
  entries: readonly FinderEntry[],
  facets: readonly FacetSpec[],
  state: FinderState,
): number {
  return run(entries, facets, state, false).total;
}
