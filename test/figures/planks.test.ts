/**
 * Two postures held off the floor: a plank on the forearms and toes, and a side plank on the
 * bottom forearm, with a bench under the top knee or foot for the Copenhagen plank. Each is set
 * down on its two supports, so the body floats over the floor only where it should.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limbRadius } from '../../src/figures/body.ts';
import { drawFigure } from '../../src/figures/figures.ts';
import { placePose } from '../../src/figures/place.ts';
import { matThickness } from '../../src/figures/props.ts';
import { resolveFigure } from '../../src/figures/resolve.ts';
import { lowest } from '../../src/figures/shapes.ts';
import { pointOf } from '../../src/figures/skeleton.ts';
import type { BodyPoint } from '../../src/model/schema/pose.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { figure } from '../../src/model/schema/pose.ts';
import { projectRoot } from '../helpers/cli.ts';

const placed = (raw: unknown) => {
  const { start, end } = resolveFigure(figure.parse(raw));
  return { start: placePose(start), end: placePose(end) };
};
/** Height of a point above the floor, in body heights. */
const height = (p: ReturnType<typeof placePose>, point: BodyPoint) => pointOf(p.skeleton, point)[1];
/** True when the lowest of these limb points touches the floor (its drawn stroke, not its centre). */
const touches = (...heights: number[]) => Math.min(...heights) - limbRadius < 0.02;

describe('a plank on the forearms and toes', () => {
  const plank = placed({
    start: { view: 'side', posture: 'all-fours', hips: 10, knees: 90, elbows: 90 },
    end: { posture: 'plank', hips: 0, knees: 0, ankles: 0 },
  });

  it('rests on both hands and both feet, with the hips held up between them', () => {
    const { end } = plank;
    for (const side of ['near', 'far'] as const) {
      expect(touches(end.skeleton[side].hand[1], end.skeleton[side].elbow[1])).toBe(true);
      expect(touches(end.skeleton[side].toe[1])).toBe(true);
    }
    expect(height(end, 'hips')).toBeGreaterThan(0.1);
    expect(height(end, 'chest')).toBeGreaterThan(height(end, 'hips') - 0.02);
  });

  it('says so in the alt text', () => {
    const raw = figure.parse({
      start: { view: 'side', posture: 'all-fours', hips: 10, knees: 90, elbows: 90 },
      end: { posture: 'plank', hips: 0, knees: 0, ankles: 0 },
    });
    const { start, end } = drawFigure('Plank', raw);
    expect(start.alt).toBe(
      'Plank, start position: on your forearms and knees, both hips straight, both knees bent.',
    );
    expect(end.alt).toBe('Plank, end position: in a plank on your forearms and toes.');
  });
});

describe('a side plank, and a Copenhagen plank with a bench under the top leg', () => {
  it('lifts the hips from the floor on the bottom forearm and the bottom foot', () => {
    const { start, end } = placed({
      start: { view: 'front', posture: 'side-plank', hipsOut: { near: 25, far: -25 } },
      end: { hipsOut: { near: 0, far: 0 } },
    });
    for (const { skeleton } of [start, end]) {
      expect(touches(skeleton.far.hand[1], skeleton.far.elbow[1])).toBe(true);
      expect(touches(skeleton.far.heel[1], skeleton.far.toe[1])).toBe(true);
      expect(touches(skeleton.near.heel[1], skeleton.near.toe[1], skeleton.near.hand[1])).toBe(
        false,
      );
    }
    // Hips that sag at the start are lifted at the end.
    expect(height(end, 'hips') - height(start, 'hips')).toBeGreaterThan(0.05);
  });

  it('carries the body on a bench under the top foot, the bottom foot off the floor', () => {
    const { end } = placed({
      start: {
        view: 'front',
        posture: 'side-plank',
        hipsOut: { near: 30, far: -5 },
        props: { bench: 'near-foot' },
      },
      end: { hipsOut: { near: 8, far: -10 } },
    });
    const bench = end.props[0];
    if (!bench) throw new Error('no bench drawn');
    expect(lowest(bench)).toBeLessThan(0.01);
    expect(touches(end.skeleton.far.hand[1], end.skeleton.far.elbow[1])).toBe(true);
    expect(touches(end.skeleton.far.heel[1], end.skeleton.far.toe[1])).toBe(false);
    expect(height(end, 'near-foot')).toBeGreaterThan(0.2);
  });

  it('names the bench under the top knee or foot, and whether the hips are up', () => {
    const knee = drawFigure(
      'Copenhagen plank',
      figure.parse({
        start: {
          view: 'front',
          posture: 'side-plank',
          hipsOut: { near: 35 },
          hips: { far: 20 },
          knees: { far: 90 },
          props: { bench: 'near-knee' },
          working: 'near',
        },
        end: { hipsOut: { near: 5 } },
      }),
    );
    expect(knee.start.alt).toBe(
      'Copenhagen plank, start position: in a side plank on your bottom forearm, hips down toward the floor, bottom hip bent, bottom knee bent, your top knee on a bench, top leg highlighted.',
    );
    expect(knee.end.alt).toContain('hips lifted, body straight');
  });
});

describe('the bundled Copenhagen planks', () => {
  it('stand the bench on the floor in both positions', async () => {
    const library = await loadLibrary(path.join(projectRoot, 'routines'));
    for (const id of ['copenhagen-plank-knee', 'copenhagen-plank']) {
      const exercise = library.exercises[id];
      if (!exercise?.figure) throw new Error(`${id} has no figure`);
      const { start, end } = resolveFigure(exercise.figure);
      for (const pose of [start, end]) {
        const [bench] = placePose(pose).props;
        if (!bench) throw new Error(`${id}: no bench drawn`);
        // Both figures lie on a mat, which lifts everything by its thickness.
        expect(Math.abs(lowest(bench) - matThickness(pose)), id).toBeLessThan(0.01);
      }
    }
  });
});
