/**
 * Issue 14, the builder's Print beyond the main test (builder.e2e.test.ts), in Chromium on the
 * bundled library, with one build and one browser:
 * - "Download program" saves a YAML file, and `npm run handout -- --program <that file>` prints the
 *   same text on the same number of pages as the browser's Print of the program;
 * - /es/builder/ prints the handout in Spanish, the same as `--program <link> --lang es`;
 * - with the network off, after one first visit to the builder with the program, Print makes the
 *   same handout as online (the first service worker takes the page at once: scripts, fonts and
 *   every exercise's part from its install, the page kept when the builder fetched it); an
 *   exercise added offline prints too (its part came with the install); one whose part the phone
 *   does not have (taken out of its cache here) is named, and the page stays.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/domain/catalog/es.ts';
import { en } from '../../src/domain/catalog/en.ts';
import { fill } from '../../src/domain/catalog/fill.ts';
import { programFragment } from '../../src/domain/program-link.ts';
import { handoutExercises } from '../../src/site/builder-parts.ts';
import { startStaticServer, type RunningSite } from '../../src/site/serve.ts';
import { ownBrowser, releaseBrowser } from '../helpers/browser.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf-text.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

let site: TestSite;
/** This file's own server on the site, which the offline test stops and starts again. */
let server: RunningSite;
let url: string;
let browser: Browser | undefined;
let work: string;
const outside: string[] = [];

