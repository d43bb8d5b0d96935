/**
 * Class mode as a coach runs it, in real Chromium from file:// on a clock the test moves: a circuit
 * through three exercises with the figure and cue words in view the whole time, moving on at the
 * end of an exercise, the presenter's settings, the black screen, the timer button on a touch
 * screen, and axe on a deck in class mode.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { buildFixtureDecks, currentSlide, openDeck, type BuiltDecks } from './fixture.ts';

/** Three exercises with figures (from the six-exercise library), a text slide between them, twice round. */
const circuitYaml = `title: Hip circuit
audience: A running club
summary: Three moves for strong hips, twice round.
circuit: { work: 40, rest: 20, rounds: 2 }
minutes: 30
slides:
  - kind: title
    title: Hip circuit
  - kind: exercise
    exercise: glute-bridge
  - kind: text
    title: Have a sip of water when you need it
    bullets: [Rest longer if you need to.]
  - kind: exercise
    exercise: clamshell
  - kind: exercise
    exercise: side-leg-raise
`;

let browser: BrowserContext;
let context: BrowserContext;
let decks: BuiltDecks;
let work: string;

beforeAll(async () => {
  work = await tempWorkFolder('decks-class');
  decks = await buildFixtureDecks(work, {
    overlay: path.join(projectRoot, 'test/handouts/fixtures/six-exercises'),
    more: { circuit: circuitYaml },
  });
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});
// A fresh profile for each test: the coach's settings are kept in the browser's storage.
beforeEach(async () => {
  context = await browser.browser().createBrowserContext();
});
afterEach(async () => {
  await context.close();
});

interface Shown {
  slide: number;
  label: string;
  clock: string;
  detail: string;
}

/** What the class sees: the slide and the timer band. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent.trim() ?? '';
    return {
      slide: Number(document.querySelector('.slide.is-current')?.id.replace('slide-', '')),
      label: text('[data-timer-label]'),
      clock: text('[data-timer-clock]'),
      detail: text('[data-timer-detail]'),
    };
  });
}

/** Waits until the class sees `want` (the clock shows whole seconds, so the wait is exact). */
async function expectShown(page: Page, want: Shown): Promise<void> {
  try {
    await page.waitForFunction(
      (w: Shown) =>
        document.querySelector('.slide.is-current')?.id === `slide-${w.slide}` &&
        document.querySelector('[data-timer-label]')?.textContent === w.label &&
        document.querySelector('[data-timer-clock]')?.textContent === w.clock &&
        document.querySelector('[data-timer-detail]')?.textContent === w.detail,
      { timeout: 5000 },
      want,
    );
  } catch {
    expect(await shown(page)).toEqual(want); // fails with what was on screen instead
  }
}

/**
 * Problems with what the class can see of the exercise: the figure and the cue words must be on
 * the slide, above the timer band, and on top (nothing drawn over their middle).
 */
function hidden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide.is-current');
    const panel = document.querySelector<HTMLElement>('[data-timer-panel]');
    if (!slide || !panel) return ['no slide or timer'];
    const band = panel.hidden ? Infinity : panel.getBoundingClientRect().top;
    const edge = slide.getBoundingClientRect();
    return [
      '.exercise-card__figure svg',
      '.exercise-card__cues li',
      '.exercise-card__stop li',
    ].flatMap((selector) => {
      // Only what is drawn: the stills wait hidden behind the moving figure (shown for reduced motion).
      const parts = Array.from(slide.querySelectorAll(selector)).filter(
        (part) => part.getClientRects().length > 0,
      );
      if (parts.length === 0) return [`${slide.id}: no ${selector}`];
      return parts.flatMap((part) => {
        const box = part.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const onTop = document.elementFromPoint(x, y);
        const problems = [
          box.height < 10 ? 'too small to see' : '',
          box.top < edge.top || box.bottom > edge.bottom ? 'off the slide' : '',
          box.bottom > band + 1 ? `under the timer (${Math.round(box.bottom - band)} px)` : '',
          onTop && (part === onTop || part.contains(onTop)) ? '' : 'covered',
        ];
        return problems.filter(Boolean).map((p) => `${slide.id} ${selector}: ${p}`);
      });
    });
  });
}

