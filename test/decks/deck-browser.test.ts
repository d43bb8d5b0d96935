/** The deck as a coach uses it, in real Chromium, opened from file:// with nothing else reachable. */
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { tempWorkFolder } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { buildFixtureDecks, currentSlide, openDeck, type BuiltDecks } from './fixture.ts';

let browser: BrowserContext;
let decks: BuiltDecks;
let work: string;

beforeAll(async () => {
  work = await tempWorkFolder('decks-browser');
  decks = await buildFixtureDecks(work);
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent.trim());

describe('a deck in the browser', () => {
  it('goes to slide 2 on ArrowRight and puts #2 in the address', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter'));
    try {
      expect(await currentSlide(page)).toBe(1);
      await page.keyboard.press('ArrowRight');
      expect(await currentSlide(page)).toBe(2);
      expect(await page.evaluate(() => location.hash)).toBe('#2');
      await page.keyboard.press('End');
      expect(await page.evaluate(() => location.hash)).toBe('#8');
      await page.keyboard.press('PageUp');
      await page.keyboard.press('Home');
      expect(await currentSlide(page)).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('moves on a swipe and goes to a slide picked in the overview', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter'));
    try {
      await page.setViewport({ width: 1280, height: 720, hasTouch: true });
      await page.touchscreen.touchStart(900, 400);
      await page.touchscreen.touchMove(500, 410);
      await page.touchscreen.touchEnd();
      expect(await currentSlide(page)).toBe(2);
      await page.keyboard.press('o');
      expect(await page.$eval('.deck', (el) => el.classList.contains('is-overview'))).toBe(true);
      await page.click('#slide-5');
      expect(await currentSlide(page)).toBe(5);
      expect(await page.$eval('.deck', (el) => el.classList.contains('is-overview'))).toBe(false);
      expect(await page.evaluate(() => location.hash)).toBe('#5');
    } finally {
      await page.close();
    }
  });

  it('whites the screen out on W (and B swaps it for black), and W again brings the slide back', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter', '#2'));
    try {
      const covers = () =>
        page.evaluate(() =>
          ['[data-blackout]', '[data-whiteout]'].map((selector) => {
            const el = document.querySelector<HTMLElement>(selector);
            if (!el || el.hidden) return null;
            const box = el.getBoundingClientRect();
            return [box.width, box.height, getComputedStyle(el).backgroundColor];
          }),
        );
      await page.keyboard.press('w');
      expect(await covers()).toEqual([null, [1280, 720, 'rgb(255, 255, 255)']]);
      await page.keyboard.press('b');
      expect(await covers()).toEqual([[1280, 720, 'rgb(0, 0, 0)'], null]);
      await page.keyboard.press('w');
      await page.keyboard.press('w');
      expect(await covers()).toEqual([null, null]);
      expect(await currentSlide(page)).toBe(2);
    } finally {
      await page.close();
    }
  });

  it('shows a pointer that follows the mouse while L is held, or a finger held on the screen', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter', '#2'));
    try {
      const dot = () =>
        page.$eval('.laser', (el) => {
          if ((el as HTMLElement).hidden) return null;
          const box = el.getBoundingClientRect();
          return [box.x + box.width / 2, box.y + box.height / 2];
        });
      await page.mouse.move(300, 200);
      expect(await dot()).toBeNull();
      await page.keyboard.down('l');
      expect(await dot()).toEqual([300, 200]);
      await page.mouse.move(700, 500);
      expect(await dot()).toEqual([700, 500]);
      await page.keyboard.up('l');
      expect(await dot()).toBeNull();
      // A finger: held still for a moment, then moved; lifting it is not a swipe.
      await page.setViewport({ width: 1280, height: 720, hasTouch: true });
      await page.touchscreen.touchStart(900, 400);
      await page.waitForSelector('.laser:not([hidden])');
      await page.touchscreen.touchMove(500, 300);
      expect(await dot()).toEqual([500, 300]);
      await page.touchscreen.touchEnd();
      expect(await dot()).toBeNull();
      expect(await currentSlide(page)).toBe(2);
      // A quick swipe still moves on.
      await page.touchscreen.touchStart(900, 400);
      await page.touchscreen.touchMove(500, 410);
      await page.touchscreen.touchEnd();
      expect(await currentSlide(page)).toBe(3);
      expect(await dot()).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('opens a deep link at that slide, and follows a changed address', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter', '#4'));
    try {
      expect(await currentSlide(page)).toBe(4);
      expect(await text(page, '.slide.is-current .slide__title')).toBe('Clamshell');
      await page.evaluate(() => (location.hash = '#6'));
      await page.waitForFunction(
        () => document.querySelector('.slide.is-current')?.id === 'slide-6',
      );
    } finally {
      await page.close();
    }
  });

  it('opens the presenter view, which follows the slides and moves them', async () => {
    const { page } = await openDeck(browser, decks.url('side-hip-starter'));
    try {
      const popup = new Promise<Page | null>((resolve) => page.once('popup', resolve));
      await page.keyboard.press('p');
      const presenter = await popup;
      if (!presenter) throw new Error('no presenter window opened');
      const position = () => presenter.$eval('[data-presenter-position]', (el) => el.textContent);
      await presenter.waitForSelector('[data-presenter-position]');
      expect(await position()).toBe('Slide 1 of 8: Build strong side hips at home');
      expect(await text(presenter, '[data-presenter-next] .slide__title')).toBe('Warm up first');
      expect(await text(presenter, '[data-presenter-notes] .notes__head')).toBe(
        'Notes for slide 1: Build strong side hips at home',
      );

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await presenter.waitForFunction(() =>
        document.querySelector('[data-presenter-position]')?.textContent.startsWith('Slide 3 of 8'),
      );
      expect(await text(presenter, '[data-presenter-current] .slide__title')).toBe('Hip swing');
      expect(await text(presenter, '[data-presenter-notes]')).toContain(
        'Stand tall next to a wall',
      );

      await presenter.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#4');
      expect(await currentSlide(page)).toBe(4);
      await presenter.close();
    } finally {
      await page.close();
    }
  });

  it('runs the interval timer on an exercise slide: counts down, then work → switch → rest', async () => {
    const deck = await openDeck(browser, decks.url('side-hip-starter', '#4'));
    const { page } = deck;
    const shown = async () => ({
      label: await text(page, '[data-timer-label]'),
      clock: await text(page, '[data-timer-clock]'),
    });
    const waitFor = (label: string, clock: string) =>
      page.waitForFunction(
        (l, c) =>
          document.querySelector('[data-timer-label]')?.textContent === l &&
          document.querySelector('[data-timer-clock]')?.textContent === c,
        {},
        label,
        clock,
      );
    try {
      expect(await page.$eval('[data-timer-panel]', (el) => (el as HTMLElement).hidden)).toBe(true);
      await page.keyboard.press('t');
      expect(await shown()).toEqual({ label: 'Get ready', clock: '0:05' });
      await deck.advance(2000);
      await waitFor('Get ready', '0:03');
      await deck.advance(3000);
      await waitFor('Work', '0:36');
      expect(await text(page, '[data-timer-detail]')).toBe('Set 1 of 2 · left side · 12 reps');
      await deck.advance(36_000);
      await waitFor('Switch sides', '0:05');
      await deck.advance(5000 + 36_000);
      await waitFor('Rest', '0:30');
      expect(await page.$eval('[data-timer-panel]', (el) => el.className)).toBe(
        'timer timer--rest',
      );
      await page.keyboard.press(' '); // pauses rather than moving on
      await deck.advance(10_000);
      await waitFor('Rest · paused', '0:30');
      expect(await currentSlide(page)).toBe(4);
      await page.keyboard.press('Escape');
      expect(await page.$eval('[data-timer-panel]', (el) => (el as HTMLElement).hidden)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('loads nothing but the deck file itself and data: URIs', async () => {
    for (const plan of decks.plans) {
      const { page, requests } = await openDeck(browser, decks.url(plan.id));
      try {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        for (let i = 1; i < plan.slides.length; i++) await page.keyboard.press('ArrowRight');
        const file = decks.url(plan.id);
        const outside = requests.filter((r) => !r.startsWith('data:') && !r.startsWith(file));
        expect(outside).toEqual([]);
        expect(requests[0]).toBe(file);
        // The fonts really are embedded: the page renders in Atkinson Hyperlegible.
        expect(
          await page.evaluate(() => document.fonts.check('700 40px "Atkinson Hyperlegible"')),
        ).toBe(true);
      } finally {
        await page.close();
      }
    }
  });

  it('has no axe violations (WCAG 2.2 AA) on any slide, the controls, the timer or the pointer', async () => {
    const { page } = await openDeck(browser, decks.url('talk', '#7'));
    try {
      // Every slide at once (the page as it is without the runtime).
      await page.evaluate(() => document.documentElement.classList.remove('js'));
      expect(await axeViolations(page)).toEqual([]);
      // The slide show with its controls, the timer and the pointer showing.
      await page.evaluate(() => document.documentElement.classList.add('js'));
      await page.mouse.move(600, 300);
      await page.keyboard.press('t');
      await page.keyboard.down('l');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.up('l');
      // The presenter window.
      await page.keyboard.press('Escape');
      const popup = new Promise<Page | null>((resolve) => page.once('popup', resolve));
      await page.keyboard.press('p');
      const presenter = await popup;
      if (!presenter) throw new Error('no presenter window opened');
      await presenter.waitForSelector('[data-presenter-notes] .notes__head');
      expect(await axeViolations(presenter)).toEqual([]);
      await presenter.close();
    } finally {
      await page.close();
    }
  });
});
