/** Search as a runner types it, on the bundled pack: plain words, synonyms, any order, one typo. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { exerciseFinder, routineFinder, type FinderModel } from '../../src/site/facets.ts';
import { evaluate, oneEditApart } from '../../src/site/finder-core.ts';

let pack: Library;
let routines: FinderModel;
beforeAll(async () => {
  pack = await loadLibrary(path.join(import.meta.dirname, '../../routines'));
  routines = routineFinder(pack);
});

const found = (model: FinderModel, q: string) => {
  const { visible } = evaluate(model.items, model.facets, { q, picks: {} });
  return model.items.filter((_, i) => visible[i]).map((i) => i.id);
};

describe('search on the bundled pack', () => {
  it('finds the outer-hip routine from the words runners use', () => {
    for (const q of ['outer hip', 'bursitis', 'side of hip', 'GTPS', 'sore hip bone'])
      expect(found(routines, q), q).toContain('outer-hip-pain');
  });

  it('ignores case, accents and word order', () => {
    for (const q of ['HIP OUTER', 'Bursítis', 'hip  the of  side'])
      expect(found(routines, q), q).toContain('outer-hip-pain');
  });

  it('forgives one typo in a word of four letters or more, and none in a shorter one', () => {
    for (const q of ['bursits', 'brusitis', 'outr hip', 'outer hip bursitus'])
      expect(found(routines, q), q).toContain('outer-hip-pain');
    expect(found(routines, 'bursxtxs')).toEqual([]);
    // "hop" is a word of its own (single-leg hop), not "hip" mistyped.
    expect(found(routines, 'hop')).not.toContain('outer-hip-pain');
  });

  it('finds a routine by an exercise alias and a body area by its other names', () => {
    expect(found(routines, 'IT band')).toContain('it-band-relief');
    expect(found(routines, 'sciatica')).toContain('back-and-hip-strength');
    expect(found(exerciseFinder(pack), 'bursitis')).toContain('clamshell');
  });
});

describe('one typo apart', () => {
  it('counts a changed, added, dropped or swapped letter as one typo', () => {
    for (const [a, b] of [
      ['hip', 'hip'],
      ['bursitis', 'bursitus'],
      ['bursitis', 'bursitiss'],
      ['bursitis', 'burstis'],
      ['bursitis', 'busritis'],
    ])
      expect(oneEditApart(a ?? '', b ?? ''), `${a} ${b}`).toBe(true);
    for (const [a, b] of [
      ['bursitis', 'brusitsi'],
      ['hip', 'hippo'],
      ['abcd', 'badc'],
    ])
      expect(oneEditApart(a ?? '', b ?? ''), `${a} ${b}`).toBe(false);
  });
});
