/**
 * A clinic's video in a deck (issue 16, item 5; Done-when: "A deck with an embedded video plays
 * offline from file://"). The one-file deck carries a video up to limits.deckVideoMegabytes as a
 * data: URI, so it plays from file:// with every other request refused; a larger one is written
 * beside the deck (`<deck>.media/`), `npm run deck` says so, and the deck plays it from there.
 * Nothing plays by itself. The slide PDF shows the poster with its credit, as does the handout.
 * Content: the valid library with a real 2.5 s WebM for the clamshell (test/fixtures/video/).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workUnits, type WorkUnit } from '../../src/build/shards.ts';
import { writeDeck } from '../../src/decks/build.ts';
import { allDecks } from '../../src/decks/plan.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { templateEnv } from '../../src/render/env.ts';
import { axeViolations } from '../helpers/axe.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { printDecks } from './fixture.ts';

const credit = 'Video: Riverside Physio Clinic, Own work';

let browser: BrowserContext;
let content: string;
let work: string;

beforeAll(async () => {
  content = await fixtureLibrary('video');
  work = await tempWorkFolder('deck-video');
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

/**
 * Opens a deck file at its video's slide, offline: only file: and data: addresses are let through
 * (the refused ones are listed).
 */
async function openAtVideo(file: string): Promise<{ page: Page; refused: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewport({ width: 1280, height: 720 });
  const refused: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:') || url.startsWith('data:')) void request.continue();
    else {
      refused.push(url);
      void request.abort('internetdisconnected');
    }
  });
  const html = await readFile(file, 'utf8');
  const slide = /<section[^>]*id="slide-(\d+)"(?:(?!<section)[\s\S])*?<video/.exec(html)?.[1];
  if (!slide) throw new Error(`no video slide in ${file}`);
  await page.goto(`${pathToFileURL(file).href}#${slide}`, { waitUntil: 'load' });
  return { page, refused };
}

/** The video on the slide showing: paused before play(), then how far it got in a second. */
async function playOnCurrentSlide(page: Page) {
  return page.$eval('.slide.is-current video', async (video) => {
    const before = { paused: video.paused, autoplay: video.autoplay, time: video.currentTime };
    video.muted = true;
    await video.play();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    video.pause();
    return { before, after: video.currentTime, src: video.currentSrc.slice(0, 23) };
  });
}

describe('a clinic video in a deck', () => {
  it('plays inside the one-file deck from file:// with the network refused, and passes axe', async () => {
    const library = await loadLibrary(content);
    const plan = allDecks(library).find((p) => p.id === 'side-hip-starter');
    if (!plan) throw new Error('no deck for side-hip-starter');
    const folder = path.join(work, 'inside');
    const jobs = await writeDeck({ library, templates: templateEnv('templates') }, plan, [folder]);
    expect(await readdir(folder)).toEqual(['side-hip-starter.html']);
    const { page, refused } = await openAtVideo(path.join(folder, 'side-hip-starter.html'));
    try {
      const played = await playOnCurrentSlide(page);
      expect(played.before).toEqual({ paused: true, autoplay: false, time: 0 });
      expect(played.src).toBe('data:video/webm;base64,');
      expect(played.after).toBeGreaterThan(0.3);
      const track = await page.$eval('.slide.is-current track', (t) => t.getAttribute('src') ?? '');
      expect(track.startsWith('data:text/vtt;base64,')).toBe(true);
      expect(
        await page.$eval(
          '.slide.is-current figcaption.exercise-figure__credit',
          (f) => f.textContent,
        ),
      ).toBe(credit);
      expect(await axeViolations(page)).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await page.close();
    }
    // The slide PDF shows the poster and its credit, not the player.
    await printDecks(jobs, browser);
    const pdf = await readPdf(path.join(folder, 'side-hip-starter.pdf'));
    expect(pdf.text.join(' ')).toContain(credit);
  });

  it('writes a video over the limit beside the deck, says so, and plays it from there', async () => {
    const settings = path.join(content, 'settings.yaml');
    const before = await readFile(settings, 'utf8');
    await writeFile(settings, `${before}limits:\n  deckVideoMegabytes: 0\n`);
    try {
      const out = path.join(work, 'beside');
      const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', out], {
        ROUTINE_PRESS_CONTENT: content,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(normalise(result.stdout, out)).toContain(
        'side-hip-starter.html: the video side-hip-starter.media/clamshell-1.webm (0.0 MB, over limits.deckVideoMegabytes) is beside the deck, not inside it: copy the side-hip-starter.media folder with the deck.',
      );
      expect(await readFile(path.join(out, 'side-hip-starter.media/clamshell-1.webm'))).toEqual(
        await readFile(path.join(content, 'media/clamshell.webm')),
      );
      // A sharded build expects the file, so the merge carries it over; inside, nothing is beside.
      const deckUnit = (units: WorkUnit[]) =>
        units.find((unit) => unit.id === 'decks/side-hip-starter')?.files;
      expect(deckUnit(workUnits([await loadLibrary(content)]))).toContain(
        'decks/side-hip-starter.media/clamshell-1.webm',
      );
      await writeFile(settings, before);
      expect(deckUnit(workUnits([await loadLibrary(content)]))).toEqual([
        'decks/side-hip-starter.html',
        'decks/side-hip-starter.pdf',
        'decks/notes/side-hip-starter.pdf',
        'decks/side-hip-starter.pptx',
      ]);
      const { page, refused } = await openAtVideo(path.join(out, 'side-hip-starter.html'));
      try {
        const played = await playOnCurrentSlide(page);
        expect(played.src.startsWith('file:///')).toBe(true);
        expect(played.after).toBeGreaterThan(0.3);
        expect(refused).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await writeFile(settings, before);
    }
  });

  it('prints the poster with its credit on the handout', async () => {
    const library = await loadLibrary(content);
    const html = await handoutHtml(library, templateEnv('templates'), 'side-hip-starter', {
      paper: 'a4',
      large: false,
      date: new Date(Date.UTC(2026, 0, 1)),
    });
    expect(html).not.toContain('<video');
    expect(html).toContain('data:image/png;base64,');
    const file = path.join(work, 'handout.pdf');
    await renderPdfs([{ source: { html }, what: 'The handout', files: [file] }], {
      label: 'handouts',
      browser: () => Promise.resolve(browser),
      stream: { write: () => true },
    });
    expect((await readPdf(file)).text.join(' ')).toContain(credit);
  });
});
