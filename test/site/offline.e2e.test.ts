/**
 * Issue 15 in real Chromium, on one build of the follow fixture (a warm-up, a per-side hold with
 * rests, reps to tap) served under its /routine-press/ base path, with one browser:
 * - a routine followed at 390 × 844 with touch, on a fake clock, to the pain score and the log;
 * - the view's cues: wake lock, speech in the page's language ("3, 2, 1" too), tones and vibration,
 *   with the Sound and Voice switches (kept for next time);
 * - a program from a link (the builder's patient page) started the same way, with its doses and sides;
 * - the site with the network off after one visit (the service worker);
 * - the log's export, delete and import buttons;
 * - the note when a new build is ready, and the manifest and icons that make the site installable;
 * - axe on the follow-along view and the log (decks in class mode: test/decks/class-mode.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, ElementHandle, HTTPResponse, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, ownBrowser } from '../helpers/browser.ts';
import { fixturesRoot } from '../helpers/fixtures.ts';
import { startStaticServer, type RunningSite } from '../../src/site/serve.ts';
import { programFragment } from '../../src/domain/program-link.ts';
import type { ProgramInput } from '../../src/model/schema/program.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

let site: TestSite;
/**
 * The file's own server on the built site, which the offline test stops (a real loss of network,
 * not only the page's emulation, which the service worker's own fetches would get round) and then
 * starts again on the same port, so the origin and its storage stay the same.
 */
let server: RunningSite;
let url: string;
let browser: Browser | undefined;
let downloads: string;
/** Requests any page made outside the test site. */
const outside: string[] = [];

beforeAll(async () => {
  site = await buildAndServe('offline', path.join(fixturesRoot, 'follow'), { writable: true });
  server = await startStaticServer({ root: site.root, base: site.base });
  url = server.url;
  // A whole browser, not a context in the worker's: Chromium counts a context of its own as
  // incognito, where a site cannot be installed (Page.getInstallabilityErrors: in-incognito).
  browser = await ownBrowser();
  downloads = await mkdtemp(path.join(tmpdir(), 'routine-press-log-'));
}, 240_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await server.close();
  await site.close();
  await rm(downloads, { recursive: true, force: true });
});

/** A page in the browser's one context, or in `context` (its own storage). */
async function newPage(context?: BrowserContext): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const page = await (context ?? browser).newPage();
  page.setDefaultTimeout(20_000);
  outside.push(...watchRequests(page, url));
  return page;
}

/** A phone upright, with touch; `performance.now()` stands still unless `advance(s)` moves it. */
async function phonePage(context?: BrowserContext): Promise<Page> {
  const page = await newPage(context);
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(() => {
    let now = 0;
    Object.defineProperty(performance, 'now', { value: () => now });
    Object.defineProperty(window, 'advance', { value: (s: number) => (now += s * 1000) });
  });
  return page;
}

/** What the follow-along view shows now: "Clamshell | Get ready | Set 1 of 1 · left side…". */
const shown = (page: Page) =>
  page.evaluate(() => {
    const text = (s: string) => document.querySelector(s)?.textContent.trim() ?? '';
    const tap = document.querySelector<HTMLElement>('[data-follow-tap]');
    return {
      line: [
        text('.follow__step.is-current .exercise-card__name'),
        text('[data-follow-label]'),
        text('[data-follow-detail]'),
        tap?.hidden === false ? `tap ${text('[data-follow-count]')}` : text('[data-follow-clock]'),
      ].join(' | '),
      tap: tap?.hidden === false,
      ended: document.querySelector<HTMLElement>('[data-follow-end]')?.hidden === false,
    };
  });

const watched = [
  '[data-follow-label]',
  '[data-follow-detail]',
  '[data-follow-clock]',
  '[data-follow-count]',
  '.follow__step.is-current',
];
/** The watched parts' text in the page, "ended" once the end form shows: to wait for a change. */
function viewNow(selectors: string[]): string {
  if (document.querySelector<HTMLElement>('[data-follow-end]')?.hidden === false) return 'ended';
  return selectors.map((s) => document.querySelector(s)?.textContent.trim() ?? '').join('|');
}

