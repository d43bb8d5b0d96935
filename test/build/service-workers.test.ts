/**
 * One service worker per language: on a built site with an English top and a Spanish folder, each
 * worker lists its own language's pages and the files both share (the figures among them), never the other language's
 * pages, handouts, decks or the clinician's builder page (kept when opened), but the exercises' and
 * conditions' parts and the follow-along cards a patient's program page fetches; a page over the
 * precache's limit is left out and named, any other file over it stops the build with a user
 * error; and a page finds its worker by its folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  leftOutNotice,
  precacheLimit,
  writeServiceWorkers,
  type Precache,
} from '../../src/build/service-worker.ts';
import { isUserError } from '../../src/core/problems.ts';
import { pagePath, turnedFigureFiles } from '../../src/domain/links.ts';
import { workerFor } from '../../src/site/offline.ts';
import { tempWorkFolder } from '../helpers/cli.ts';

const files: Record<string, string> = {
  'index.html': '<p>Home</p>',
  'routines/side-hip/index.html': '<p>Side hip</p>',
  'routines/side-hip/go/index.html': '<p>Start</p>',
  'sitemap.xml': '<urlset/>',
  '_astro/follow.a1b2.js': 'console.log(1)',
  '_astro/site.c3d4.css': 'p{}',
  '_astro/font.e5f6.woff2': 'woff2',
  '_astro/font.e5f6.woff': 'woff',
  'icons/icon-192.png': 'png',
  // The figures, one file each, every language's pages show them (src/site/figure-files.ts).
  'figures/clamshell-moving-a1b2c3d4e5.svg': '<svg/>',
  // Turned to the other side, for a one-side program's follow-along only: kept when opened.
  'figures/clamshell-turned-moving-f6e5d4c3b2.svg': '<svg/>',
  'favicon.ico': 'ico',
  'manifest.webmanifest': '{}',
  'es/index.html': '<p>Inicio</p>',
  'es/routines/side-hip/index.html': '<p>Cadera</p>',
  'es/routines/side-hip/go/index.html': '<p>Empezar</p>',
  'builder/index.html': '<p>Builder</p>',
  'es/builder/index.html': '<p>Constructor</p>',
  // The parts a patient's program page fetches, precached; the builder's starting points are not.
  'builder/exercises/clamshell.json': '{"exercise":{}}',
  'builder/conditions/hip-pain.json': '{"id":"hip-pain"}',
  'builder/starts/routine/side-hip.json': '{"items":[]}',
  'program/cards/clamshell.json': '{"id":"clamshell","html":""}',
  'es/builder/exercises/clamshell.json': '{"exercise":{}}',
  'es/program/cards/clamshell.json': '{"id":"clamshell","html":""}',
  'handouts/side-hip-a4.pdf': '%PDF',
  'decks/side-hip.html': '<p>Deck</p>',
};

let site: string;
let workers: Precache[];

/** The addresses a written worker precaches. */
async function listed(file: string): Promise<string[]> {
  const code = await readFile(path.join(site, file), 'utf8');
  return [...code.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '').sort();
}

beforeAll(async () => {
  site = path.join(await tempWorkFolder('service-workers'), 'site');
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), text);
  }
  workers = await writeServiceWorkers(site, ['en', 'es', 'fr']);
}, 60_000);
afterAll(() => rm(path.dirname(site), { recursive: true, force: true }));

