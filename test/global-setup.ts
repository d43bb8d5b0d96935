/**
 * Runs once before and after the whole test run, in vitest's main process: makes the run's scratch
 * folder for work shared between test files (test/helpers/once.ts) and removes it at the end.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { tempWorkFolder } from './helpers/cli.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Inside the project, not /tmp: full builds run Astro, which needs its outDir under the project.
  const runFolder = await tempWorkFolder('run');
  project.provide('runFolder', runFolder);
  return async () => {
    await rm(runFolder, { recursive: true, force: true });
  };
}