/** Plays the session to its end: taps each rep, and moves the clock on through every timed part. */
async function playThrough(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const now = await shown(page);
    if (now.ended) return seen;
    seen.push(now.line);
    const before = await page.evaluate(viewNow, watched);
    if (now.tap) await page.tap('[data-follow-tap]');
    else {
      // To the end of this timed part: the clock reads "0:20".
      const [minutes = 0, seconds = 0] = (now.line.split(' | ')[3] ?? '').split(':').map(Number);
      await page.evaluate(
        (s: number) => (window as unknown as { advance(s: number): void }).advance(s),
        minutes * 60 + seconds,
      );
    }
    // The view redraws every 200 ms of real time.
    await page
      .waitForFunction(
        `(${viewNow.toString()})(${JSON.stringify(watched)}) !== ${JSON.stringify(before)}`,
      )
      .catch((error: unknown) => {
        throw new Error(`stuck after: ${seen.join('; ')}`, { cause: error });
      });
  }
  throw new Error(`the session did not end: ${seen.slice(-3).join('; ')}`);
}

/** Waits until the service worker has kept the whole site (its install is the precache). */
async function offlineReady(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const ready = navigator.serviceWorker.ready.then(() => 'ready');
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 15_000));
    const result = await Promise.race([ready, late]);
    const registrations = await navigator.serviceWorker.getRegistrations();
    return `${result} ${JSON.stringify(
      registrations.map((r) => [r.scope, r.installing?.state, r.waiting?.state, r.active?.state]),
    )}`;
  });
  expect(state).toMatch(/^ready/);
}

/** Every response of the page while `fn` runs: its path and whether the service worker gave it. */
async function responses(page: Page, fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (response: HTTPResponse) => {
    const url = new URL(response.url());
    if (url.protocol.startsWith('http'))
      seen.push(`${url.pathname} ${response.fromServiceWorker() ? 'kept' : response.status()}`);
  };
  page.on('response', listener);
  try {
    await fn();
  } finally {
    page.off('response', listener);
  }
  return seen;
}

