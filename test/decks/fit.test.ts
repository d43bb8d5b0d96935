/**
 * A slide that does not fit fails the build (issue 18): six bullets of about 88 characters ran
 * past the bottom of a slide and `deck` and `build` exited 0. Now the decks step lays every deck
 * out before writing anything and names the text to shorten, at its line, and by how much.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildContext } from '../../src/build/context.ts';
import { readConfig } from '../../src/core/config.ts';
import { buildDecks } from '../../src/decks/build.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await testBrowser();
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-fit-'));
});
afterAll(async () => {
  await releaseBrowser(browser);
  await rm(work, { recursive: true, force: true });
});

/** The decks step of a build of this fixture, into a folder of its own. */
async function decksOf(fixture: string): Promise<{ error: string; written: string[] }> {
  const content = await fixtureLibrary(fixture);
  const folder = await mkdtemp(path.join(work, 'decks-'));
  try {
    const library = await loadLibrary(content);
    const context: BuildContext = {
      config: { ...readConfig({}), content, cache: path.join(work, 'cache') },
      library,
      libraries: [library],
      templates: templateEnv('templates'),
      browser: () => Promise.resolve(browser),
      browserPath: undefined,
    };
    const error = await buildDecks(context, folder).then(
      () => 'no error',
      (thrown: unknown) => normalise((thrown as Error).message, content),
    );
    return { error, written: await readdir(folder) };
  } finally {
    await removeFixture(content);
  }
}

describe('the decks step of a build', () => {
  it('fails on a slide that does not fit, naming the text, its line and how much, and writes nothing', async () => {
    const { error, written } = await decksOf('slide-overflow');
    expect(error).toMatch(
      /^A slide does not fit on the screen:\nroutines\/decks\/club-talk\.yaml:\d+:\d+: slides\[1\]\.bullets\[\d\] is on slide 2 \("Why the side of your hip matters when you run"\) of the deck club-talk, which is \d+ px too tall\. Hint: Shorten this text by about \d+ lines? on the slide, or move some of it to the speaker notes\.$/,
    );
    expect(written).toEqual([]);
  });
});
