/**
 * Never a dead end: when the filters leave nothing, the closest items, each saying what differs
 * ("takes 19 minutes", "needs a step"), and changes to the filters that give results ("without
 * '15 min or less': 2 routines"). Where only equipment is missing, the exercises that could swap in.
 * Pure (no DOM), so the page script, the build and the tests share it.
 */
import {
  matchCount,
  noneValue,
  searchMatches,
  type FacetSpec,
  type FinderEntry,
  type FinderState,
} from './finder-core.ts';
import { fill } from '../domain/catalog/fill.ts';
import type { Catalog } from '../domain/catalog/index.ts';

/** The finder script's words in the page's language (Finder.astro hands them over). */
export type FinderWords = Catalog['site']['finder']['script'];

export interface SuggestFacet extends FacetSpec {
  readonly legend: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** An exercise of the item that needs equipment, and exercises that could take its place. */
export interface Swap {
  readonly name: string;
  readonly needs: readonly string[];
  readonly options: readonly { readonly name: string; readonly needs: readonly string[] }[];
}

export interface SuggestEntry extends FinderEntry {
  readonly minutes?: number | undefined;
  readonly swaps?: readonly Swap[] | undefined;
}

export interface Closest {
  /** Index in the entries. */
  readonly index: number;
  readonly differs: readonly string[];
  /** "Swap Step-up for Side-lying leg raise", when only equipment is missing. */
  readonly swaps: readonly string[];
}

export interface Change {
  readonly text: string;
  readonly state: FinderState;
  readonly count: number;
}

export interface Suggestions {
  readonly closest: readonly Closest[];
  readonly changes: readonly Change[];
}

const label = (facet: SuggestFacet, value: string) => facet.labels[value] ?? value;

/** The facets an entry fails under the state, and the equipment it needs beyond what is ticked. */
function failures(
  entry: SuggestEntry,
  facets: readonly SuggestFacet[],
  state: FinderState,
): { facet: SuggestFacet; missing: string[] }[] {
  const failed: { facet: SuggestFacet; missing: string[] }[] = [];
  for (const facet of facets) {
    const picked = state.picks[facet.key] ?? [];
    const tokens = entry.tokens[facet.key] ?? [];
    if (picked.length === 0) continue;
    if (facet.kind === 'one') {
      if (!tokens.includes(picked[0] ?? '')) failed.push({ facet, missing: [] });
    } else {
      const missing = tokens.filter((t) => !picked.includes(t));
      if (missing.length > 0) failed.push({ facet, missing });
    }
  }
  return failed;
}

function differenceText(
  entry: SuggestEntry,
  facet: SuggestFacet,
  missing: string[],
  words: FinderWords,
): string {
  if (facet.kind === 'have')
    return fill(words.needs, {
      what: missing.map((m) => label(facet, m).toLowerCase()).join(words.and),
    });
  if (facet.key === 'time' && entry.minutes !== undefined)
    return fill(words.takes, { n: entry.minutes });
  if (facet.key === 'condition') return words.otherPain;
  if (facet.key === 'area') return words.otherArea;
  const own = (entry.tokens[facet.key] ?? []).map((v) => label(facet, v)).join(', ');
  return own
    ? fill(words.own, { legend: facet.legend, own })
    : fill(words.noValue, { legend: facet.legend.toLowerCase() });
}

/** Swaps that bring an entry within the ticked equipment. */
function swapTexts(entry: SuggestEntry, have: readonly string[], words: FinderWords): string[] {
  const fits = (needs: readonly string[]) => needs.every((n) => have.includes(n));
  return (entry.swaps ?? [])
    .filter((s) => !fits(s.needs))
    .flatMap((s) => {
      const option = s.options.find((o) => fits(o.needs));
      return option ? [fill(words.swap, { from: s.name, to: option.name })] : [];
    });
}

/** Where it hurts matters most: a routine for another pain is further off than a longer one. */
const weight = (facet: FacetSpec) => (facet.key === 'condition' || facet.key === 'area' ? 3 : 1);

function withPicks(state: FinderState, key: string, values: readonly string[]): FinderState {
  return { q: state.q, picks: { ...state.picks, [key]: values } };
}

/** The most changes offered at once. */
const maxChanges = 4;

/** What to offer when the state matches nothing (empty lists when something matches). */
export function suggest(
  entries: readonly SuggestEntry[],
  facets: readonly SuggestFacet[],
  state: FinderState,
  words: FinderWords,
  limit = 3,
): Suggestions {
  if (matchCount(entries, facets, state) > 0 || entries.length === 0)
    return { closest: [], changes: [] };
  const haveFacet = facets.find((f) => f.kind === 'have');
  const have = haveFacet ? (state.picks[haveFacet.key] ?? []) : [];
  const matches = searchMatches(state.q, entries);
  const ranked = entries
    .map((entry, index) => {
      const failed = failures(entry, facets, state);
      const textOk = matches[index] === 1;
      const misses = failed.reduce((sum, f) => sum + weight(f.facet), textOk ? 0 : 2);
      return { entry, index, failed, textOk, misses };
    })
    .sort((a, b) => a.misses - b.misses || (a.entry.minutes ?? 0) - (b.entry.minutes ?? 0));
  const closest = ranked.slice(0, limit).map(({ entry, index, failed, textOk }) => {
    const differs = failed.map((f) => differenceText(entry, f.facet, f.missing, words));
    if (!textOk) differs.push(fill(words.notMatching, { q: state.q.trim() }));
    const onlyEquipment = textOk && failed.every((f) => f.facet.kind === 'have');
    return { index, differs, swaps: onlyEquipment ? swapTexts(entry, have, words) : [] };
  });

  const changes: Change[] = [];
  // The same words always mean the same change, so each is counted once; four are enough.
  const tried = new Set<string>();
  const offer = (text: string, next: FinderState) => {
    if (tried.has(text) || changes.length >= maxChanges) return;
    tried.add(text);
    const n = matchCount(entries, facets, next);
    if (n > 0) changes.push({ text, state: next, count: n });
  };
  // First every change the closest item needs at once: it keeps what hurts when no single change can.
  const first = ranked[0];
  if (first && first.misses > 1) {
    let next: FinderState = first.textOk ? state : { ...state, q: '' };
    const parts = first.textOk ? [] : [fill(words.withoutSearch, { q: state.q.trim() })];
    for (const f of first.failed) {
      const picked = next.picks[f.facet.key] ?? [];
      if (f.facet.kind === 'one') {
        parts.push(fill(words.without, { what: label(f.facet, picked[0] ?? '') }));
        next = withPicks(next, f.facet.key, []);
      } else {
        const names = f.missing.map((m) => `"${label(f.facet, m)}"`).join(words.and);
        parts.push(fill(words.with, { what: names }));
        next = withPicks(next, f.facet.key, [
          ...picked.filter((p) => p !== noneValue),
          ...f.missing,
        ]);
      }
    }
    offer(parts.join(', '), next);
  }
  // Then one filter at a time: take a pick-one value away, tick the missing equipment, drop the search.
  for (const facet of facets) {
    const picked = state.picks[facet.key] ?? [];
    if (facet.kind === 'one' && picked[0])
      offer(
        fill(words.without, { what: label(facet, picked[0]) }),
        withPicks(state, facet.key, []),
      );
  }
  if (haveFacet)
    for (const { failed } of ranked)
      for (const f of failed.filter((x) => x.facet === haveFacet)) {
        const next = [...have.filter((h) => h !== noneValue), ...f.missing];
        const names = f.missing.map((m) => `"${label(haveFacet, m)}"`).join(words.and);
        offer(fill(words.with, { what: names }), withPicks(state, haveFacet.key, next));
      }
  if (state.q.trim()) offer(fill(words.withoutSearch, { q: state.q.trim() }), { ...state, q: '' });
  return { closest, changes };
}
