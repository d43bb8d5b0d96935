/**
 * One routine rendered as its web page (a real Astro build), its handout HTML and its deck HTML:
 * the "stop and call your clinician" signs, the dose words and the 10% ladder read the same in all
 * three. The fixture is a return-to-running routine for a condition whose red flag is close to a
 * general sign, with the example of a ladder from 13 (week 4 is 17.3, never 17.2).
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { deckForRoutine } from '../../src/decks/plan.ts';
import { pagePath } from '../../src/domain/links.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import type { Library } from '../../src/model/library.ts';
import { lookup } from '../../src/model/lookup.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { builtSite } from '../helpers/site-build.ts';
import { sections, textOf, texts } from './html-text.ts';

const routineId = 'back-to-running';
const overlay = path.join(import.meta.dirname, 'fixtures', 'running');

let content = '';
let library: Library;
const html = { site: '', handout: '', deck: '' };

beforeAll(async () => {
  content = await fixtureLibrary('valid');
  await cp(overlay, content, { recursive: true });
  library = await loadLibrary(content);
  // Astro builds in a process of its own, as in the site's browser tests.
  const site = await builtSite(content);
  html.site = await readFile(path.join(site, pagePath.routine(routineId), 'index.html'), 'utf8');
  const templates = templateEnv(path.join(projectRoot, 'templates'));
  html.handout = await handoutHtml(library, templates, routineId, {
    paper: 'letter',
    large: false,
    date: new Date('2026-01-15T12:00:00Z'),
  });
  const routine = lookup(library, 'routine', routineId);
  html.deck = await deckHtml(library, templates, deckForRoutine(library, routine));
}, 120_000);

afterAll(async () => {
  if (content) await removeFixture(content);
});

describe('one routine in three outputs', () => {
  it('lists the same stop signs, in the same order, with the same urgent line', () => {
    const site = sections(html.site, 'section', 'class="red-flags"')[0] ?? '';
    const handout = sections(html.handout, 'section', 'class="stop-box"')[0] ?? '';
    // The deck may spread the list over several slides.
    const deck = sections(html.deck, 'div', 'class="flags flags--call"').join(' ');
    const signs = {
      site: texts(site, 'li'),
      handout: texts(handout, 'li'),
      deck: texts(deck, 'li'),
    };
    // The condition's red flag first, then the general signs, with the night-pain sign once.
    expect(signs.site[0]).toBe('The pain wakes you up at night and does not ease.');
    expect(signs.site.filter((s) => s.includes('night'))).toHaveLength(1);
    expect(signs.site.length).toBeGreaterThanOrEqual(5);
    expect(signs.handout).toEqual(signs.site);
    expect(signs.deck).toEqual(signs.site);
    const urgent =
      'Get urgent care now if you fall and cannot stand, or the pain is sudden and very bad.';
    expect(texts(site, 'p', 'red-flags__urgent')).toEqual([urgent]);
    expect(textOf(handout)).toContain(urgent);
    expect(texts(deck, 'p', 'flags__stop')).toEqual([urgent]);
  });

  it('words each main exercise dose the same way', () => {
    const doses = (page: string, id: string) =>
      sections(page, 'article', 'class="exercise-card"')
        .filter((card) => card.includes(`data-figure-slot="${id}"`))
        .flatMap((card) => texts(card, 'p', 'class="exercise-card__dose"'));
    for (const id of ['clamshell', 'glute-bridge']) {
      const site = doses(html.site, id);
      expect(site, id).toHaveLength(1);
      expect(doses(html.handout, id), id).toEqual(site);
      expect(doses(html.deck, id), id).toEqual(site);
    }
    // The routine's own dose for clamshell, not the exercise's default.
    expect(doses(html.site, 'clamshell')[0]).toMatch(/^3 sets of 12 on each side, /);
  });

  it('shows the same 10% ladder, rounded down the one way (from 13: 14.3, 15.7, 17.3)', () => {
    const ladder = (part: string) =>
      texts(part, 'span', 'class="ladder__label"').map(
        (label, i) => `${label}: ${texts(part, 'span', 'class="ladder__value"')[i] ?? ''}`,
      );
    const site = ladder(sections(html.site, 'section', 'class="ladder"')[0] ?? '');
    const handout = ladder(sections(html.handout, 'section', 'class="running"')[0] ?? '');
    const deck = ladder(sections(html.deck, 'ol', 'class="ladder"')[0] ?? '');
    expect(site).toEqual([
      'This week: 13 miles',
      'Next week: up to 14.3 miles',
      'The week after: up to 15.7 miles',
      'Week 4: up to 17.3 miles',
    ]);
    expect(handout).toEqual(site);
    expect(deck).toEqual(site);
  });
});