beforeAll(async () => {
  site = await buildAndServe('builder-print');
  server = await startStaticServer({ root: site.root, base: site.base });
  url = server.url;
  // A browser of its own: its service worker and downloads belong to the default context.
  browser = await ownBrowser();
  work = await tempWorkFolder('builder-print');
}, 300_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await server.close();
  await site.close();
  await rm(work, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.setViewport({ width: 1366, height: 768 });
  outside.push(...watchRequests(page, url));
  return page;
}

/** Opens the builder on a routine and fills in the patient and the date. */
async function openProgram(page: Page, address: string): Promise<void> {
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForSelector('[data-builder-items] > li');
  await page.type('[name="patient"]', 'Sam Lee');
  // A date input takes the digits of the browser's locale (en-US): month, day, year.
  await page.click('[name="date"]');
  await page.keyboard.type('03142026');
  await page.waitForFunction(() => location.hash.startsWith('#p=1.'));
  // The address is written 150 ms after the last change.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Clicks Print and gives the handout the page made (the print frame's document). */
async function print(page: Page): Promise<string> {
  await page.evaluate(() => document.querySelector('[data-print-frame]')?.remove());
  const printing = await page.$eval('[data-builder-status]', (e) => e.textContent);
  await page.click('[data-builder-print]');
  // The print frame, or the page's own message when Print fails (a part it could not have, or the
  // general one), so a failure says what the clinician would read, not only that time ran out.
  await page.waitForFunction(
    (before: string) => {
      const status = document.querySelector('[data-builder-status]')?.textContent ?? '';
      return (
        document.querySelector('iframe[data-print-frame][data-print-ms]') !== null ||
        (status !== '' &&
          status !== before &&
          !document.querySelector('[data-builder-print][disabled]'))
      );
    },
    { timeout: 30_000 },
    printing,
  );
  const frame = await page.$('iframe[data-print-frame][data-print-ms]');
  const html = await frame?.evaluate((f) => f.srcdoc);
  if (!html)
    throw new Error(
      `no print frame; the page says: ${await page.$eval('[data-builder-status]', (e) => e.textContent)}`,
    );
  return html;
}

/** The handout printed to PDF by Chromium, as the print dialog's "Save as PDF" does, and read. */
async function pdfOf(html: string, name: string): Promise<PdfFacts> {
  if (!browser) throw new Error('no browser');
  const file = path.join(work, name);
  const paper = await browser.newPage();
  try {
    await paper.setContent(html, { waitUntil: 'load' });
    await writeFile(file, await paper.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await paper.close();
  }
  return readPdf(file);
}

/** `npm run handout -- --program …`, read. */
async function cliPdf(args: string[], name: string): Promise<PdfFacts> {
  const file = path.join(work, name);
  const cli = await runCli(['handout', ...args, '--out', file], {
    ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
  });
  expect(cli.stderr).not.toMatch(/error/i);
  expect(cli.code).toBe(0);
  return readPdf(file);
}

/** The one file the browser downloaded into `folder`, once it is complete. */
async function downloaded(folder: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const done = (await readdir(folder)).filter((f) => f.endsWith('.yaml'));
    if (done[0]) return path.join(folder, done[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('nothing was downloaded');
}

describe("the builder's Print", () => {
  it('prints the same as `--program` on the downloaded program file', async () => {
    const page = await newPage();
    try {
      await openProgram(page, `${url}builder/#from=outer-hip-pain`);
      // One item changed, so the file carries more than the routine: the right side, with a note.
      const clam = '[data-builder-items] > li:nth-child(3)';
      await page.select(`${clam} select`, 'right');
      // The routine's own note is replaced (three clicks select it).
      await page.click(`${clam} input[type="text"]`, { count: 3 });
      await page.keyboard.type('Lie on your left side.');
      await new Promise((resolve) => setTimeout(resolve, 400));

      const folder = path.join(work, 'downloads');
      await mkdir(folder, { recursive: true });
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
      await page.click('[data-builder-download]');
      const file = await downloaded(folder);
      const yaml = await readFile(file, 'utf8');
      expect(yaml).toMatch(/^format: 1$/m);
      expect(yaml).toContain('Sam Lee');
      expect(yaml).toContain('exercise: clamshell');

      const fromBrowser = await pdfOf(await print(page), 'browser.pdf');
      const fromCli = await cliPdf(['--program', file], 'cli.pdf');
      expect(fromBrowser.pages).toBeGreaterThan(1);
      expect(fromBrowser.pages).toBe(fromCli.pages);
      expect(fromBrowser.text).toEqual(fromCli.text);
      const text = fromBrowser.text.join(' ');
      expect(text).toMatch(/Name Sam Lee .*Date March 14, 2026/);
      expect(text).toContain('Do this on your right side only. Lie on your left side.');
    } finally {
      await page.close();
    }
  }, 180_000);

  it('prints in Spanish on /es/builder/, as `--program <link> --lang es` does', async () => {
    const page = await newPage();
    try {
      await openProgram(page, `${url}es/builder/#from=outer-hip-pain`);
      const html = await print(page);
      expect(html).toMatch(/^<!doctype html>\s*<html lang="es"/i);
      const fromBrowser = await pdfOf(html, 'browser-es.pdf');
      const fromCli = await cliPdf(['--program', page.url(), '--lang', 'es'], 'cli-es.pdf');
      expect(fromBrowser.pages).toBe(fromCli.pages);
      expect(fromBrowser.text).toEqual(fromCli.text);
      const text = fromBrowser.text.join(' ');
      expect(text).toContain(es.program.phone.heading);
      expect(text).toContain(es.stop.heading);
      expect(text).not.toContain(en.program.phone.heading);
      expect(text).not.toContain(en.stop.heading);
      expect(text).toMatch(/14 de marzo de 2026/);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('turns a figure to the side a program item works, as `--program <link>` does', async () => {
    const page = await newPage();
    try {
      // Both files draw the right leg (figure.side: right): the march is for the left side only.
      const hash = await programFragment({
        format: 1,
        title: 'Left hip',
        daysPerWeek: 3,
        items: [
          { exercise: 'banded-hip-march', side: 'left' },
          { exercise: 'step-up', side: 'right' },
        ],
      });
      await openProgram(page, `${url}builder/${hash}`);
      const html = await print(page);
      const labels = await page.evaluate((document_) => {
        const parsed = new DOMParser().parseFromString(document_, 'text/html');
        return [...parsed.querySelectorAll('.exercise-card')].map((card) => [
          card.querySelector('.exercise-card__name')?.textContent.trim(),
          [...card.querySelectorAll('svg text')]
            .map((t) => t.textContent)
            .filter((t) => t === 'L' || t === 'R'),
        ]);
      }, html);
      expect(labels).toEqual([
        [expect.stringContaining('Banded hip march'), ['L', 'L']],
        [expect.stringContaining('Step-up'), ['R', 'R']],
      ]);
      const fromBrowser = await pdfOf(html, 'browser-sides.pdf');
      const fromCli = await cliPdf(['--program', page.url()], 'cli-sides.pdf');
      expect(fromBrowser.pages).toBe(fromCli.pages);
      expect(fromBrowser.text).toEqual(fromCli.text);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('prints with the network off after one first visit to the builder with the program', async () => {
    const page = await newPage();
    try {
      // A first visit: nothing of this site is kept in this browser yet (no worker, no cache).
      const cdp = await page.createCDPSession();
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(url).origin,
        storageTypes: 'service_workers,cache_storage',
      });
      await openProgram(page, `${url}builder/#from=outer-hip-pain`);
      // The first worker takes this page once installed (clients.claim), with no second visit.
      const controlled = await page.evaluate(() =>
        Promise.race([
          new Promise((resolve) => {
            if (navigator.serviceWorker.controller) resolve('controlled');
            navigator.serviceWorker.addEventListener('controllerchange', () =>
              resolve('controlled'),
            );
          }),
          new Promise((resolve) => setTimeout(() => resolve('late'), 30_000)),
        ]),
      );
      expect(controlled).toBe('controlled');
      // No Print yet: opening the program is enough. The worker keeps the builder page, fetched
      // again through it; every exercise's part is in its precache (a patient's page needs them).
      const routine = site.library.routines['outer-hip-pain'];
      const ids = [...(routine?.main ?? []), ...(routine?.coolDown ?? [])].map((i) => i.exercise);
      expect(ids.length).toBeGreaterThan(2);
      // Every exercise the handout shows whole: the items, the warm-up's drills, the harder ones.
      const shown = handoutExercises(
        { items: ids.map((exercise) => ({ exercise })), warmUp: routine?.warmUp.protocol },
        site.library,
      );
      expect(shown.length).toBeGreaterThan(ids.length);
      await page.waitForFunction(
        async (wanted: string[]) => {
          const kept = await (await caches.open('routine-press-files')).keys();
          const precached = await Promise.all(
            (await caches.keys())
              .filter((name) => name.includes('precache'))
              .map(async (name) => (await caches.open(name)).keys()),
          );
          const paths = (all: readonly Request[]) => all.map((r) => new URL(r.url).pathname);
          const parts = paths(precached.flat());
          return (
            paths(kept).some((p) => p.endsWith('/builder/')) &&
            wanted.every((id) => parts.some((p) => p.endsWith(`/builder/exercises/${id}.json`)))
          );
        },
        { polling: 200, timeout: 60_000 },
        shown,
      );
      const address = page.url();

      await server.close();
      await page.setOfflineMode(true);
      let offline: string;
      try {
        await page.reload({ waitUntil: 'load' });
        expect(page.url()).toBe(address);
        await page.waitForSelector('[data-builder-items] > li');
        offline = await print(page);
        expect(await page.$eval('[data-builder-status]', (e) => e.textContent)).toBe('');

        /** Adds the exercise named `name` through the search; the program then has `n` items. */
        const add = async (name: string, n: number) => {
          await page.$eval('[data-builder-search]', (e) => ((e as HTMLInputElement).value = ''));
          await page.focus('[data-builder-search]');
          await page.keyboard.type(name.toLowerCase());
          await page.waitForFunction(
            (start: string) =>
              [...document.querySelectorAll('[data-builder-results] li')].some((li) =>
                li.textContent.startsWith(start),
              ),
            {},
            `${name} (`,
          );
          await page.$$eval(
            '[data-builder-results] li',
            (lis, start) =>
              lis
                .find((li) => li.textContent.startsWith(start))
                ?.querySelector('button')
                ?.click(),
            `${name} (`,
          );
          await page.waitForFunction(
            (count: number) =>
              document.querySelectorAll('[data-builder-items] > li').length === count,
            {},
            n,
          );
        };
        // An exercise added offline: its part came with the precache, so it prints.
        await add('Side plank', ids.length + 1);
        expect(await print(page)).toContain('Side plank');

        // A part the phone does not have (taken out of its caches), with no signal: Print says
        // which one, and the page stays.
        const other = Object.values(site.library.exercises).find(
          (x) =>
            !shown.includes(x.id) &&
            x.harder.length === 0 &&
            !site.library.exercises['side-plank']?.harder.includes(x.id) &&
            x.id !== 'side-plank',
        );
        if (!other) throw new Error('no exercise to add');
        await page.evaluate(async (part: string) => {
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys())
              if (new URL(request.url).pathname.endsWith(part)) await cache.delete(request);
          }
        }, `/builder/exercises/${other.id}.json`);
        await add(other.name, ids.length + 2);
        await page.evaluate(() => document.querySelector('[data-print-frame]')?.remove());
        await page.click('[data-builder-print]');
        await page.waitForFunction(
          (making: string) =>
            document.querySelector('[data-builder-status]')?.textContent !== making,
          {},
          en.program.builder.printing,
        );
        expect(await page.$eval('[data-builder-status]', (e) => e.textContent)).toBe(
          fill(en.program.builder.partOffline, { name: other.name }),
        );
        expect(await page.$('[data-print-frame]')).toBeNull();
        expect(await page.$$eval('[data-builder-items] > li', (lis) => lis.length)).toBe(
          ids.length + 2,
        );
      } finally {
        await page.setOfflineMode(false);
        server = await startStaticServer(
          { root: site.root, base: site.base },
          Number(new URL(url).port),
        );
      }
      // Online again, the program as it was before the two added: the same handout, byte for
      // byte. A new load, not a change of fragment, which the page would write over.
      await page.goto('about:blank');
      await page.goto(address, { waitUntil: 'load' });
      await page.waitForSelector('[data-builder-items] > li');
      expect(await print(page)).toBe(offline);
      expect(offline).toContain('Clamshell');
      expect(offline).toMatch(/<svg [^>]*role="img"/);
    } finally {
      await page.close();
    }
    expect(outside).toEqual([]);
  }, 180_000);
});
