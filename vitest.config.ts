import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The run's scratch folder for work shared between files (test/helpers/once.ts).
    globalSetup: ['test/global-setup.ts'],
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files run in parallel: every file that builds or starts Chromium does so in a scratch folder
    // and a browser of its own, so two never collide.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs one file after another without starting afresh: starting a worker and loading
    // the modules again for each of the 48 files took about a minute of CPU a run. Test files keep
    // no state in shared modules (no mocks, no stubbed globals), so none can see another's.
    isolate: false,
  },
});
