/**
 * Decks built from the valid fixture library plus a deck file that uses every slide kind, written
 * as HTML into a scratch folder, and pages that open them from file:// the way a coach would.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Viewport } from 'puppeteer-core';
import { writeDeck } from '../../src/decks/build.ts';
import type { PageHost } from '../../src/pdf/browser.ts';
import { renderPdfs, type PdfJob } from '../../src/pdf/render-pdfs.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { fixtureLibrary } from '../helpers/fixtures.ts';

/** A deck file with one slide of every kind. */
export const talkYaml = `title: Hip pain after running
audience: Runners at a clinic talk
summary: What can make your hip hurt, and what helps.
slides:
  - kind: title
    title: Hip pain after running
    subtitle: A short talk
    notes: Welcome everyone.
  - kind: text
    title: Your hip is a ball in a cup
    bullets: [The top of your thigh bone is a ball., It sits in a cup in your pelvis.]
  - kind: conditions
  - kind: guidance
    topic: risk-factors
  - kind: guidance
    topic: ten-percent-rule
  - kind: exercise
    exercise: clamshell
  - kind: routine
    routine: side-hip-starter
`;

export interface BuiltDecks {
  readonly content: string;
  readonly library: Library;
  readonly plans: readonly DeckPlan[];
  /** The folder holding <id>.html for every deck. */
  readonly folder: string;
  /** file:// address of a deck. */
  url(id: string, suffix?: string): string;
}

/**
 * Decks of the valid library (with the files of an `overlay` folder, or of several in turn, laid
 * over it) with talk.yaml and any `more` deck files (id → YAML).
 */
export async function buildFixtureDecks(
  folder: string,
  {
    overlay = [],
    more = {},
  }: { overlay?: string | readonly string[]; more?: Readonly<Record<string, string>> } = {},
): Promise<BuiltDecks> {
  const content = await fixtureLibrary('valid');
  for (const each of typeof overlay === 'string' ? [overlay] : overlay)
    await cp(each, content, { recursive: true });
  await mkdir(path.join(content, 'decks'), { recursive: true });
  await writeFile(path.join(content, 'decks', 'talk.yaml'), talkYaml);
  for (const [id, yaml] of Object.entries(more))
    await writeFile(path.join(content, 'decks', `${id}.yaml`), yaml);
  const library = await loadLibrary(content);
  const plans = allDecks(library);
  const context = { library, templates: templateEnv('templates') };
  for (const plan of plans)
    await writeDeck(context, plan, [folder], { slides: false, notes: false });
  return {
    content,
    library,
    plans,
    folder,
    url: (id, suffix = '') => `${pathToFileURL(path.join(folder, `${id}.html`)).href}${suffix}`,
  };
}

/** Prints deck PDFs (from `writeDeck`'s jobs) on the test's browser, with no progress lines. */
export async function printDecks(jobs: readonly PdfJob[], browser: PageHost): Promise<void> {
  const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
  await renderPdfs(jobs, {
    label: 'decks',
    browser: () => Promise.resolve(browser),
    stream: quiet,
  });
}

export interface OpenDeck {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Moves the page's clocks (performance.now and Date.now, which otherwise stand still) forward. */
  readonly advance: (ms: number) => Promise<void>;
}

/**
 * Opens a deck (at 1280 × 720 unless told) with a clock only the test moves. Requests other than
 * the deck file itself and data: URIs are recorded and refused, as they would fail with no network.
 */
export async function openDeck(
  browser: PageHost,
  url: string,
  viewport: Viewport = { width: 1280, height: 720 },
): Promise<OpenDeck> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewport(viewport);
  const requests: string[] = [];
  const file = url.replace(/[?#].*$/, '');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    requests.push(address);
    if (address.startsWith('data:') || address.replace(/[?#].*$/, '') === file)
      void request.continue();
    else void request.abort('blockedbyclient');
  });
  // The clocks stand still until the test moves them: with real time running underneath, a
  // loaded machine could let a second pass between two steps, and the timer (performance.now) or
  // the presenter's time spent (Date.now) show the one after.
  await page.evaluateOnNewDocument(() => {
    let offset = 0;
    const start = performance.now();
    const startDate = Date.now();
    performance.now = () => start + offset;
    Date.now = () => startDate + offset;
    Object.assign(window, { advanceClock: (ms: number) => (offset += ms) });
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    requests,
    advance: async (ms) => {
      await page.evaluate((by) => {
        (window as unknown as { advanceClock(ms: number): void }).advanceClock(by);
      }, ms);
    },
  };
}

/** The 1-based number of the slide showing, from the page. */
export function currentSlide(page: Page): Promise<number> {
  return page.$eval('.slide.is-current', (el) => Number(el.id.replace('slide-', '')));
}
