/**
 * The build keeps each exercise's figure warnings between builds (src/build/warnings-cache.ts):
 * the same warnings as working them out, read back from the cache folder when the figure and steps
 * are unchanged, worked out again when either changes. The fixture figure-too-similar has a
 * clamshell whose figure gets a warning.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFigureWarnings } from '../../src/build/warnings-cache.ts';
import { figureWarnings } from '../../src/figures/warnings.ts';
import type { Exercise, Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { contentAdvice } from '../../src/quality/advice.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

let content: string;
let cache: string;
let library: Library;
beforeAll(async () => {
  content = await fixtureLibrary('figure-too-similar');
  cache = await mkdtemp(path.join(os.tmpdir(), 'routine-press-warnings-cache-'));
  library = await loadLibrary(content);
});
afterAll(async () => {
  await removeFixture(content);
  await rm(cache, { recursive: true, force: true });
});

const drawn = () =>
  Object.values(library.exercises).filter((e) => e.figure && e.media.length === 0);

describe('figure warnings kept between builds', () => {
  it('are the warnings worked out, kept one file an exercise, and give the same advice', async () => {
    const warningsOf = await cachedFigureWarnings(cache);
    const clamshell = library.exercises['clamshell'];
    if (!clamshell) throw new Error('the fixture has a clamshell');
    expect(figureWarnings(clamshell)).toHaveLength(1);
    for (const exercise of drawn()) expect(warningsOf(exercise)).toEqual(figureWarnings(exercise));
    expect((await readdir(cache)).filter((f) => f.endsWith('.json'))).toHaveLength(drawn().length);
    // Read back this time, by a new build's copy.
    const again = await cachedFigureWarnings(cache);
    expect(contentAdvice(library, undefined, again)).toEqual(contentAdvice(library));
  });

  it('are read from the cache while the figure and steps are unchanged, and worked out again when they change', async () => {
    const clamshell = library.exercises['clamshell'];
    if (!clamshell) throw new Error('the fixture has a clamshell');
    const before = new Set(await readdir(cache));
    // Changed steps: a new file, since the steps can name a leg the figure does not.
    const changed: Exercise = { ...clamshell, steps: [...clamshell.steps, 'Rest.'] };
    const warningsOf = await cachedFigureWarnings(cache);
    expect(warningsOf(changed)).toEqual(figureWarnings(changed));
    const added = (await readdir(cache)).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);

    // What is in the file is what comes back: proof that it is read, not worked out again.
    const standIn = [{ path: ['figure'], message: 'kept', hint: null }];
    await writeFile(path.join(cache, added[0] ?? ''), JSON.stringify(standIn));
    const reread = await cachedFigureWarnings(cache);
    expect(reread(changed)).toEqual([{ path: ['figure'], message: 'kept', hint: undefined }]);
    // The unchanged clamshell still has its own file and warning.
    expect(reread(clamshell)).toEqual(figureWarnings(clamshell));
  });
});
