import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/bench/synthetic.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { exerciseFinder, routineFinder, timeLimits } from '../../src/site/facets.ts';
import { noScriptCss } from '../../src/site/finder-css.ts';
import { allPagePaths, handoutPath } from '../../src/domain/links.ts';
import { commonDistances, weeklyLimits } from '../../src/domain/ten-percent.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('valid');

describe('the routine finder model', () => {
  it('gives each routine its facet tokens and search text', () => {
    const model = routineFinder(fixture.library);
    const routine = fixture.library.routines['side-hip-starter'];
    const item = model.items.find((i) => i.id === 'side-hip-starter');
    expect(routine && item).toBeTruthy();
    expect(item?.tokens).toEqual({
      // One routine: no time limit splits a library of one.
      time: [],
      // Its warm-up protocol's hip swing needs a wall or chair, so the routine does too.
      have: ['wall-or-chair'],
      goal: ['strength', 'prevention'],
      condition: ['trochanteric-bursitis'],
      area: routine?.areas,
      level: ['beginner'],
      category: ['strength', 'mobility'],
    });
    // Titles, exercise names and aliases are searchable, in lower case.
    expect(item?.text).toContain('build strong side hips at home');
    expect(item?.text).toContain('side-lying knee opener');
    expect(item?.meta).toEqual([
      `${routine?.minutes} min`,
      'Beginner',
      'Wall or chair for balance',
    ]);
  });

  it('offers "no equipment" always, and leaves out a facet with no value that splits one routine', () => {
    const model = routineFinder(fixture.library);
    const values = Object.fromEntries(model.facets.map((f) => [f.key, f.values]));
    expect(values).toEqual({ have: ['none', 'wall-or-chair'] });
  });

  it('works the time choices out from the minutes: each one lets in more routines, none lets in all', () => {
    expect(timeLimits([10, 10, 15, 18, 20, 24, 29, 33, 45])).toEqual([10, 15, 20, 30]);
    expect(timeLimits([12, 14])).toEqual([]);
    expect(timeLimits([5, 50])).toEqual([10]);
  });

  it('serves the exercise library with the same shape', () => {
    const model = exerciseFinder(fixture.library);
    expect(model.items.map((i) => i.title)).toEqual(['Clamshell', 'Glute bridge', 'Hip swing']);
    // All three are beginner exercises, so the level facet has nothing to split.
    expect(model.facets.map((f) => f.key)).toEqual(['category', 'have', 'condition', 'area']);
  });

  it('writes one no-script rule per pick-one value', () => {
    const model = exerciseFinder(fixture.library);
    const css = noScriptCss('finder', model.facets);
    expect(css).toContain(
      '#finder-form:has(#finder-category-strength:checked) ~ .finder__results [data-finder-item]:not([data-f-category~="strength"]){display:none}',
    );
  });
});

describe('links', () => {
  it('lists every page once and names downloads by the agreed convention', () => {
    const paths = allPagePaths(fixture.library);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('routines/side-hip-starter/');
    expect(paths.every((p) => p === '' || p.endsWith('/'))).toBe(true);
    expect(handoutPath('side-hip-starter', 'a4', true)).toBe(
      'handouts/side-hip-starter-a4-large.pdf',
    );
  });
});

describe('the 10% rule', () => {
  it('grows each week by at most the percent, rounded down', () => {
    expect(weeklyLimits(25, 10)).toEqual([27.5, 30.2, 33.2, 36.6, 40.2, 44.2]);
    expect(weeklyLimits(20, 10, 2)).toEqual([22, 24.2]);
    expect(commonDistances('km')).toContain(20);
  });
});

describe('synthetic libraries', () => {
  it('copies every item with suffixed ids and references that stay valid', async () => {
    const dest = path.join(path.dirname(fixture.content), 'synthetic');
    try {
      await generateSynthetic(fixture.content, dest, { copies: 3 });
      const big = await loadLibrary(dest);
      expect(Object.keys(big.exercises)).toHaveLength(
        3 * Object.keys(fixture.library.exercises).length,
      );
      expect(big.routines['side-hip-starter-x3']?.main.map((i) => i.exercise)).toEqual([
        'clamshell-x3',
        'glute-bridge-x3',
      ]);
      expect(big.routines['side-hip-starter-x3']?.warmUp.protocol).toBe('pre-run-x3');
      expect(big.conditions['trochanteric-bursitis-x2']?.routines).toEqual(['side-hip-starter-x2']);
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  });
});

describe('the finder on the bundled pack', () => {
  let pack: Library;
  beforeAll(async () => {
    pack = await loadLibrary(path.join(import.meta.dirname, '../../routines'));
  });

  it('offers no facet value that matches every routine, or none', () => {
    for (const model of [routineFinder(pack), exerciseFinder(pack)]) {
      const all = model.items.length;
      for (const facet of model.facets.filter((f) => f.kind === 'one'))
        for (const value of facet.values) {
          const n = model.items.filter((i) => (i.tokens[facet.key] ?? []).includes(value)).length;
          expect(n, `${facet.key}=${value}`).toBeGreaterThan(0);
          expect(n, `${facet.key}=${value}`).toBeLessThan(all);
        }
    }
  });

  it('offers time choices that fit the library, a 15-minute one among them', () => {
    const time = routineFinder(pack).facets.find((f) => f.key === 'time');
    expect(time?.values).toEqual(['10', '15', '20', '30']);
  });
});
