/** Deck PDFs from the real print path (page pool, network guard, one page.pdf call a deck). */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeck } from '../../src/decks/build.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { tempWorkFolder } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { buildFixtureDecks, printDecks, type BuiltDecks } from './fixture.ts';

let browser: BrowserContext;
let decks: BuiltDecks;
let work: string;

beforeAll(async () => {
  work = await tempWorkFolder('decks-pdf');
  decks = await buildFixtureDecks(work);
  browser = await testBrowser();
  const context = { library: decks.library, templates: templateEnv('templates') };
  const jobs = [];
  for (const plan of decks.plans) jobs.push(...(await writeDeck(context, plan, [work])));
  await printDecks(jobs, browser);
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});

async function open(file: string) {
  return getDocumentProxy(new Uint8Array(await readFile(path.join(work, file))));
}

async function pageText(pdf: Awaited<ReturnType<typeof open>>, n: number): Promise<string> {
  const content = await (await pdf.getPage(n)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('deck PDFs', () => {
  it('have one 16:9 page a slide, in order', async () => {
    for (const plan of decks.plans) {
      const pdf = await open(`${plan.id}.pdf`);
      expect(pdf.numPages, plan.id).toBe(plan.slides.length);
      for (let n = 1; n <= pdf.numPages; n++) {
        const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 });
        expect([width, height]).toEqual([960, 540]);
      }
      const last = plan.slides.at(-1)?.title ?? '';
      expect(await pageText(pdf, pdf.numPages)).toContain(last);
    }
  });

  it('are tagged, with a bookmark for each slide title', async () => {
    const plan = decks.plans.find((p) => p.id === 'talk');
    if (!plan) throw new Error('fixture deck missing');
    const pdf = await open('talk.pdf');
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const outline = (await pdf.getOutline()) as { title: string; items: unknown[] }[];
    expect(outline.map((entry) => entry.title)).toEqual(plan.slides.map((s) => s.title));
    expect(outline.every((entry) => entry.items.length === 0)).toBe(true);
  });

  it('with notes, put a notes page after each slide', async () => {
    const plan = decks.plans.find((p) => p.id === 'side-hip-starter');
    if (!plan) throw new Error('fixture routine deck missing');
    const pdf = await open(path.join('notes', 'side-hip-starter.pdf'));
    expect(pdf.numPages).toBe(plan.slides.length * 2);
    expect(await pageText(pdf, 7)).toContain('Clamshell');
    const notes = await pageText(pdf, 8);
    expect(notes).toContain('Notes for slide 4: Clamshell');
    expect(notes).toContain('Lie on your side with your hips and knees bent');
    expect(notes).toContain('Stop if you feel sharp pain in the hip or groin.');
  });
});