describe('class mode', () => {
  it('runs a circuit through three exercises and two rounds, with the figure in view all the time', async () => {
    const deck = await openDeck(context, decks.url('circuit', '#2'));
    const { page } = deck;
    // Each step: move the clock on, then see the slide and the band, and the figure above it.
    const step = async (ms: number, want: Shown) => {
      await deck.advance(ms);
      await expectShown(page, want);
      expect(await hidden(page)).toEqual([]);
    };
    try {
      expect(await hidden(page)).toEqual([]);
      await page.keyboard.press('t');
      await step(0, {
        slide: 2,
        label: 'Get ready',
        clock: '0:10',
        detail: 'Round 1 of 2 · Get into position',
      });
      await step(10_000, { slide: 2, label: 'Work', clock: '0:40', detail: 'Round 1 of 2 · 40 s' });
      await step(20_000, { slide: 2, label: 'Work', clock: '0:20', detail: 'Round 1 of 2 · 40 s' });
      // Past the text slide to the next exercise, where the class rests and sees what comes.
      await step(20_000, { slide: 4, label: 'Rest', clock: '0:20', detail: 'Round 1 of 2' });
      await step(20_000, {
        slide: 4,
        label: 'Work',
        clock: '0:40',
        detail: 'Round 1 of 2 · left side · 40 s',
      });
      await step(40_000, {
        slide: 4,
        label: 'Switch sides',
        clock: '0:05',
        detail: 'Round 1 of 2 · right side next',
      });
      await step(5000, {
        slide: 4,
        label: 'Work',
        clock: '0:40',
        detail: 'Round 1 of 2 · right side · 40 s',
      });
      await step(40_000, { slide: 5, label: 'Rest', clock: '0:20', detail: 'Round 1 of 2' });
      await step(20_000, {
        slide: 5,
        label: 'Work',
        clock: '0:40',
        detail: 'Round 1 of 2 · left side · 40 s',
      });
      await step(45_000, {
        slide: 5,
        label: 'Work',
        clock: '0:40',
        detail: 'Round 1 of 2 · right side · 40 s',
      });
      // Round 2 starts again at the first exercise.
      await step(40_000, { slide: 2, label: 'Rest', clock: '0:20', detail: 'Round 2 of 2' });
      await step(20_000, { slide: 2, label: 'Work', clock: '0:40', detail: 'Round 2 of 2 · 40 s' });
      await step(40_000, { slide: 4, label: 'Rest', clock: '0:20', detail: 'Round 2 of 2' });
      await step(20_000 + 45_000 + 40_000, {
        slide: 5,
        label: 'Rest',
        clock: '0:20',
        detail: 'Round 2 of 2',
      });
      await step(20_000 + 45_000 + 40_000, {
        slide: 5,
        label: 'Done',
        clock: '0:00',
        detail: 'Well done.',
      });
      // Nothing on the class's screen tells them about keys.
      const seen = await page.evaluate(() => document.body.innerText);
      expect(seen).not.toMatch(/Press T|Space:|Esc/);
    } finally {
      await page.close();
    }
  });

  it('moves on to the next exercise at the end of one, and starts it too once the coach chose that', async () => {
    // side-hip-starter: 3 hip swing (1 × 10 each side), 4 clamshell, 5 glute bridge.
    const deck = await openDeck(context, decks.url('side-hip-starter', '#3'));
    const { page } = deck;
    try {
      await page.keyboard.press('t');
      await expectShown(page, {
        slide: 3,
        label: 'Get ready',
        clock: '0:05',
        detail: 'Get into position',
      });
      await deck.advance(5000);
      await expectShown(page, {
        slide: 3,
        label: 'Work',
        clock: '0:30',
        detail: 'Set 1 of 1 · left side · 10 reps',
      });
      await deck.advance(30_000);
      await expectShown(page, {
        slide: 3,
        label: 'Switch sides',
        clock: '0:05',
        detail: 'Set 1 of 1 · right side next',
      });
      await deck.advance(5000);
      await expectShown(page, {
        slide: 3,
        label: 'Work',
        clock: '0:30',
        detail: 'Set 1 of 1 · right side · 10 reps',
      });
      await deck.advance(30_000);
      // On to the clamshell, and the timer waits for the coach.
      await page.waitForFunction(
        () => document.querySelector('.slide.is-current')?.id === 'slide-4',
      );
      expect(await page.$eval('[data-timer-panel]', (el) => (el as HTMLElement).hidden)).toBe(true);

      await page.keyboard.press('a'); // from now on, the next one starts by itself
      await page.keyboard.press('t');
      await deck.advance(5000 + 36_000 + 5000 + 36_000 + 30_000 + 36_000 + 5000);
      await expectShown(page, {
        slide: 4,
        label: 'Work',
        clock: '0:36',
        detail: 'Set 2 of 2 · right side · 12 reps',
      });
      await deck.advance(36_000);
      await expectShown(page, {
        slide: 5,
        label: 'Get ready',
        clock: '0:05',
        detail: 'Get into position',
      });
      expect(await currentSlide(page)).toBe(5);
    } finally {
      await page.close();
    }
  });

  it('takes the get-ready time and the carry-on choice from the presenter view, which shows the keys', async () => {
    const { page } = await openDeck(context, decks.url('side-hip-starter', '#4'));
    try {
      const popup = new Promise<Page | null>((resolve) => page.once('popup', resolve));
      await page.keyboard.press('p');
      const presenter = await popup;
      if (!presenter) throw new Error('no presenter window opened');
      await presenter.waitForSelector('[data-presenter-get-ready]');
      const keys = await presenter.$eval('.presenter__keys', (el) => el.textContent);
      for (const key of ['B: black screen', 'W: white screen', 'L (hold): pointer'])
        expect(keys).toContain(key);
      // The keys are the presenter's: the class's window has no help with them.
      expect(await page.$('[data-help], [data-action="help"]')).toBeNull();
      expect(await page.$eval('.deck', (el) => (el as HTMLElement).innerText)).not.toContain(
        'black screen',
      );
      const field = await presenter.$('[data-presenter-get-ready]');
      await field?.click({ count: 3 });
      await field?.type('12');
      await presenter.keyboard.press('Tab'); // "change" fires when the field is left
      await presenter.click('[data-presenter-carry-on]');
      await presenter.keyboard.press('t');
      await expectShown(page, {
        slide: 4,
        label: 'Get ready',
        clock: '0:12',
        detail: 'Get into position',
      });
      await presenter.waitForFunction(() =>
        document
          .querySelector('[data-presenter-timer]')
          ?.textContent.startsWith('Timer: Get ready 0:1'),
      );
      expect(
        await presenter.$eval(
          '[data-presenter-carry-on]',
          (el) => (el as HTMLInputElement).checked,
        ),
      ).toBe(true);
      // B from the presenter window blacks out the class's screen, and brings it back.
      await presenter.keyboard.press('b');
      await page.waitForSelector('[data-blackout]:not([hidden])');
      const black = await page.$eval('[data-blackout]', (el) => {
        const box = el.getBoundingClientRect();
        return [box.width, box.height, getComputedStyle(el).backgroundColor];
      });
      expect(black).toEqual([1280, 720, 'rgb(0, 0, 0)']);
      await presenter.waitForFunction(() =>
        document.querySelector('[data-presenter-screen]')?.textContent.includes('black'),
      );
      await page.keyboard.press('b');
      await page.waitForSelector('[data-blackout][hidden]');
      // W from the presenter window whites it out, and says so there.
      await presenter.keyboard.press('w');
      await page.waitForSelector('[data-whiteout]:not([hidden])');
      await presenter.waitForFunction(() =>
        document.querySelector('[data-presenter-screen]')?.textContent.includes('white'),
      );
      await presenter.keyboard.press('w');
      await page.waitForSelector('[data-whiteout][hidden]');
      await presenter.close();
    } finally {
      await page.close();
    }
  });

  it('gives the notes the full height of a 1024 × 600 presenter view, with a clock and time against the target', async () => {
    const { page, advance } = await openDeck(context, decks.url('circuit', '?presenter#2'), {
      width: 1024,
      height: 600,
    });
    try {
      await page.waitForSelector('[data-presenter-notes] .notes__head');
      const layout = await page.evaluate(() => {
        const box = (selector: string) => {
          const rect = document.querySelector(selector)?.getBoundingClientRect();
          return rect ? { top: rect.top, bottom: rect.bottom, height: rect.height } : null;
        };
        return {
          notes: box('[data-presenter-notes]'),
          current: box('[data-presenter-current]'),
          clock: document.querySelector('[data-presenter-clock]')?.textContent ?? '',
          elapsed: document.querySelector('[data-presenter-elapsed]')?.textContent ?? '',
        };
      });
      // Before: 210 px of notes under the next slide. Now they run from the top of the current
      // slide to the buttons.
      expect(layout.notes?.height).toBeGreaterThan(360);
      expect(layout.notes?.top).toBeLessThanOrEqual(layout.current?.top ?? 0);
      expect(layout.clock).toMatch(/^\d{1,2}:\d{2}/);
      expect(layout.elapsed).toBe('Time 0:00:00 · 30 min left of 30');
      // The time spent follows the test's clock (it ticks each second of real time).
      await advance(90_000);
      await page.waitForFunction(
        () =>
          document.querySelector('[data-presenter-elapsed]')?.textContent ===
          'Time 0:01:30 · 29 min left of 30',
      );
    } finally {
      await page.close();
    }
  });

  it('shows a timer button on a touch screen, on exercise slides only', async () => {
    const phone = { width: 390, height: 844, isMobile: true, hasTouch: true };
    const { page } = await openDeck(context, decks.url('circuit', '#1'), phone);
    const button = () =>
      page.$eval('[data-timer-button]', (el) => {
        const box = el.getBoundingClientRect();
        const visible = box.width > 0 && getComputedStyle(el).visibility === 'visible';
        return visible ? el.textContent : null;
      });
    try {
      expect(await button()).toBe(null);
      await page.evaluate(() => (location.hash = '#2'));
      await page.waitForFunction(
        () => document.querySelector('.slide.is-current')?.id === 'slide-2',
      );
      expect(await button()).toBe('Start timer');
      await page.tap('[data-timer-button]');
      await expectShown(page, {
        slide: 2,
        label: 'Get ready',
        clock: '0:10',
        detail: 'Round 1 of 2 · Get into position',
      });
      expect(await button()).toBe('Pause timer');
      await page.tap('[data-timer-button]');
      expect(await button()).toBe('Go on');
      await page.tap('[data-timer-stop]');
      expect(await page.$eval('[data-timer-panel]', (el) => (el as HTMLElement).hidden)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('has no axe violations (WCAG 2.2 AA) with a circuit running, its buttons and a paused timer', async () => {
    const { page } = await openDeck(context, decks.url('circuit', '#4'));
    try {
      await page.mouse.move(600, 300); // shows the controls and the timer buttons
      await page.keyboard.press('t');
      await page.waitForSelector('[data-timer-panel]:not([hidden])');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press(' ');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
