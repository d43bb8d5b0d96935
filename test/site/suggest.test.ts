/** Never a dead end, on the bundled pack: every empty result comes with closest routines and a change that works. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { routineFinder, type FinderModel } from '../../src/site/facets.ts';
import { evaluate, type FinderState } from '../../src/site/finder-core.ts';
import { suggest } from '../../src/site/finder-suggest.ts';
import { en } from '../../src/domain/catalog/en.ts';

let pack: Library;
let model: FinderModel;
beforeAll(async () => {
  pack = await loadLibrary(path.join(import.meta.dirname, '../../routines'));
  model = routineFinder(pack);
});

const valuesOf = (key: string) => model.facets.find((f) => f.key === key)?.values ?? [];
const total = (state: FinderState) => evaluate(model.items, model.facets, state).total;

describe('never a dead end', () => {
  it('answers the runner of the issue (band, 15 minutes, outer-hip pain) with results', () => {
    const state = {
      q: '',
      picks: { time: ['15'], have: ['resistance-band'], condition: ['trochanteric-bursitis'] },
    };
    const { visible } = evaluate(model.items, model.facets, state);
    expect(model.items.filter((_, i) => visible[i]).map((i) => i.id)).toEqual(['outer-hip-pain']);
  });

  it('says what differs and offers a change that gives results when nothing matches', () => {
    const state = {
      q: '',
      picks: { time: ['10'], have: ['none'], condition: ['trochanteric-bursitis'] },
    };
    expect(total(state)).toBe(0);
    const { closest, changes } = suggest(model.items, model.facets, state, en.site.finder.script);
    const first = closest[0];
    expect(model.items[first?.index ?? -1]?.id).toBe('outer-hip-pain');
    expect(first?.differs).toEqual(['takes 15 minutes', 'needs resistance band (loop)']);
    expect(changes.map((c) => `${c.text}: ${c.count}`)).toContain(
      'without "10 min or less", with "Resistance band (loop)": 1',
    );
    for (const change of changes) expect(total(change.state), change.text).toBe(change.count);
  });

  it('names an exercise that could swap in when only equipment is missing', () => {
    const state = { q: '', picks: { have: ['none'], condition: ['trochanteric-bursitis'] } };
    const { closest } = suggest(model.items, model.facets, state, en.site.finder.script);
    expect(closest[0]?.differs).toEqual(['needs resistance band (loop)']);
    expect(closest[0]?.swaps.length).toBeGreaterThan(0);
    expect(closest[0]?.swaps[0]).toMatch(/^Swap .+ for .+$/);
  });

  it('never leaves an empty list without suggestions: every time × equipment set × condition', () => {
    const equipment = valuesOf('have');
    const sets = [[], ...equipment.map((e) => [e]), equipment];
    let empty = 0;
    let checked = 0;
    for (const time of ['', ...valuesOf('time')])
      for (const have of sets)
        for (const condition of ['', ...valuesOf('condition')]) {
          const picks = { time: time ? [time] : [], have, condition: condition ? [condition] : [] };
          const state = { q: '', picks };
          checked++;
          if (total(state) > 0) continue;
          empty++;
          const { closest, changes } = suggest(
            model.items,
            model.facets,
            state,
            en.site.finder.script,
          );
          const name = JSON.stringify(picks);
          expect(closest.length, name).toBeGreaterThan(0);
          for (const c of closest) expect(c.differs.length, name).toBeGreaterThan(0);
          expect(changes.length, name).toBeGreaterThan(0);
          for (const change of changes) expect(total(change.state), name).toBe(change.count);
          expect(
            changes.every((c) => c.count > 0),
            name,
          ).toBe(true);
        }
    // The enumeration really met dead ends to answer.
    expect(checked).toBeGreaterThan(500);
    expect(empty).toBeGreaterThan(50);
  });
});
