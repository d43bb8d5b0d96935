/**
 * README "Make a deck your own": its deck file and its theme, copied from the README as written,
 * build with the bundled library: the file loads with no problem, every slide fits at 1280 × 720
 * (laid out in Chromium, as the build does) and the HTML deck shows each slide's text.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeck } from '../../src/decks/build.ts';
import { fitDecks } from '../../src/decks/fit.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';

/** The README's section on own decks, and its YAML blocks in order. */
const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
const section = /## Make a deck your own\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const deckYaml = blocks.find((block) => block.startsWith('# routines/decks/strong-hips.yaml'));
const themeYaml = blocks.find((block) => block.startsWith('theme:'));

let work: string;
let browser: BrowserContext | undefined;
let plan: DeckPlan | undefined;
let html: string;

beforeAll(async () => {
  work = await tempWorkFolder('readme-deck');
  const content = path.join(work, 'routines');
  await cp(path.join(projectRoot, 'routines'), content, { recursive: true });
  await writeFile(path.join(content, 'decks', 'strong-hips.yaml'), deckYaml ?? '');
  // The theme block below the settings file's own lines (its theme there is a comment).
  const settings = path.join(content, 'settings.yaml');
  await writeFile(settings, `${await readFile(settings, 'utf8')}\n${themeYaml ?? ''}`);
  const library = await loadLibrary(content);
  const templates = templateEnv('templates');
  const mine = allDecks(library).filter((p) => p.id === 'strong-hips');
  [plan] = await fitDecks(async () => (browser ??= await testBrowser()), library, templates, mine);
  const out = path.join(work, 'out');
  await mkdir(out);
  if (plan) await writeDeck({ library, templates }, plan, [out], { slides: false, notes: false });
  html = await readFile(path.join(out, 'strong-hips.html'), 'utf8');
}, 180_000);
afterAll(async () => {
  await releaseBrowser(browser);
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the README's own deck", () => {
  it('is in the README with its theme', () => {
    expect(deckYaml).toBeDefined();
    expect(themeYaml).toBeDefined();
  });

  it('builds with every slide fitting, in the theme, and shows what the file says', () => {
    const file = parse(deckYaml ?? '') as { slides: { kind: string; title?: string }[] };
    expect(plan?.title).toBe('Strong hips for club runners');
    expect(plan?.slides.map((slide) => slide.kind)).toEqual(file.slides.map((s) => s.kind));
    for (const slide of file.slides) if (slide.title) expect(html).toContain(slide.title);
    expect(html).toContain('Glute bridge');
    expect(html).toContain('2 × 10');
    expect(html).toContain('--primary: #1d5b3a');
    expect(html).toMatch(/<html[^>]*class="[^"]*font--serif/);
  });
});
