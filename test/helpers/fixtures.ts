/** Fixture libraries on disk: test/fixtures/valid/, plus one overlay folder per case of bad input. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { ContentError } from '../../src/core/problems.ts';

export const fixturesRoot = path.resolve(import.meta.dirname, '../fixtures');

/** Copies the valid library, then the case's files over it, into a new temporary folder. */
export async function fixtureLibrary(name: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `routine-press-${name}-`));
  const content = path.join(folder, 'routines');
  await cp(path.join(fixturesRoot, 'valid'), content, { recursive: true });
  if (name !== 'valid') await cp(path.join(fixturesRoot, name), content, { recursive: true });
  return content;
}

/** The folder every test's scratch folders share (test/helpers/cli.ts `tempWorkFolder`). */
const scratchRoot = path.resolve(fixturesRoot, '../../output/.tests');

/** Removes a content folder made by fixtureLibrary, with the temporary folder it sits in. */
export async function removeFixture(content: string): Promise<void> {
  const parent = path.dirname(path.resolve(content));
  // A scratch folder given here by mistake would take every test's scratch folders with it.
  if (parent === scratchRoot)
    throw new Error(`removeFixture: ${content} is a scratch folder, not a fixture; rm it instead`);
  await rm(parent, { recursive: true, force: true });
}

export interface FileFixture {
  /** The copied content folder (a "routines" folder in a temporary folder of its own). */
  readonly content: string;
  /** The library loaded from it. */
  readonly library: Library;
}

/**
 * A fixture library for the tests of one file: `const fixture = fixtureForFile('valid')` at the top
 * of the file copies it (and lets `prepare` add files) and loads it before the file's tests, and
 * removes the copy after them. Read `fixture.library` and `fixture.content` in tests and hooks.
 */
export function fixtureForFile(
  name: string,
  prepare?: (content: string) => Promise<void>,
): FileFixture {
  let loaded: FileFixture | undefined;
  let copied: string | undefined;
  beforeAll(async () => {
    copied = await fixtureLibrary(name);
    await prepare?.(copied);
    loaded = { content: copied, library: await loadLibrary(copied) };
  });
  afterAll(async () => {
    if (copied) await removeFixture(copied);
  });
  const ready = (): FileFixture => {
    if (!loaded) throw new Error(`the fixture ${name} is read before its beforeAll has loaded it`);
    return loaded;
  };
  return {
    get content() {
      return ready().content;
    },
    get library() {
      return ready().library;
    },
  };
}

/** Replaces the temporary folder in a message with "routines", as a user running in the project sees it. */
export function normalise(text: string, content: string): string {
  return text.split(content).join('routines');
}

/** The message a user sees for a fixture: the ContentError text, with paths normalised. */
export async function problemsOf(name: string): Promise<string> {
  return problemsIn(await fixtureLibrary(name));
}

/** The message a user sees for a content folder (removed afterwards), with paths normalised. */
export async function problemsIn(content: string): Promise<string> {
  try {
    await loadLibrary(content);
    return 'no problems';
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return normalise(error.message, content);
  } finally {
    await removeFixture(content);
  }
}
