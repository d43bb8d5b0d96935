import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/bench/synthetic.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { exerciseFinder, routineFinder } from '../../src/site/facets.ts';
import { noScriptCss } from '../../src/site/finder-css.ts';
import { allPagePaths, handoutPath } from '../../src/domain/links.ts';
import { commonDistances, weeklyLimits } from '../../src/domain/ten-percent.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

let content: string;
let library: Library;

beforeAll(async () => {
  content = await fixtureLibrary('valid');
  library = await loadLibrary(content);
});
afterAll(() => removeFixture(content));

describe('the routine finder model', () => {
  it('gives each routine its facet tokens and search text', () => {
    const model = routineFinder(library);
    const routine = library.routines['side-hip-starter'];
    const item = model.items.find((i) => i.id === 'side-hip-starter');
    expect(routine && item).toBeTruthy();
    expect(item?.tokens).toEqual({
      time: [10, 20, 45].filter((t) => (routine?.minutes ?? 0) <= t).map(String),
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

  it('offers the time limits and "no equipment" always, other values only when used', () => {
    const model = routineFinder(library);
    const values = Object.fromEntries(model.facets.map((f) => [f.key, f.values]));
    expect(values['time']).toEqual(['10', '20', '45']);
    expect(values['have']).toEqual(['none', 'wall-or-chair']);
    expect(values['level']).toEqual(['beginner']);
    expect(model.facets.filter((f) => f.primary).map((f) => f.key)).toEqual(['time', 'have']);
  });

  it('serves the exercise library with the same shape', () => {
    const model = exerciseFinder(library);
    expect(model.items.map((i) => i.title)).toEqual(['Clamshell', 'Glute bridge', 'Hip swing']);
    expect(model.facets.map((f) => f.key)).toEqual([
      'category',
      'have',
      'condition',
      'area',
      'level',
    ]);
  });

  it('writes one no-script rule per pick-one value', () => {
    const model = routineFinder(library);
    const css = noScriptCss('finder', model.facets);
    expect(css).toContain(
      '#finder-form:has(#finder-level-beginner:checked) ~ .finder__results [data-finder-item]:not([data-f-level~="beginner"]){display:none}',
    );
  });
});

describe('links', () => {
  it('lists every page once and names downloads by the agreed convention', () => {
    const paths = allPagePaths(library);
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
    const dest = path.join(path.dirname(content), 'synthetic');
    try {
      await generateSynthetic(content, dest, { copies: 3 });
      const big = await loadLibrary(dest);
      expect(Object.keys(big.exercises)).toHaveLength(3 * Object.keys(library.exercises).length);
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
