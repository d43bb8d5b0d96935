/**
 * Sides: a figure says which leg it shows (`figure.side`); the working leg is drawn as that leg
 * (the picture mirrored if needed) and labelled L or R. Steps that name a side without it get
 * advice. Lying on your side the steps say top and bottom, so there is no label.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawFigure } from '../../src/figures/figures.ts';
import { sidedFigure, stepsSide } from '../../src/figures/sides.ts';
import { figureWarnings } from '../../src/figures/warnings.ts';
import type { Exercise, Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { figure } from '../../src/model/schema/pose.ts';
import { projectRoot } from '../helpers/cli.ts';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
});

const label = (svg: string) => /<text [^>]*>([LR])<\/text>/.exec(svg)?.[1];
const march = (side?: 'left' | 'right') =>
  figure.parse({
    start: { view: 'side', posture: 'standing', working: 'near' },
    end: { hips: { near: 80 }, knees: { near: 90 } },
    ...(side ? { side } : {}),
  });

describe('sides', () => {
  it('labels the working leg R, and mirrors the picture for a left leg labelled L', () => {
    const right = drawFigure('March', sidedFigure(march('right')));
    expect(label(right.start.svg)).toBe('R');
    expect(right.end.alt).toContain('right knee lifted');
    const left = drawFigure('March', sidedFigure(march('left')));
    expect(label(left.start.svg)).toBe('L');
    expect(left.end.alt).toContain('left knee lifted');
    expect(left.end.alt).toContain('left leg highlighted');
    expect(label(drawFigure('March', march()).start.svg)).toBeUndefined();
  });

  it('has no label lying on your side, where the steps say top and bottom', () => {
    const clam = figure.parse({
      start: { view: 'front', posture: 'lying-side', hips: 45, knees: 90, working: 'near' },
      end: { hipsOut: { near: 40 } },
      side: 'right',
    });
    expect(label(drawFigure('Clamshell', sidedFigure(clam)).start.svg)).toBeUndefined();
  });

  it('finds a side named with a leg part, not a direction', () => {
    expect(stepsSide(['Stand tall.', 'Lift your right knee.'])).toBe('right');
    expect(stepsSide(['Step to the right.', 'Put your right hand under your shoulder.'])).toBe(
      undefined,
    );
  });

  it('advises side: where the steps name a leg and the figure does not say', () => {
    const exercise = {
      figure: march(),
      media: [],
      steps: ['Stand tall on your left leg.'],
    } as unknown as Exercise;
    expect(figureWarnings(exercise)).toEqual([
      {
        path: ['figure'],
        message:
          'The steps name your left leg, but the figure does not say which leg it shows, so it has no L or R label.',
        hint: 'Add a line "side: left" under figure: if the highlighted leg is your left leg.',
      },
    ]);
  });

  it('labels every bundled figure whose steps name a leg, with the side the steps mean', () => {
    const labelled = Object.values(library.exercises).flatMap((e) => {
      if (!e.figure || figureWarnings(e).some((w) => w.path.length === 1)) return [];
      const view = drawFigure(e.name, sidedFigure(e.figure));
      return label(view.start.svg) ? [[e.id, label(view.start.svg)]] : [];
    });
    expect(labelled.length).toBeGreaterThanOrEqual(15);
    // Skater hop lands on the left leg in its end position.
    const skater = library.exercises['skater-hop'];
    if (!skater?.figure) throw new Error('no skater-hop');
    expect(label(drawFigure(skater.name, sidedFigure(skater.figure)).end.svg)).toBe('L');
  });
});
