/**
 * Figures reach the shared exercise card: drawn figures as inline SVG in the figure slot, and a
 * clinic's own picture as a data: URI with its credit printed under it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../../src/render/env.ts';
import { exerciseCard } from '../../src/render/view.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const env = createEnv(path.join(projectRoot, 'templates'));

const fixture = fixtureForFile('figure-card');

/** The HTML inside the card's figure slot. */
function slot(id: string): string {
  const exercise = fixture.library.exercises[id];
  if (!exercise) throw new Error(`no exercise ${id}`);
  const html = env.partial('exercise-card', exerciseCard(fixture.library, exercise));
  const match = new RegExp(
    `<div class="exercise-card__figure" data-figure-slot="${id}">([\\s\\S]*?)</div>\\s*<p class="exercise-card__purpose"`,
  ).exec(html);
  if (match?.[1] === undefined) throw new Error(`no figure slot in the card of ${id}`);
  return match[1];
}

describe('figures on the exercise card', () => {
  it('puts the start and end figures, labelled, into the figure slot', () => {
    const html = slot('clamshell');
    const figures = html.match(/<figure class="exercise-figure exercise-figure--(start|end)">/g);
    expect(figures).toEqual([
      '<figure class="exercise-figure exercise-figure--start">',
      '<figure class="exercise-figure exercise-figure--end">',
    ]);
    expect(html).toContain(
      'role="img" aria-label="Clamshell, start position: lying on your side, both hips bent, both knees bent, a band around your knees, top leg highlighted. Arrow: your top knee moves up.">',
    );
    expect(html.match(/<figcaption>(Start|End)<\/figcaption>/g)).toEqual([
      '<figcaption>Start</figcaption>',
      '<figcaption>End</figcaption>',
    ]);
  });

  it("shows a clinic's own picture inline, with its credit wherever it appears", () => {
    const html = slot('glute-bridge');
    expect(html).toMatch(
      /^<figure class="exercise-figure exercise-figure--media"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="A woman lying on her back with her hips lifted off a mat.">/,
    );
    expect(html).toContain(
      '<figcaption class="exercise-figure__credit">Picture: Riverside Physio Clinic, CC BY 4.0</figcaption>',
    );
    expect(html).not.toContain('<svg');
  });

  it('leaves the slot empty for an exercise with neither', () => {
    expect(slot('hip-swing')).toBe('');
  });
});
