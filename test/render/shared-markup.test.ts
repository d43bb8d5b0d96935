/**
 * Markup the handout and the deck share is written once, in the templates folder: the @font-face
 * block (templates/partials/font-faces.hbs) and the deck's stylesheet put inline through the
 * template environment (templates/deck/deck.css).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { allDecks } from '../../src/decks/plan.ts';
import { fontFiles } from '../../src/handouts/assets.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import { templateEnv } from '../../src/render/env.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const templates = templateEnv('templates');
let handout: string;
let deck: string;

const fixture = fixtureForFile('valid');

beforeAll(async () => {
  const [routine = ''] = Object.keys(fixture.library.routines);
  handout = await handoutHtml(fixture.library, templates, routine, {
    paper: 'a4',
    large: false,
    date: new Date(Date.UTC(2026, 0, 1)),
  });
  const [plan] = allDecks(fixture.library);
  if (!plan) throw new Error('the valid fixture has no deck');
  deck = await deckHtml(fixture.library, templates, plan);
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe('markup shared by handouts and decks', () => {
  it('has the one @font-face block, from the font-faces partial, in both', () => {
    const block = templates.partial('font-faces', { fonts: fontFiles() });
    expect(count(block, '@font-face')).toBe(4);
    for (const html of [handout, deck]) {
      expect(html).toContain(block);
      expect(count(html, '@font-face')).toBe(4);
    }
  });

  it('covers the same characters as the website, which uses @fontsource’s own CSS', async () => {
    const require = createRequire(import.meta.url);
    const ranges = async (file: string) => {
      const css = await readFile(
        require.resolve(`@fontsource/atkinson-hyperlegible/${file}`),
        'utf8',
      );
      return [...css.matchAll(/unicode-range: ?([^;]+);/g)].map(([, r = '']) =>
        r.replace(/\s/g, ''),
      );
    };
    const ours = [
      ...(await readFile('templates/partials/font-faces.hbs', 'utf8')).matchAll(
        /font-weight: (\d+);[^\n]*unicode-range: ([^;]+);/g,
      ),
    ].map(([, weight, r = '']) => ({ weight, range: r.replace(/\s/g, '') }));
    expect(ours).toHaveLength(4);
    for (const weight of ['400', '700'])
      expect(ours.filter((f) => f.weight === weight).map((f) => f.range)).toEqual(
        await ranges(`${weight}.css`),
      );
  });

  it("puts the deck's stylesheet inline through the template environment", async () => {
    const css = await readFile('templates/deck/deck.css', 'utf8');
    expect(css.length).toBeGreaterThan(1000);
    expect(deck).toContain(`<style>${css}</style>`);
  });
});
