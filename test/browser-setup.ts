/**
 * One Chromium for the whole test run, in vitest's main process (a launch costs about 1 s of CPU;
 * some 25 test files use a browser). It is launched only when a test file first asks for it
 * (test/helpers/browser.ts writes the request file), so a run without browser tests starts none.
 * Files reach it with puppeteer.connect, each in a browser context of its own. Listed after
 * leftovers-setup.ts: its profile is in the run's temp folder, and it is closed before the check
 * for leftovers.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { TestProject } from 'vitest/node';
import { writeFileAtomic } from '../src/core/fs.ts';
import { closeBrowser, launchBrowser, webSocketEndpoint } from '../src/pdf/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one browser: a test file creates `request`, then reads `answer`. */
    runBrowser: { readonly request: string; readonly answer: string };
  }
}

/** What `answer` holds: the browser's WebSocket address, or why it could not start. */
export type BrowserAnswer = { readonly endpoint: string } | { readonly error: string };

export default function setup(project: TestProject): () => Promise<void> {
  const folder = os.tmpdir();
  const files = {
    request: path.join(folder, 'routine-press-test-browser.wanted'),
    answer: path.join(folder, 'routine-press-test-browser.json'),
  };
  project.provide('runBrowser', files);
  let browser: Promise<Browser> | undefined;
  const start = async () => {
    let answer: BrowserAnswer;
    try {
      browser = launchBrowser({ connectable: true });
      answer = { endpoint: await webSocketEndpoint(await browser) };
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    await writeFileAtomic(files.answer, JSON.stringify(answer));
  };
  const watch = setInterval(() => {
    if (browser || !existsSync(files.request)) return;
    clearInterval(watch);
    void start();
  }, 100).unref();
  return async () => {
    clearInterval(watch);
    const launched = await browser?.catch(() => undefined);
    if (launched) await closeBrowser(launched);
    await rm(files.request, { force: true });
    await rm(files.answer, { force: true });
  };
}
