import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The run's scratch folder for work shared between files (test/helpers/once.ts).
    globalSetup: ['test/global-setup.ts'],
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files run in parallel, each in its own worker process: every file that builds or starts
    // Chromium does so in a scratch folder and a browser of its own, so two never collide.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
