/**
 * vitest's Node environment, plus one thing at the end of each worker: closing the worker's one
 * Chromium (test/helpers/browser.ts) and removing its profile. vitest tears the environment down
 * when it stops the worker, and only then ends the process (with SIGKILL half a second after
 * SIGTERM, too soon to tidy up in a signal handler).
 */
import { Console } from 'node:console';
import type { Environment } from 'vitest/runtime';

interface WorkerBrowser {
  close?: () => Promise<void>;
}

export default {
  name: 'node-with-browser',
  viteEnvironment: 'ssr',
  setup(global: typeof globalThis) {
    // What vitest's own node environment does.
    (global.console as unknown as { Console?: typeof Console }).Console = Console;
    return {
      async teardown() {
        delete (global.console as unknown as { Console?: typeof Console }).Console;
        const holder = (global as Record<symbol, unknown>)[
          Symbol.for('routine-press.worker-browser')
        ] as WorkerBrowser | undefined;
        await holder?.close?.();
      },
    };
  },
} satisfies Environment;
