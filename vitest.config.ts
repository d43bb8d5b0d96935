import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests start Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at a time, one per core. Each writes only into temporary folders of its own,
    // so files running side by side never share output.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
