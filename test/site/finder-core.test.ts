import { describe, expect, it } from 'vitest';
import {
  evaluate,
  normalise,
  parseQuery,
  toQuery,
  type FacetSpec,
  type FinderEntry,
} from '../../src/site/finder-core.ts';

const facets: FacetSpec[] = [
  { key: 'time', kind: 'one', values: ['10', '20', '45'] },
  { key: 'have', kind: 'have', values: ['none', 'band', 'step'] },
  { key: 'level', kind: 'one', values: ['beginner', 'advanced'] },
];

const entry = (minutes: number, have: string[], level: string, text: string): FinderEntry => ({
  tokens: {
    time: ['10', '20', '45'].filter((t) => minutes <= Number(t)),
    have,
    level: [level],
  },
  text: normalise(text),
});

const entries = [
  entry(8, [], 'beginner', 'Clamshell side hips'),
  entry(15, ['band'], 'beginner', 'Band walk'),
  entry(18, ['band', 'step'], 'advanced', 'Step down'),
  entry(30, [], 'advanced', 'Long bridge'),
];

describe('the finder state in the URL', () => {
  it('writes q first, then facets and values in their display order', () => {
    const state = { q: ' side hips ', picks: { level: ['advanced'], have: ['step', 'band'] } };
    expect(toQuery(state, facets)).toBe('?q=side+hips&have=band&have=step&level=advanced');
  });

  it('reads a query back to the same state, dropping unknown keys and values', () => {
    const state = parseQuery('?level=advanced&have=step&have=kettlebell&x=1&have=band', facets);
    expect(state).toEqual({
      q: '',
      picks: { time: [], have: ['band', 'step'], level: ['advanced'] },
    });
    expect(toQuery(state, facets)).toBe('?have=band&have=step&level=advanced');
  });

  it('keeps one value of a pick-one facet', () => {
    expect(parseQuery('?time=45&time=10', facets).picks['time']).toEqual(['10']);
  });

  it('gives an empty query for an empty state', () => {
    expect(toQuery({ q: '', picks: {} }, facets)).toBe('');
  });
});

describe('matching and counts', () => {
  it('shows everything and counts each value when nothing is picked', () => {
    const result = evaluate(entries, facets, { q: '', picks: {} });
    expect(result.total).toBe(4);
    expect(result.counts['time']).toEqual({ '': 4, '10': 1, '20': 3, '45': 4 });
    // "have" counts: what shows if you tick only that item.
    expect(result.counts['have']).toEqual({ none: 2, band: 3, step: 2 });
  });

  it('shows only items needing nothing beyond the ticked equipment', () => {
    const result = evaluate(entries, facets, { q: '', picks: { have: ['band'] } });
    expect(result.visible).toEqual([true, true, false, true]);
    // Ticking "step" as well would add the step-down routine.
    expect(result.counts['have']).toEqual({ none: 2, band: 3, step: 4 });
    expect(result.counts['level']).toEqual({ '': 3, beginner: 2, advanced: 1 });
  });

  it('counts a value as the result of picking it, other filters kept', () => {
    const result = evaluate(entries, facets, {
      q: '',
      picks: { time: ['20'], level: ['beginner'] },
    });
    expect(result.visible).toEqual([true, true, false, false]);
    expect(result.counts['time']).toEqual({ '': 2, '10': 1, '20': 2, '45': 2 });
    expect(result.counts['level']).toEqual({ '': 3, beginner: 2, advanced: 1 });
  });

  it('needs every word of the search, ignoring case and accents', () => {
    const result = evaluate(entries, facets, { q: 'SÍDE  clam', picks: {} });
    expect(result.visible).toEqual([true, false, false, false]);
    expect(result.counts['level']).toEqual({ '': 1, beginner: 1, advanced: 0 });
  });

  it('reports no match with zero counts where nothing fits', () => {
    const result = evaluate(entries, facets, { q: 'nothing like this', picks: {} });
    expect(result.total).toBe(0);
    expect(result.visible.every((v) => !v)).toBe(true);
    expect(result.counts['time']).toEqual({ '': 0, '10': 0, '20': 0, '45': 0 });
  });
});
