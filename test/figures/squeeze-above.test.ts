/**
 * Two things a figure can show besides moving limbs: short arrows at the knees for a squeeze that
 * hardly moves (a ball between the knees), and a view from above for legs spread wide on the floor
 * (a frog stretch). Also: a leg press machine that stays put while the legs push.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeFigure, type Scene } from '../../src/figures/compose.ts';
import { contactSheet, contactSheetTemplate } from '../../src/figures/contact-sheet.ts';
import { templateEnv } from '../../src/render/env.ts';
import { drawFigure } from '../../src/figures/figures.ts';
import type { Point } from '../../src/figures/shapes.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { figure, type Figure } from '../../src/model/schema/pose.ts';
import { projectRoot } from '../helpers/cli.ts';
import { problemsOf } from '../helpers/fixtures.ts';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
});

const squeeze = (view: 'front' | 'side'): Figure =>
  figure.parse({
    start: {
      view,
      posture: 'lying-back',
      hips: 50,
      hipsOut: 12,
      knees: 90,
      props: { 'small-ball': 'knees' },
    },
    end: { hipsOut: 4, squeeze: 'knees' },
  });

/** The straight arrow shafts in a scene, as [tail, tip]. */
const shafts = (scene: Scene) =>
  scene.shapes.flatMap((s) =>
    s.type === 'line' && s.style === 'arrow' ? [s.points as readonly [Point, Point]] : [],
  );
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('squeeze arrows at the knees', () => {
  it('points one arrow in at each knee, toward the ball, in the end position only', () => {
    const { start, end } = composeFigure(squeeze('front'));
    expect(shafts(start)).toEqual([]);
    expect(start.squeezed).toBe(false);
    const ball = end.shapes.find((s) => s.type === 'circle' && s.style === 'propFill');
    if (ball?.type !== 'circle') throw new Error('no ball drawn');
    const arrows = shafts(end);
    expect(arrows).toHaveLength(2);
    for (const [tail, tip] of arrows)
      expect(distance(tip, ball.c)).toBeLessThan(distance(tail, ball.c) - 5);
    // One on each side of the ball.
    const [a, b] = arrows.map(([, tip]) => tip[0] - ball.c[0]);
    expect(Math.sign(a ?? 0)).toBe(-Math.sign(b ?? 0));
  });

  it('says so in the alt text', () => {
    const { start, end } = drawFigure('Ball squeeze', squeeze('front'));
    expect(end.alt).toBe(
      'Ball squeeze, end position: lying on your back, both hips bent, both knees bent, a small ball between your knees. Arrows: you squeeze your knees together.',
    );
    expect(start.alt).not.toContain('squeeze your knees');
  });

  it('is not drawn from the side, where one knee hides the other, and the contact sheet says why', () => {
    const side = composeFigure(squeeze('side'));
    expect(side.end.squeezed).toBe(false);
    expect(shafts(side.end)).toEqual([]);
    expect(drawFigure('Ball squeeze', squeeze('side')).end.alt).not.toContain('Arrows');
    const exercise = library.exercises['inner-thigh-ball-squeeze'];
    if (!exercise) throw new Error('no inner-thigh-ball-squeeze in the library');
    const sideways = { ...exercise, figure: squeeze('side') };
    const sheet = (e: typeof exercise) =>
      templateEnv('templates').render(
        contactSheetTemplate,
        contactSheet({ ...library, exercises: { [e.id]: e } }).view,
      );
    expect(sheet(sideways)).toContain(
      '<p class="missing">The end squeeze arrows are not drawn: in this view one knee hides the other. Use view: front.</p>',
    );
    expect(sheet(exercise)).not.toContain('not drawn');
  });

  it('draws every squeeze the bundled library asks for', () => {
    const asked = Object.values(library.exercises).flatMap((e) => {
      if (!e.figure) return [];
      const scenes = composeFigure(e.figure);
      return (['start', 'end'] as const)
        .filter((p) => scenes[p].pose.squeeze)
        .map((p) => [e.id, p, scenes[p].squeezed]);
    });
    expect(asked).toEqual([['inner-thigh-ball-squeeze', 'end', true]]);
  });
});

