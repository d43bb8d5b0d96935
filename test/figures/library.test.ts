/**
 * Every exercise in the bundled library (routines/) has start and end figures, or its own
 * pictures; every SVG is well-formed, labelled for screen readers, small, and the same bytes as
 * the stored reference; every arrow the data asks for is actually drawn.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeFigure } from '../../src/figures/compose.ts';
import { drawFigure, exerciseFigures } from '../../src/figures/figures.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot } from '../helpers/cli.ts';

const content = path.join(projectRoot, 'routines');
let library: Library;

beforeAll(async () => {
  library = await loadLibrary(content);
});

/** Parses SVG text as XML, throwing on any error or warning, and returns the root element. */
function parseSvg(svg: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root) throw new Error('no root element');
  return root as unknown as Element;
}

describe('figures for the bundled library', () => {
  it('gives every exercise two drawn figures or its own pictures', () => {
    const exercises = Object.values(library.exercises);
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    const kinds = exercises.map((e) => [e.id, exerciseFigures(e, library.root).kind]);
    expect(kinds.filter(([, kind]) => kind === 'none')).toEqual([]);
    for (const exercise of exercises) {
      const view = exerciseFigures(exercise, library.root);
      if (view.kind === 'media') expect(view.items.length).toBeGreaterThan(0);
      else if (view.kind === 'drawn') {
        expect(view.start.alt).toMatch(new RegExp(`^${exercise.name}, start position: `));
        expect(view.end.alt).toMatch(new RegExp(`^${exercise.name}, end position: `));
      }
    }
  });

  it('draws well-formed, labelled SVG under 4 KB', () => {
    for (const exercise of Object.values(library.exercises)) {
      if (!exercise.figure) continue;
      const { start, end } = drawFigure(exercise.name, exercise.figure);
      for (const figure of [start, end]) {
        const root = parseSvg(figure.svg);
        expect(root.tagName).toBe('svg');
        expect(root.getAttribute('role')).toBe('img');
        expect(root.getAttribute('aria-label')).toBe(figure.alt);
        expect(root.getElementsByTagName('title')[0]?.textContent).toBe(figure.alt);
        expect(root.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
        expect(Buffer.byteLength(figure.svg), `${exercise.id} is too big`).toBeLessThan(4096);
      }
    }
  });

  // The reference is test/figures/fixtures/figure-hashes.txt, one line an exercise. When a figure
  // changes on purpose (new pose data, a drawing change), look at the contact sheet
  // (npm run figures), then update the reference: npx vitest run -u test/figures/library.test.ts
  it('is deterministic: every figure has the same bytes as the stored reference', async () => {
    const hash = (svg: string) => createHash('sha256').update(svg).digest('hex').slice(0, 16);
    const lines = Object.values(library.exercises)
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((exercise) => {
        if (!exercise.figure) return [];
        const { start, end } = drawFigure(exercise.name, exercise.figure);
        return [`${exercise.id} start ${hash(start.svg)} end ${hash(end.svg)}`];
      });
    expect(lines.length).toBeGreaterThanOrEqual(30);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('fixtures/figure-hashes.txt');
  });

  it('draws every arrow the pose data asks for (the point moves between start and end)', () => {
    const still: string[] = [];
    for (const exercise of Object.values(library.exercises)) {
      if (!exercise.figure) continue;
      const scenes = composeFigure(exercise.figure);
      for (const position of ['start', 'end'] as const) {
        const scene = scenes[position];
        if (!scene.pose.arrow) continue;
        const [[x0, y0], [x1, y1]] = scene.arrow ?? [
          [0, 0],
          [0, 0],
        ];
        if (Math.hypot(x1 - x0, y1 - y0) < 6) still.push(`${exercise.id} ${position}`);
      }
    }
    expect(still).toEqual([]);
  });
});
