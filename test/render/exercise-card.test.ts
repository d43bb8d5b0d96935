import { describe, expect, it } from 'vitest';
import { createEnv } from '../../src/render/env.ts';
import { exerciseCard, fullCard } from '../../src/render/view.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('valid');

/** The card's text, tags dropped and spaces folded, as a reader would take it in. */
function cardText(show = fullCard, id = 'clamshell'): string {
  const exercise = fixture.library.exercises[id];
  if (!exercise) throw new Error(`no ${id} in the fixture`);
  const html = createEnv(`${projectRoot}/templates`).partial(
    'exercise-card',
    exerciseCard(fixture.library, exercise, { show }),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the shared exercise card', () => {
  it('gives the dose in words with how often, and the steps in order', () => {
    const text = cardText();
    expect(text).toContain('2 sets of 12 on each side, once a day, 3 days a week.');
    expect(text.indexOf('Lie on your side')).toBeLessThan(text.indexOf('Lower your knee slowly'));
    expect(text).toContain('When to stop');
  });

  it('leaves out how often for a warm-up drill, done before each run', () => {
    const text = cardText({ ...fullCard, frequency: false }, 'hip-swing');
    expect(text).toContain('1 set of 10 on each side.');
    expect(text).not.toContain('days a week');
  });
});
