/**
 * The build's store of moving figures: the same SVG as drawn without it, drawn once per process
 * and kept on disk for the next build, and drawn again when what it is drawn from changes.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { motionCache } from '../../src/build/motion-cache.ts';
import { paceOf } from '../../src/figures/animate.ts';
import { drawFigure } from '../../src/figures/figures.ts';
import { storedMotion, withMotionStore } from '../../src/figures/motion-store.ts';
import type { Figure } from '../../src/model/schema/pose.ts';

const figure: Figure = { start: { view: 'front', posture: 'lying-side' }, end: { hipsTurn: 50 } };
const folders: string[] = [];
const folder = async () => {
  const made = await mkdtemp(path.join(os.tmpdir(), 'motion-cache-'));
  folders.push(made);
  return made;
};
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

const moving = (pace = paceOf({ reps: 10 })) =>
  drawFigure('Clamshell', figure, undefined, '', pace).motion.svg;

describe('the moving-figure store', () => {
  it('gives the same SVG as drawing it, keeps it on disk and serves the next build without drawing', async () => {
    const drawn = moving();
    const cache = await folder();
    const first = await withMotionStore(await motionCache(cache), () => Promise.resolve(moving()));
    expect(first).toBe(drawn);
    expect((await readdir(cache)).filter((f) => f.endsWith('.svg'))).toHaveLength(1);

    // A new build (a new store on the same folder) does not draw it again.
    const input = JSON.stringify([figure, paceOf({ reps: 10 }), 'x']);
    const next = await motionCache(cache);
    expect(next.get(input)).toBeUndefined();
    next.set(input, '<svg/>');
    const later = await motionCache(cache);
    const kept = await withMotionStore(later, () =>
      Promise.resolve(
        storedMotion(input, () => {
          throw new Error('drawn again');
        }),
      ),
    );
    expect(kept).toBe('<svg/>');
    expect(await withMotionStore(later, () => Promise.resolve(moving()))).toBe(drawn);
  });

  it('draws again for another pace, and draws each input once in one build', async () => {
    const cache = await folder();
    let draws = 0;
    const store = await motionCache(cache);
    const inputs = ['a', 'b', 'a', 'a'];
    await withMotionStore(store, () => {
      for (const input of inputs) storedMotion(input, () => `<svg>${++draws}</svg>`);
      return Promise.resolve();
    });
    expect(draws).toBe(2);
    const quick = await withMotionStore(await motionCache(cache), () =>
      Promise.resolve(moving(paceOf({}))),
    );
    expect(quick).toBe(moving(paceOf({})));
    expect(quick).not.toBe(moving());
    expect((await readdir(cache)).filter((f) => f.endsWith('.svg'))).toHaveLength(3);
  });

  it('is only used inside a build: without one every figure is drawn', () => {
    let draws = 0;
    storedMotion('a', () => `${++draws}`);
    storedMotion('a', () => `${++draws}`);
    expect(draws).toBe(2);
  });
});
