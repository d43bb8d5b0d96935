/**
 * Start and end figures that look the same at print size get advice in `npm run check`, at the end
 * position's line. The fixture test/fixtures/figure-too-similar/ lays a clamshell over the valid
 * library whose top knee opens only 4 degrees (line 40, the first line of its end position); the
 * bundled figures all change enough to see.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largestChange } from '../../src/figures/motion.ts';
import { figureWarnings, printWidthMm, visibleMm } from '../../src/figures/warnings.ts';
import { composeFigure } from '../../src/figures/compose.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { contentAdvice, formatAdvice } from '../../src/quality/advice.ts';
import { figure } from '../../src/model/schema/pose.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';

let content: string;
beforeAll(async () => {
  content = await fixtureLibrary('figure-too-similar');
});
afterAll(async () => {
  await removeFixture(content);
});

/** How far the part that moves most moves on a figure printed 35 mm wide. */
function printedChange(value: unknown): number {
  const parsed = figure.parse(value);
  return (largestChange(parsed) * printWidthMm) / composeFigure(parsed).start.frame.width;
}

describe('start and end too similar to see', () => {
  it('is advice at the end position, with how much it moves and how to fix it', async () => {
    const library = await loadLibrary(content);
    expect(normalise(formatAdvice(contentAdvice(library)), content)).toBe(
      [
        '1 piece of advice (the content is still valid):',
        'routines/exercises/clamshell.yaml:40:5: The start and end figures look the same when printed: nothing moves more than 0.4 mm on a figure 35 mm wide (at least 1.5 mm is needed to see it). Hint: Make the end position differ more, with a bigger angle for the part that moves, or show a squeeze with "squeeze: knees".',
      ].join('\n'),
    );
  });

  it('measures the change in the picture: a knee opening 4 degrees is too little, 30 is plenty', () => {
    const clamshell = (open: number) => ({
      start: { view: 'front', posture: 'lying-side', hips: 45, knees: 90 },
      end: { hipsOut: { near: open } },
    });
    expect(printedChange(clamshell(4))).toBeLessThan(visibleMm);
    expect(printedChange(clamshell(30))).toBeGreaterThan(visibleMm * 2);
    // A prop that moves counts: a foam roller rolled from the thigh to the knee.
    const roll = {
      start: { view: 'front', posture: 'side-plank', props: { 'foam-roller': 'far-thigh' } },
      end: { props: { 'foam-roller': 'far-knee' } },
    };
    expect(printedChange(roll)).toBeGreaterThan(visibleMm);
  });

  it('leaves a squeeze alone: its arrows show a movement meant to be small', () => {
    const squeeze = figure.parse({
      start: {
        view: 'front',
        posture: 'lying-back',
        hips: 50,
        knees: 90,
        props: { 'small-ball': 'knees' },
      },
      end: { squeeze: 'knees' },
    });
    expect(
      (largestChange(squeeze) * printWidthMm) / composeFigure(squeeze).start.frame.width,
    ).toBeLessThan(visibleMm);
    const exercise = { figure: squeeze, media: [] } as unknown as Parameters<
      typeof figureWarnings
    >[0];
    expect(figureWarnings(exercise)).toEqual([]);
  });

  it('is not given for any bundled figure (butterfly, clamshell and frog were redrawn to show their change)', async () => {
    const library = await loadLibrary(path.join(projectRoot, 'routines'));
    const similar = Object.values(library.exercises).flatMap((e) =>
      figureWarnings(e)
        .filter((w) => w.path.length === 2)
        .map(() => e.id),
    );
    expect(similar).toEqual([]);
    for (const id of ['butterfly-stretch', 'clamshell', 'frog-stretch']) {
      const exercise = library.exercises[id];
      expect(printedChange(exercise?.figure), id).toBeGreaterThan(visibleMm * 1.3);
    }
  });
});
