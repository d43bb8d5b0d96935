import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The run's scratch folder for work shared between files (test/helpers/once.ts: the six-exercise
    // build, one site build per content folder); at the end, a check that no Chromium, profile or
    // scratch folder was left (test/leftovers-setup.ts).
    globalSetup: ['test/global-setup.ts', 'test/leftovers-setup.ts'],
    // Node, plus the end of each worker: it closes the one Chromium its test files shared (a
    // browser context each, test/helpers/browser.ts) before vitest ends the worker.
    environment: './test/worker-environment.ts',
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at a time, one per core (npm test runs lint and typecheck beside them). Each
    // writes only into temporary folders of its own; what files share (once.ts) is made by the
    // first that asks and only read after, so files running side by side never write the same file.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs one file after another without starting afresh: starting a worker and loading
    // the modules again for each file took about a minute of CPU a run (48 files then). Test files
    // keep no state in shared modules (no mocks, no stubbed globals), so none can see another's.
    isolate: false,
    env: {
      // Node keeps the compiled code of every module it loads (our .ts with types stripped, Astro,
      // Vite, puppeteer) and reuses it in the next process: the workers and every Node process the
      // tests start (the command line, builds, stand-in builds). With it, npm run check on the
      // valid fixture takes 0.5 s of CPU instead of 1.3 s, and a site build 2.9 s instead of 4.3 s.
      NODE_COMPILE_CACHE: path.join(import.meta.dirname, 'node_modules/.cache/routine-press/node'),
    },
  },
});
