import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The run's scratch folder for work shared between files (test/helpers/once.ts).
    globalSetup: ['test/global-setup.ts'],
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at a time, one per core. Each writes only into temporary folders of its own,
    // so files running side by side never share output.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs one file after another without starting afresh: starting a worker and loading
    // the modules again for each of the 48 files took about a minute of CPU a run. Test files keep
    // no state in shared modules (no mocks, no stubbed globals), so none can see another's.
    isolate: false,
  },
});
