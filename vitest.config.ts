import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that build into output folders or start Chromium must not run two at a time per file.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