describe('the view from above', () => {
  const frog = (view: 'above' | 'side'): Figure =>
    figure.parse({
      start: {
        view,
        posture: 'all-fours',
        hips: 90,
        hipsOut: 50,
        knees: 95,
        ankles: -60,
        shoulders: 90,
        arrow: 'hips',
      },
      end: { hips: 130, knees: 130 },
    });
  /** How far apart the two knees are in the start picture. */
  const kneeGap = (scene: Scene) => {
    const legs = scene.shapes.filter((s) => s.type === 'line' && s.points.length === 5);
    const knees = legs.map((s) => (s.type === 'line' ? s.points[1] : undefined));
    const [a, b] = knees;
    if (!a || !b) throw new Error('two legs expected');
    return distance(a, b);
  };

  it('shows knees spread wide on the floor as wide, where the side view hides it', () => {
    const above = kneeGap(composeFigure(frog('above')).start);
    const side = kneeGap(composeFigure(frog('side')).start);
    expect(above).toBeGreaterThan(40);
    expect(above).toBeGreaterThan(side * 3);
  });

  it('names the arrow along the body, as in a side view', () => {
    // The frog stretch as it was drawn from above, on its forearms, rocking back.
    const onForearms = figure.parse({
      start: {
        ...{ view: 'above', posture: 'all-fours', hips: 90, hipsOut: 50, knees: 95, ankles: -70 },
        ...{ shoulders: 90, elbows: 90, props: { mat: 'floor' }, working: 'both', arrow: 'hips' },
      },
      end: { hips: 130, hipsTurn: -30, knees: 130, shoulders: 115, elbows: 65 },
    });
    const { start } = drawFigure('Frog stretch', onForearms);
    expect(start.alt).toMatch(
      /^Frog stretch, start position: on your forearms and knees, .* Arrow: your hips move back\.$/,
    );
  });

  it('draws the bundled frog stretch from behind: knees wide, forearms down, the knees stay put', () => {
    const exercise = library.exercises['frog-stretch'];
    if (!exercise?.figure) throw new Error('no frog-stretch figure in the library');
    expect(exercise.figure.start.view).toBe('back');
    const scenes = composeFigure(exercise.figure);
    expect(kneeGap(scenes.start)).toBeGreaterThan(40);
    expect(kneeGap(scenes.end)).toBeGreaterThan(40);
    const { start } = drawFigure(exercise.name, exercise.figure);
    expect(start.alt).toMatch(/^Frog stretch, start position: on your forearms and knees, /);
  });

  it('is only for hands and knees: standing seen from above is refused at its line', async () => {
    expect(await problemsOf('figure-above-standing')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:34:11: figure.start.view must be side or front or back when the posture is standing; the body would be seen end-on (got "above") Hint: Change it to view: side."
    `);
  });
});

describe('the leg press machine', () => {
  it('stays put while the legs push: seat, back pad, frame and housing are the same in both', () => {
    const exercise = library.exercises['leg-press'];
    if (!exercise?.figure) throw new Error('no leg-press figure in the library');
    const { start, end } = composeFigure(exercise.figure);
    expect(start.hipsHeight).toBe(end.hipsHeight);
    const machine = (scene: Scene) =>
      scene.shapes
        .filter((s) => s.style === 'plate' || s.style === 'prop' || s.style === 'propFill')
        .map((s) => JSON.stringify(s));
    const still = machine(start).filter((s) => machine(end).includes(s));
    // Back pad, seat, post, base and housing; only the foot plate and its rail move.
    expect(still).toHaveLength(5);
    expect(machine(start)).toHaveLength(7);
  });
});
