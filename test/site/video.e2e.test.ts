/**
 * A clinic's own video on the website (issue 16, item 5): the exercise page, the routine page's
 * card and the follow-along view show `<video controls preload="metadata">` with its poster, its
 * source and its captions, all files of the site written once (`figures/`), with the credit in view;
 * nothing plays by itself, nothing is asked of another host, and the video plays when told.
 * Content: the valid library with a real 2.5 s WebM for the clamshell (test/fixtures/video/).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from '../../src/pdf/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

const credit = 'Video: Riverside Physio Clinic, Own work';
const alt = 'The top knee lifts and lowers while the feet stay together.';

let content: string;
let browser: BrowserContext;
let site: TestSite;

beforeAll(async () => {
  content = await fixtureLibrary('video');
  browser = await testBrowser();
  site = await buildAndServe('video-site', content);
});
afterAll(async () => {
  await site.close();
  await releaseBrowser(browser);
  await removeFixture(content);
});

/** The clamshell's video as the page has it. */
const videoOf = (page: Page) =>
  page.$eval('[data-figure-slot="clamshell"] video', (video) => ({
    label: video.getAttribute('aria-label'),
    controls: video.controls,
    autoplay: video.autoplay,
    paused: video.paused,
    muted: video.muted,
    preload: video.getAttribute('preload'),
    poster: video.getAttribute('poster') ?? '',
    size: [video.getAttribute('width'), video.getAttribute('height')],
    sources: [...video.querySelectorAll('source')].map((s) => [s.getAttribute('src'), s.type]),
    tracks: [...video.querySelectorAll('track')].map((t) => [
      t.getAttribute('src'),
      t.kind,
      t.label,
    ]),
    credit: video.closest('figure')?.querySelector('figcaption')?.textContent,
    creditShown: (video.closest('figure')?.querySelector('figcaption')?.clientHeight ?? 0) > 0,
  }));

/** Plays the clamshell's video and says how far it got in a second. */
const playFor = (page: Page, ms: number) =>
  page.$eval(
    '[data-figure-slot="clamshell"] video',
    async (video, ms) => {
      video.muted = true;
      await video.play();
      await new Promise((resolve) => setTimeout(resolve, ms));
      video.pause();
      return video.currentTime;
    },
    ms,
  );

describe('a clinic video on the website', () => {
  it('shows on the exercise page with its poster, source, captions and credit, plays, and passes axe', async () => {
    await withPage(browser, async (page) => {
      const outside = watchRequests(page, site.url);
      const response = await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const video = await videoOf(page);
      const figures = `${site.base}figures/`;
      expect(video).toEqual({
        label: alt,
        controls: true,
        autoplay: false,
        paused: true,
        muted: false,
        preload: 'metadata',
        poster: expect.stringMatching(/figures\/clamshell-picture-1-[\w-]{10}\.png$/) as string,
        size: ['160', '120'],
        sources: [
          [expect.stringMatching(/figures\/clamshell-video-1-[\w-]{10}\.webm$/), 'video/webm'],
        ],
        tracks: [
          [
            expect.stringMatching(/figures\/clamshell-captions-1-[\w-]{10}\.vtt$/),
            'captions',
            'Captions',
          ],
        ],
        credit,
        creditShown: true,
      });
      // Each file is the fixture's own bytes, written once under figures/.
      const name = (href: string | null) => (href ?? '').slice(figures.length);
      const written = await readdir(path.join(site.root, 'figures'));
      for (const [href, original] of [
        [video.poster, 'clamshell.png'],
        [video.sources[0]?.[0] ?? '', 'clamshell.webm'],
        [video.tracks[0]?.[0] ?? '', 'clamshell.vtt'],
      ] as const) {
        expect(written).toContain(name(href));
        expect(await readFile(path.join(site.root, 'figures', name(href)))).toEqual(
          await readFile(path.join(content, 'media', original)),
        );
      }
      expect(await playFor(page, 1000)).toBeGreaterThan(0.3);
      expect(await axeViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    });
  });

  it('shows on the routine page card and, muted, in the follow-along view', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`${site.url}routines/side-hip-starter/`, { waitUntil: 'load' });
      const onRoutine = await videoOf(page);
      expect(onRoutine.sources[0]?.[0]).toMatch(/clamshell-video-1-/);
      expect(onRoutine.paused).toBe(true);
      await page.goto(`${site.url}routines/side-hip-starter/go/`, { waitUntil: 'load' });
      const following = await videoOf(page);
      expect(following.sources).toEqual(onRoutine.sources);
      expect(following.muted).toBe(true);
      expect(following.autoplay).toBe(false);
    });
  });

  it('prints the poster with the credit, not an empty player', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      await page.emulateMediaType('print');
      const printed = await page.$eval('[data-figure-slot="clamshell"] figure', (figure) => ({
        video: figure.querySelector('video')?.getBoundingClientRect().width,
        poster: figure.querySelector('img')?.getBoundingClientRect().width ?? 0,
        loaded: (figure.querySelector('img')?.naturalWidth ?? 0) > 0,
        alt: figure.querySelector('img')?.alt,
        credit: figure.querySelector('figcaption')?.textContent,
      }));
      expect(printed).toEqual({
        video: 0,
        poster: expect.any(Number) as number,
        loaded: true,
        alt,
        credit,
      });
      expect(printed.poster).toBeGreaterThan(100);
    });
  });

  it('does not play by itself when the device asks for less motion', async () => {
    await withPage(browser, async (page) => {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${site.url}exercises/clamshell/`, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const video = await videoOf(page);
      expect([video.autoplay, video.paused]).toEqual([false, true]);
      expect(await page.$eval('[data-figure-slot="clamshell"] video', (v) => v.currentTime)).toBe(
        0,
      );
    });
  });
});
