/**
 * What the decks step makes in Chromium besides PDFs comes from the cache when nothing it is made
 * from changed (issue 20: a warm 1× build still spent 45 s of Chromium CPU fitting decks and
 * drawing PowerPoint pictures). A second build with the same cache must start no browser and write
 * the same bytes; after an edit, the cached build must write what a build with no cache writes.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildContext } from '../../src/build/context.ts';
import { readConfig } from '../../src/core/config.ts';
import { buildDecks } from '../../src/decks/build.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

let browser: BrowserContext;
let work: string;
let content: string;
beforeAll(async () => {
  browser = await testBrowser();
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-deck-cache-'));
  // A deck with a slide that fits only with its text at 90% or 80%, and the routine's deck.
  content = await fixtureLibrary('slide-overflow');
}, 60_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

const date = new Date('2026-03-14T09:00:00Z');

/** The decks step into a new folder with this cache; returns the folder and how often it asked for a browser. */
async function decks(
  cache: string,
  withBrowser: boolean,
): Promise<{ folder: string; asked: number }> {
  const folder = await mkdtemp(path.join(work, 'decks-'));
  const library = await loadLibrary(content);
  let asked = 0;
  const context: BuildContext = {
    config: { ...readConfig({}), content, cache, date },
    library,
    libraries: [library],
    templates: templateEnv('templates'),
    browser: () => {
      asked++;
      return withBrowser ? Promise.resolve(browser) : Promise.reject(new Error('no browser here'));
    },
    browserPath: undefined,
  };
  await buildDecks(context, folder);
  return { folder, asked };
}

/** Every file a decks step wrote, by name, with its bytes. */
async function files(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder, { recursive: true })).filter((n) => /\.\w+$/.test(n));
  return new Map(
    await Promise.all(
      names.sort().map(async (n) => [n, await readFile(path.join(folder, n))] as const),
    ),
  );
}

describe('the decks step with a cache', () => {
  it('makes nothing in Chromium again when nothing changed, and writes the same bytes', async () => {
    const cache = path.join(work, 'cache');
    const first = await decks(cache, true);
    expect(first.asked).toBeGreaterThan(0);
    const second = await decks(cache, false);
    expect(second.asked).toBe(0);
    const [before, after] = [await files(first.folder), await files(second.folder)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after.keys()].filter((n) => n.endsWith('.pptx'))).toHaveLength(2);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
    // The long slide kept its smaller text from the cache.
    expect(after.get('club-talk.html')?.toString()).toMatch(/slide__body slide__body--(90|80)/);
  }, 180_000);

  it('after an edit, writes what a build without a cache writes', async () => {
    const cache = path.join(work, 'cache');
    const file = path.join(content, 'exercises', 'clamshell.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/\nname: /);
    await writeFile(file, text.replace(/\nname: .*/, '\nname: Clamshell with a band'));
    const cached = await decks(cache, true);
    expect(cached.asked).toBeGreaterThan(0);
    const fresh = await decks(path.join(work, 'empty-cache'), true);
    const [a, b] = [await files(cached.folder), await files(fresh.folder)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of b) expect(a.get(name)?.equals(bytes), name).toBe(true);
    expect(a.get('side-hip-starter.html')?.toString()).toContain('Clamshell with a band');
  }, 180_000);
});