describe('the service workers of a site in two languages', () => {
  const shared = [
    '_astro/follow.a1b2.js',
    '_astro/font.e5f6.woff2',
    '_astro/site.c3d4.css',
    'favicon.ico',
    'figures/clamshell-moving-a1b2c3d4e5.svg',
    'icons/icon-192.png',
    'manifest.webmanifest',
  ];

  const ownParts = [
    'builder/conditions/hip-pain.json',
    'builder/exercises/clamshell.json',
    'program/cards/clamshell.json',
  ];
  const spanishParts = ['builder/exercises/clamshell.json', 'program/cards/clamshell.json'];

  it('keeps the content language at the top: its pages and the shared files, no Spanish page', async () => {
    expect(await listed('sw.js')).toEqual(
      [
        ...shared,
        ...ownParts,
        'index.html',
        'routines/side-hip/go/index.html',
        'routines/side-hip/index.html',
        'sitemap.xml',
      ].sort(),
    );
  });

  it('keeps Spanish in es/sw.js: its pages and the same shared files, from its folder', async () => {
    expect(await listed('es/sw.js')).toEqual(
      [
        ...shared.map((file) => `../${file}`),
        ...spanishParts,
        'index.html',
        'routines/side-hip/go/index.html',
        'routines/side-hip/index.html',
      ]
        .map((file) => (file.startsWith('../') ? file : `../es/${file}`))
        .sort(),
    );
  });

  it('says what each language keeps, and makes no worker for a language the build did not make', () => {
    expect(workers.map((w) => `${w.language} ${w.folder} ${w.count}`)).toEqual([
      'en  14',
      'es es/ 12',
    ]);
    const size = (names: string[]) => names.reduce((sum, f) => sum + (files[f]?.length ?? 0), 0);
    expect(workers[0]?.bytes).toBe(
      size([
        ...shared,
        ...ownParts,
        'index.html',
        'routines/side-hip/go/index.html',
        'routines/side-hip/index.html',
        'sitemap.xml',
      ]),
    );
    expect(workers[1]?.bytes).toBe(
      size([
        ...shared,
        ...spanishParts.map((file) => `es/${file}`),
        'es/index.html',
        'es/routines/side-hip/go/index.html',
        'es/routines/side-hip/index.html',
      ]),
    );
  });

  it('names a drawing turned to the other side so the worker keeps it only when it is opened', () => {
    // Named as src/site/figure-files.ts names a drawing: <stem>-<which>-<hash>.svg.
    const named = (stem: string) => pagePath.figureFile(`${stem}-moving-f6e5d4c3b2.svg`);
    expect(turnedFigureFiles.test(named(pagePath.turnedFigureStem('clamshell')))).toBe(true);
    expect(turnedFigureFiles.test(named('clamshell'))).toBe(false);
  });

  it('puts handouts and decks, kept when opened, under the site top for every worker', async () => {
    expect(await readFile(path.join(site, 'sw.js'), 'utf8')).toContain('"./"');
    expect(await readFile(path.join(site, 'es/sw.js'), 'utf8')).toContain('"../"');
  });

  it("keeps the builder's parts in a cache of their own, big enough for every language's parts", async () => {
    for (const file of ['sw.js', 'es/sw.js']) {
      const code = await readFile(path.join(site, file), 'utf8');
      // Four parts in the site (three at the top, one in es/): the limit is 4, not the files' 80.
      expect(code).toMatch(/"routine-press-builder-parts"[^}]*maxEntries:Math\.max\(1,4\)/);
      expect(code).toMatch(/"routine-press-files"[^}]*maxEntries:80/);
    }
  });
});

describe('a file over the precache limit', () => {
  /** A site of `files` with a worker for English only; what writing its worker gives. */
  async function written(files: Record<string, string>) {
    const folder = path.join(await tempWorkFolder('service-workers-limit'), 'site');
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), text);
    }
    const code = () => readFile(path.join(folder, 'sw.js'), 'utf8');
    return { folder, workers: writeServiceWorkers(folder, ['en']), code };
  }
  const big = 'x'.repeat(precacheLimit + 1);

  it('a page: left out of the precache, named with its size in the notice; the rest kept', async () => {
    const site = await written({ 'index.html': big, 'routines/a/index.html': '<p>A</p>' });
    const [worker] = await site.workers;
    expect(worker?.leftOut).toEqual([{ url: 'index.html', bytes: precacheLimit + 1 }]);
    expect(worker?.count).toBe(1);
    const code = await site.code();
    expect(code).toContain('"url":"routines/a/index.html"');
    expect(code).not.toContain('"url":"index.html"');
    expect(leftOutNotice(await site.workers)).toBe(
      '  Notice: this page is over 4.19 MB, too big to keep for offline use before a visit: index.html (4.19 MB). A visitor keeps each one the first time they open it; the rest of the site works offline after one visit.',
    );
    if (worker) expect(leftOutNotice([{ ...worker, leftOut: [] }])).toBeUndefined();
    await rm(path.dirname(site.folder), { recursive: true, force: true });
  });

  it('any other file: a user error naming it, its size, the limit and what to do', async () => {
    const site = await written({ 'index.html': '<p>Home</p>', 'figures/huge.png': big });
    const error = await site.workers.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(
      "The website's offline copy cannot keep figures/huge.png (4.19 MB): a file over 4.19 MB is too big for a phone to keep before it is opened. Hint: Make the file smaller (a picture: fewer pixels, or JPEG or WebP instead of PNG), or leave it out of the content.",
    );
    await rm(path.dirname(site.folder), { recursive: true, force: true });
  });
});

describe('a page registers', () => {
  const site = { base: '/hips/', file: 'sw.js', languages: ['es'] };
  it('the worker of its language folder, or the one at the top', () => {
    expect(workerFor('/hips/es/routines/side-hip/', site)).toEqual({
      url: '/hips/es/sw.js',
      scope: '/hips/es/',
    });
    expect(workerFor('/hips/es/', site).scope).toBe('/hips/es/');
    expect(workerFor('/hips/routines/side-hip/', site)).toEqual({
      url: '/hips/sw.js',
      scope: '/hips/',
    });
    expect(workerFor('/hips/', site).scope).toBe('/hips/');
    // A page whose first folder only starts like a language is not in it.
    expect(workerFor('/hips/estiramientos/', site).scope).toBe('/hips/');
  });
});
