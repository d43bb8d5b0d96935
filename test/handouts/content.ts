/**
 * Content for handout and build tests: the valid fixture with a typical six-exercise routine laid
 * over it, the handouts a build makes of it, and one shared build of it a test run.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.ts';
import { fixtureLibrary, fixturesRoot } from '../helpers/fixtures.ts';
import { once } from '../helpers/once.ts';

/** The routine id of the six-exercise fixture. */
export const sixId = 'six-move-hips';

/**
 * The handouts a build makes from the six-exercise library: both routines, A4 and Letter, regular
 * and large print, sorted. Written out in full, not worked out with the code's own naming, so a
 * test comparing a folder with it can fail.
 */
export const sixHandouts = [
  'side-hip-starter-a4-large.pdf',
  'side-hip-starter-a4.pdf',
  'side-hip-starter-letter-large.pdf',
  'side-hip-starter-letter.pdf',
  'six-move-hips-a4-large.pdf',
  'six-move-hips-a4.pdf',
  'six-move-hips-letter-large.pdf',
  'six-move-hips-letter.pdf',
] as const;

const sixOverlay = path.join(import.meta.dirname, 'fixtures', 'six-exercises');

/** A content folder (remove it with removeFixture) holding the valid library plus six-move-hips. */
export async function sixExerciseLibrary(): Promise<string> {
  const content = await fixtureLibrary('valid');
  await cp(sixOverlay, content, { recursive: true });
  return content;
}

export interface SixBuild {
  /** The content folder built: the valid library plus six-move-hips. */
  readonly content: string;
  /** What the build wrote: handouts/, decks/ and site/. Read it; copy it to build into it again. */
  readonly output: string;
  /** The PDF cache the build filled. */
  readonly cache: string;
  /** What `npm run build` printed, and its exit code. */
  readonly result: CliResult;
}

/**
 * One `npm run build` of the six-exercise library a test run, shared by the files that test the
 * build, the handout PDFs and atomic output (about 10 s of Astro and Chromium each, otherwise).
 */
export function sixBuild(): Promise<SixBuild> {
  return once('six-build', async (folder) => {
    const content = path.join(folder, 'routines');
    await cp(path.join(fixturesRoot, 'valid'), content, { recursive: true });
    await cp(sixOverlay, content, { recursive: true });
    const output = path.join(folder, 'output');
    const cache = path.join(folder, 'cache');
    const result = await runCli(['build'], buildEnv(content, output, cache));
    return { content, output, cache, result };
  });
}

/**
 * What `npm run build` needs to build `content` into `output` with `cache`. The date is fixed, so a
 * later build of the same content makes the same handouts even when the run passes midnight.
 */
export function buildEnv(content: string, output: string, cache: string): Record<string, string> {
  return {
    ROUTINE_PRESS_CONTENT: content,
    ROUTINE_PRESS_OUTPUT: output,
    ROUTINE_PRESS_CACHE: cache,
    SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 1) / 1000),
  };
}

/** A copy of the shared build's output and cache under `work`, for a test that builds into them. */
export async function copyOfSixBuild(work: string): Promise<{ output: string; cache: string }> {
  const built = await sixBuild();
  const output = path.join(work, 'output');
  const cache = path.join(work, 'cache');
  // Links stay as they are (output/site → .current/site), so the copy's links point into the copy.
  await cp(built.output, output, { recursive: true, verbatimSymlinks: true });
  await cp(built.cache, cache, { recursive: true });
  return { output, cache };
}
