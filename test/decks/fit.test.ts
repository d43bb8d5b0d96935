/**
 * A slide that does not fit fails the build (issue 18): six bullets of about 88 characters ran
 * past the bottom of a slide and `deck` and `build` exited 0. Now the decks step lays every deck
 * out before writing anything: a slide a little too long gets its text at 90% or 80% (a Spanish
 * translation runs a fifth longer), and one that still does not fit fails, naming the text to
 * shorten, at its line, and by how much.
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
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';

let browser: BrowserContext;
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
async function decksOf(
  fixture: string,
  prepare: (content: string) => Promise<void> = () => Promise.resolve(),
): Promise<{ error: string; written: string[]; html: string }> {
  const content = await fixtureLibrary(fixture);
  const folder = await mkdtemp(path.join(work, 'decks-'));
  try {
    await prepare(content);
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
    const written = await readdir(folder);
    const html = written.includes('club-talk.html')
      ? await readFile(path.join(folder, 'club-talk.html'), 'utf8')
      : '';
    return { error, written, html };
  } finally {
    await removeFixture(content);
  }
}

describe('the decks step of a build', () => {
  it('makes the text of a slide that runs a little long smaller, so that it fits', async () => {
    const { error, written, html } = await decksOf('slide-overflow');
    expect(error).toBe('no error');
    expect(written).toContain('club-talk.pdf');
    // Only the long slide (the second) is smaller; the title slide is as designed.
    const bodies = [...html.matchAll(/<div class="slide__body( slide__body--(\d+))?">/g)].map(
      (m) => m[2] ?? '100',
    );
    expect(bodies[0]).toBe('100');
    expect(['90', '80']).toContain(bodies[1]);
  });

  it('fails on a slide that does not fit even at 80%, naming the text, its line and how much, and writes nothing', async () => {
    // Each bullet twice as long (still within its 300-character limit).
    const { error, written } = await decksOf('slide-overflow', async (content) => {
      const file = path.join(content, 'decks', 'club-talk.yaml');
      const yaml = await readFile(file, 'utf8');
      await writeFile(file, yaml.replace(/^( {6}- )(.+)$/gm, '$1$2 $2'));
    });
    expect(error).toMatch(
      /^A slide does not fit on the screen:\nroutines\/decks\/club-talk\.yaml:\d+:\d+: slides\[1\]\.bullets\[\d\] is on slide 2 \("Why the side of your hip matters when you run"\) of the deck club-talk \(with its text at 80%\), which is \d+ px too tall\. Hint: Shorten this text by about \d+ lines? on the slide, or move some of it to the speaker notes\.$/,
    );
    expect(written).toEqual([]);
  });
});