describe('the follow-along view on a phone', () => {
  it('plays the warm-up, then left and right, every set and rest, and saves the pain score in the log', async () => {
    const page = await phonePage();
    await page.goto(`${url}routines/side-hip-starter/go/`, { waitUntil: 'load' });
    await page.tap('[data-follow-start]');
    expect(await axeViolations(page)).toEqual([]);
    const seen = await playThrough(page);
    // Each part once (a rep set's later taps left out), in order, with what comes next.
    expect(seen.filter((line) => !/\| tap [1-9]/.test(line))).toEqual([
      'Get warm | Get ready | Get into position | 0:05',
      'Get warm | Warm up | Get warm | 5:00',
      'Hip swing | Get ready | Get into position | 0:05',
      'Hip swing | Work | Set 1 of 1 · left side · 10 reps | tap 0 of 10',
      'Hip swing | Switch sides | Set 1 of 1 · right side next | 0:05',
      'Hip swing | Work | Set 1 of 1 · right side · 10 reps | tap 0 of 10',
      'Hip flexor stretch | Get ready | Get into position | 0:05',
      'Hip flexor stretch | Hold | Set 1 of 2 · left side · hold 20 s | 0:20',
      'Hip flexor stretch | Switch sides | Set 1 of 2 · right side next | 0:05',
      'Hip flexor stretch | Hold | Set 1 of 2 · right side · hold 20 s | 0:20',
      'Hip flexor stretch | Rest | Set 2 of 2 next | 0:10',
      'Hip flexor stretch | Hold | Set 2 of 2 · left side · hold 20 s | 0:20',
      'Hip flexor stretch | Switch sides | Set 2 of 2 · right side next | 0:05',
      'Hip flexor stretch | Hold | Set 2 of 2 · right side · hold 20 s | 0:20',
      'Clamshell | Get ready | Get into position | 0:05',
      'Clamshell | Work | Set 1 of 1 · left side · 3 reps | tap 0 of 3',
      'Clamshell | Switch sides | Set 1 of 1 · right side next | 0:05',
      'Clamshell | Work | Set 1 of 1 · right side · 3 reps | tap 0 of 3',
      'Glute bridge | Get ready | Get into position | 0:05',
      'Glute bridge | Work | Set 1 of 1 · 2 reps | tap 0 of 2',
    ]);
    // Every rep was a tap: 10 + 10 + 3 + 3 + 2.
    expect(seen.filter((line) => line.includes('| tap '))).toHaveLength(28);

    // The end: pain against the pain rule, how hard it felt, saved.
    await page.tap('.pain-scale__choice--amber input');
    await page.tap('.effort-scale label:nth-of-type(2) input');
    expect(await page.$eval('[data-pain-advice]', (el) => el.textContent)).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    const pain = await page.$eval('input[name="pain"]:checked', (el) => el.value);
    await page.tap('.follow__end button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-follow-saved]')?.textContent);

    await page.tap('.follow__end a');
    await page.waitForSelector('[data-log-list] li');
    await page.reload({ waitUntil: 'load' });
    const list = await page.$$eval('[data-log-list] li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toContain('Build strong side hips at home');
    expect(list[0]).toContain(`Pain ${pain} of 10`);
    expect(list[0]).toContain('Just right');
    expect(await page.$eval('[data-log-days]', (el) => el.textContent)).toContain(
      '1 of 3 days this week',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});

/** What the view asked of the phone: speech, wake lock, vibration and tones, in order. */
function recordCues(): void {
  const calls: string[] = [];
  Object.defineProperty(window, 'cues', { value: calls });
  speechSynthesis.speak = (u: SpeechSynthesisUtterance) =>
    void calls.push(`say ${u.lang} ${u.text}`);
  speechSynthesis.cancel = () => void calls.push('hush');
  Object.defineProperty(navigator, 'vibrate', {
    value: (ms: number) => calls.push(`vibrate ${ms}`) > 0,
  });
  Object.defineProperty(navigator, 'wakeLock', {
    value: {
      request: (type: string) => {
        calls.push(`wake lock ${type}`);
        return Promise.resolve({
          release: () => Promise.resolve(void calls.push('wake lock off')),
        });
      },
    },
  });
  // Each tone, by its pitch, on its way to the real oscillator.
  const start = Reflect.get<OscillatorNode, 'start'>(OscillatorNode.prototype, 'start');
  OscillatorNode.prototype.start = function (this: OscillatorNode) {
    calls.push(`tone ${this.frequency.value}`);
    start.call(this);
  };
}

describe('the cues of the follow-along view', () => {
  it('keeps the screen on, speaks in the page language, beeps and vibrates, each with its off switch', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.createBrowserContext();
    try {
      const page = await phonePage(context);
      await page.evaluateOnNewDocument(recordCues);
      await page.goto(`${url}routines/side-hip-starter/go/`, { waitUntil: 'load' });
      const cues = async () => {
        await new Promise((resolve) => setTimeout(resolve, 500)); // the view redraws every 200 ms
        return page.evaluate(() => (window as unknown as { cues: string[] }).cues.splice(0));
      };
      const advance = (s: number) =>
        page.evaluate(
          (n: number) => (window as unknown as { advance(s: number): void }).advance(n),
          s,
        );
      await page.tap('[data-follow-start]');
      expect(await cues()).toEqual(['wake lock screen', 'hush', 'say en Get warm. Get ready']);
      await advance(5);
      expect(await cues()).toEqual(['tone 880', 'vibrate 200', 'hush', 'say en Warm up. Get warm']);
      // "3, 2, 1" at the end of a timed part, with a short tone each.
      await advance(297);
      expect(await cues()).toEqual(['tone 1000', 'hush', 'say en 3']);

      // Sound off: no tone and no buzz at the next change; the voice goes on.
      await page.tap('[data-follow-sound]');
      await advance(3);
      expect(await cues()).toEqual(['hush', 'say en Hip swing. Get ready. left side']);
      // Voice off: it stops talking at once, and says nothing more.
      await page.tap('[data-follow-voice]');
      expect(await cues()).toEqual(['hush']);
      await advance(5);
      expect(await cues()).toEqual([]);
      expect(await page.$eval('[data-follow-label]', (el) => el.textContent)).toBe('Work');
      // Both choices are kept for the next session.
      await page.reload({ waitUntil: 'load' });
      expect(
        await page.$eval('[data-follow-sound]', (el) => (el as HTMLInputElement).checked),
      ).toBe(false);
      expect(
        await page.$eval('[data-follow-voice]', (el) => (el as HTMLInputElement).checked),
      ).toBe(false);
    } finally {
      await context.close();
    }
  }, 60_000);
});

/** A program for one person: the right side only for the clamshell, with a note. */
const program: ProgramInput = {
  format: 1,
  title: 'Right hip for Sam',
  daysPerWeek: 4,
  warmUp: 'pre-run',
  items: [
    {
      exercise: 'clamshell',
      dose: { sets: 2, reps: 4, restSeconds: 15 },
      side: 'right',
      note: 'Keep your feet together.',
    },
    { exercise: 'hip-flexor-stretch', dose: { sets: 1, holdSeconds: 25 }, side: 'both' },
  ],
};

describe('a program from its link', () => {
  it('starts from the patient page and plays the program with its doses, sides and notes', async () => {
    if (!browser) throw new Error('no browser');
    // Its own storage, so the log of the routine above stays as the tests below expect it.
    const context = await browser.createBrowserContext();
    try {
      const page = await phonePage(context);
      const link = await programFragment(program);
      await page.goto(`${url}program/${link}`, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        document.querySelector('[data-program-start]')?.getAttribute('href')?.includes('#p=1.'),
      );
      await Promise.all([page.waitForNavigation(), page.tap('[data-program-start]')]);
      expect(new URL(page.url()).pathname).toBe(`${site.base}program/go/`);
      expect(new URL(page.url()).hash).toBe(link);
      await page.waitForSelector('[data-follow-start]:not([hidden])');
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Right hip for Sam');
      // The warm-up first; then the program's exercises with its dose and note, the side named.
      const steps = await page.$$eval('[data-step]', (items) =>
        items.map((li) =>
          [
            li.querySelector('.follow__where')?.textContent,
            li.querySelector('.exercise-card__name')?.textContent,
            li.querySelector('.exercise-card__dose')?.textContent,
            li.querySelector('.exercise-card__note')?.textContent,
          ].join(' | '),
        ),
      );
      expect(steps).toEqual([
        'Warm up · 1 of 4 | Get warm | 5 minutes. | ',
        'Warm up · 2 of 4 | Hip swing | 1 set of 10 on each side. | ',
        'Main exercises · 3 of 4 | Clamshell | 2 sets of 4, once a day, 4 days a week. Rest 15 seconds between sets. | Do this on your right side only. Keep your feet together.',
        'Main exercises · 4 of 4 | Hip flexor stretch | 1 hold of 25 seconds on each side, once a day, 4 days a week. | ',
      ]);
      // Each exercise's figure, the same as on a routine's view.
      const figuresOf = (on: Page) =>
        on.$$eval('[data-step] .exercise-card', (cards) =>
          cards.map(
            (card) =>
              [
                card.querySelector('.exercise-card__name')?.textContent ?? '',
                card.querySelector('.exercise-card__figure')?.innerHTML ?? '',
              ] as const,
          ),
        );
      const programFigures = await figuresOf(page);
      // (The fixture draws the hip flexor stretch; the others have no picture.)
      expect(programFigures.filter(([, figure]) => figure.includes('<img'))).toHaveLength(1);
      const routinePage = await newPage(context);
      await routinePage.goto(`${url}routines/side-hip-starter/go/`, { waitUntil: 'load' });
      const routineFigures = new Map(await figuresOf(routinePage));
      await routinePage.close();
      for (const [name, figure] of programFigures.slice(1))
        expect(figure, name).toBe(routineFigures.get(name));

      await page.tap('[data-follow-start]');
      expect(await axeViolations(page)).toEqual([]);
      const seen = await playThrough(page);
      expect(seen.filter((line) => !/\| tap [1-9]/.test(line))).toEqual([
        'Get warm | Get ready | Get into position | 0:05',
        'Get warm | Warm up | Get warm | 5:00',
        'Hip swing | Get ready | Get into position | 0:05',
        'Hip swing | Work | Set 1 of 1 · left side · 10 reps | tap 0 of 10',
        'Hip swing | Switch sides | Set 1 of 1 · right side next | 0:05',
        'Hip swing | Work | Set 1 of 1 · right side · 10 reps | tap 0 of 10',
        // The right side only, named in every set.
        'Clamshell | Get ready | Get into position | 0:05',
        'Clamshell | Work | Set 1 of 2 · right side · 4 reps | tap 0 of 4',
        'Clamshell | Rest | Set 2 of 2 next | 0:15',
        'Clamshell | Work | Set 2 of 2 · right side · 4 reps | tap 0 of 4',
        'Hip flexor stretch | Get ready | Get into position | 0:05',
        'Hip flexor stretch | Hold | Set 1 of 1 · left side · hold 25 s | 0:25',
        'Hip flexor stretch | Switch sides | Set 1 of 1 · right side next | 0:05',
        'Hip flexor stretch | Hold | Set 1 of 1 · right side · hold 25 s | 0:25',
      ]);
      await page.tap('.pain-scale__choice--green input');
      await page.tap('.effort-scale label:nth-of-type(2) input');
      expect(await axeViolations(page)).toEqual([]);
      await page.tap('.follow__end button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('[data-follow-saved]')?.textContent);
      await page.tap('.follow__end a');
      await page.waitForSelector('[data-log-list] li');
      expect(await page.$eval('[data-log-list] li', (el) => el.textContent)).toContain(
        'Right hip for Sam',
      );
      // Its days a week came with the session: the log page knows only the routines.
      expect(await page.$eval('[data-log-days]', (el) => el.textContent)).toContain(
        'Right hip for Sam: 1 of 4 days this week',
      );
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('with the network off after one visit', () => {
  it('loads and works: home, a routine, an exercise, the follow-along view, the log, and files opened before', async () => {
    const page = await phonePage();
    await page.goto(url, { waitUntil: 'load' });
    await offlineReady(page);
    // Handout and deck files, copied in after the site's build as the build's later steps do:
    // kept when first opened, not before.
    await mkdir(path.join(site.root, 'handouts'));
    await mkdir(path.join(site.root, 'decks'));
    await writeFile(
      path.join(site.root, 'handouts/side-hip-starter-letter.pdf'),
      '%PDF-1.7 opened',
    );
    await writeFile(path.join(site.root, 'handouts/side-hip-starter-a4.pdf'), '%PDF-1.7 never');
    await writeFile(path.join(site.root, 'decks/side-hip-starter.html'), deckPage);
    const fetched = (file: string) =>
      page.evaluate(
        (address: string) =>
          fetch(address).then(
            async (response) => `${response.status} ${await response.text()}`,
            () => 'failed',
          ),
        `${url}${file}`,
      );
    expect(await fetched('handouts/side-hip-starter-letter.pdf')).toBe('200 %PDF-1.7 opened');
    await page.goto(`${url}decks/side-hip-starter.html`, { waitUntil: 'load' });
    // The clinician's builder is kept when opened, not before.
    await page.goto(`${url}builder/`, { waitUntil: 'load' });
    // A page not in the precache (at 100× the content, a finder over its 4 MiB limit): kept when
    // opened, for any query.
    await mkdir(path.join(site.root, 'too-big'));
    await writeFile(path.join(site.root, 'too-big/index.html'), bigPage);
    await page.goto(`${url}too-big/?level=beginner`, { waitUntil: 'load' });

    await server.close();
    await page.setOfflineMode(true);
    try {
      const got = await responses(page, async () => {
        await page.goto(url, { waitUntil: 'load' });
        expect(await page.$eval('h1', (el) => el.textContent)).not.toBe('');
        // The finder filters in the page; its query gets the one kept page.
        await page.goto(`${url}?level=beginner`, { waitUntil: 'load' });
        await page.goto(`${url}routines/side-hip-starter/`, { waitUntil: 'load' });
        expect(await page.$eval('h1', (el) => el.textContent)).toBe(
          'Build strong side hips at home',
        );
        await page.goto(`${url}exercises/clamshell/`, { waitUntil: 'load' });
        expect(await page.$eval('h1', (el) => el.textContent)).toContain('Clamshell');
        await page.goto(`${url}routines/side-hip-starter/go/`, { waitUntil: 'load' });
        // Its figures, files of their own (the moving one and the stills), are kept too.
        const figures = await page.$$eval('[data-step] .exercise-card__figure img', (images) =>
          images.map((image) => image.complete && image.naturalWidth > 0),
        );
        expect(figures.length).toBeGreaterThanOrEqual(3);
        expect(figures.every(Boolean)).toBe(true);
        await page.tap('[data-follow-start]');
        await page.evaluate(() => (window as unknown as { advance(s: number): void }).advance(5));
        await page.waitForFunction(
          () => document.querySelector('[data-follow-label]')?.textContent === 'Warm up',
        );
        await page.goto(`${url}log/`, { waitUntil: 'load' });
        await page.waitForSelector('[data-log-list] li');
        // A program's follow-along view, from its link.
        await page.goto(`${url}program/go/${await programFragment(program)}`, {
          waitUntil: 'load',
        });
        await page.waitForSelector('[data-follow-start]:not([hidden])');
        // Its exercises' parts and cards were precached: every card there, nothing said missing.
        expect(
          await page.$$eval('[data-follow-steps] .exercise-card__name', (names) =>
            names.map((name) => name.textContent.trim()),
          ),
        ).toEqual(['Get warm', 'Hip swing', 'Clamshell', 'Hip flexor stretch']);
        expect(
          await page.$eval('[data-program-problems-box]', (el) => el.hasAttribute('hidden')),
        ).toBe(true);
        await page.goto(`${url}too-big/?level=advanced`, { waitUntil: 'load' });
        expect(await page.$eval('h1', (el) => el.textContent)).toBe('Too big to precache');
        await page.goto(`${url}decks/side-hip-starter.html`, { waitUntil: 'load' });
        expect(await page.$eval('h1', (el) => el.textContent)).toBe('Deck kept');
        await page.goto(`${url}builder/`, { waitUntil: 'load' });
        expect(await page.$('[data-builder-start]')).not.toBeNull();
        expect(await fetched('handouts/side-hip-starter-letter.pdf')).toBe('200 %PDF-1.7 opened');
      });
      // Pages, scripts, styles and fonts, all from the service worker's cache; nothing failed.
      expect(got.filter((line) => !line.endsWith(' kept'))).toEqual([]);
      expect(got).toContain(`${site.base}exercises/clamshell/ kept`);
      expect(got).toContain(`${site.base}decks/side-hip-starter.html kept`);
      expect(got).toContain(`${site.base}builder/ kept`);
      expect(got).toContain(`${site.base}program/cards/clamshell.json kept`);
      expect(got).toContain(`${site.base}builder/exercises/clamshell.json kept`);
      expect(got).toContain(`${site.base}too-big/ kept`);
      expect(got.some((line) => /\/_astro\/.*\.woff2 kept$/.test(line))).toBe(true);
      expect(got.some((line) => /\/figures\/[^/]+\.svg kept$/.test(line))).toBe(true);
      // A handout never opened was not kept.
      expect(await fetched('handouts/side-hip-starter-a4.pdf')).toBe('failed');
    } finally {
      await page.setOfflineMode(false);
      server = await startStaticServer(
        { root: site.root, base: site.base },
        Number(new URL(url).port),
      );
    }
    await page.close();
  }, 120_000);
});

const deckPage = '<!doctype html><html lang="en"><title>Deck</title><h1>Deck kept</h1></html>';
const bigPage =
  '<!doctype html><html lang="en"><title>Big</title><h1>Too big to precache</h1></html>';

describe('the log page', () => {
  it('saves the log as a file, deletes it all, and adds the sessions back from the file', async () => {
    const page = await newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.goto(`${url}log/`, { waitUntil: 'load' });
    const sessions = () => page.$$eval('[data-log-list] li', (items) => items.length);
    const status = () => page.$eval('[data-log-status]', (el) => el.textContent);
    expect(await sessions()).toBe(1);

    await page.click('[data-log-export]');
    const file = await waitForFile(downloads);
    expect(path.basename(file)).toMatch(/^my-log-\d{4}-\d\d-\d\d\.json$/);
    expect(await readFile(file, 'utf8')).toContain('side-hip-starter');

    await page.click('[data-log-delete]');
    expect(await status()).toBe('Your log is empty now.');
    expect(await page.$eval('[data-log-none]', (el) => (el as HTMLElement).hidden)).toBe(false);

    const wrong = path.join(downloads, 'wrong.json');
    await writeFile(wrong, '{"not": "a log"}');
    const input = (await page.$('[data-log-import]')) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(wrong);
    await page.waitForFunction(() =>
      document.querySelector('[data-log-status]')?.textContent.includes('not a log'),
    );
    expect(await sessions()).toBe(0);

    await input?.uploadFile(file);
    await page.waitForFunction(() =>
      document.querySelector('[data-log-status]')?.textContent.includes('added'),
    );
    expect(await status()).toBe('1 sessions added.');
    await page.reload({ waitUntil: 'load' });
    expect(await sessions()).toBe(1);
    await page.close();
  }, 60_000);
});

/** The one file the browser downloaded into `folder`, once it is complete. */
async function waitForFile(folder: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const done = (await readdir(folder)).filter((f) => f.endsWith('.json') && f !== 'wrong.json');
    if (done[0]) return path.join(folder, done[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('nothing was downloaded');
}

describe('installing the site', () => {
  it('has a manifest Chromium can install from, icons and a favicon, and asks nothing outside the site', async () => {
    const page = await newPage();
    await page.goto(url, { waitUntil: 'load' });
    await offlineReady(page);
    const cdp = await page.createCDPSession();
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as {
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.start_url).toBe(site.base);
    expect(manifest.scope).toBe(site.base);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // Each PNG icon is a PNG of the size the manifest says.
    for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
      const size = await page.evaluate(async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    const favicon = await page.evaluate(async (src: string) => {
      const response = await fetch(src);
      return `${response.status} ${response.headers.get('content-type')}`;
    }, `${site.base}favicon.ico`);
    expect(favicon).toBe('200 image/x-icon');
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('a new build', () => {
  it('is picked up on the next visit, with a note, and only when the visitor reloads', async () => {
    const page = await newPage();
    await page.goto(url, { waitUntil: 'load' });
    await offlineReady(page);
    // A new build whose home page changed: a new page, and the service worker's new list.
    const home = path.join(site.root, 'index.html');
    const worker = path.join(site.root, 'sw.js');
    const oldHome = await readFile(home, 'utf8');
    const newHome = oldHome.replace('</main>', '<p id="new-build">New build</p></main>');
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    await writeFile(home, newHome);
    const sw = await readFile(worker, 'utf8');
    expect(sw).toContain(md5(oldHome));
    await writeFile(worker, sw.replace(md5(oldHome), md5(newHome)));

    await page.reload({ waitUntil: 'load' });
    const note = '[data-update-body]';
    await page.waitForSelector(`${note}:not([hidden])`);
    expect(await page.$eval(note, (el) => el.textContent)).toContain('A new version is ready.');
    // Until the visitor chooses, every page is still the old build.
    expect(await page.$('#new-build')).toBeNull();
    await page.reload({ waitUntil: 'load' });
    expect(await page.$('#new-build')).toBeNull();
    await page.waitForSelector(`${note}:not([hidden])`);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click(`${note} button`),
    ]);
    expect(await page.$eval('#new-build', (el) => el.textContent)).toBe('New build');
    expect(await page.$eval(note, (el) => (el as HTMLElement).hidden)).toBe(true);
    await page.close();
  }, 60_000);
});
