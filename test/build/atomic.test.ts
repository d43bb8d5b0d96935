/**
 * Crash-safe output (issue 18): a kill at any step of the swap leaves output/ as the whole old
 * build or the whole new one, Ctrl-C never deletes the output in use, the next run repairs and
 * sweeps, and two builds of one folder take turns. The builds here are a stand-in
 * (fixtures/swap-child.ts) that writes the three folders through the real buildAtomically; the
 * test hook in the swap sends the signal at an exact step, which a kill from outside cannot hit.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapSteps } from '../../src/build/atomic.ts';
import { startStaticServer } from '../../src/site/serve.ts';
import { tempWorkFolder } from '../helpers/cli.ts';

const child = path.join(import.meta.dirname, 'fixtures/swap-child.ts');

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Running {
  readonly pid: number;
  readonly done: Promise<Run>;
  /** Resolves once the build has printed `text`. */
  printed(text: string): Promise<void>;
}

function start(output: string, marker: string, env: Record<string, string> = {}): Running {
  const build = spawn(process.execPath, [child, output, marker], {
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  build.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve, reject) => {
    build.on('error', reject);
    build.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    pid: build.pid ?? 0,
    done,
    async printed(text) {
      for (let i = 0; i < 600 && !stdout.includes(text); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stdout).toContain(text);
    },
  };
}

const build = (output: string, marker: string, env: Record<string, string> = {}) =>
  start(output, marker, env).done;

/** What a user finds through output/site, output/handouts and output/decks. */
async function contents(output: string): Promise<string[]> {
  return Promise.all(
    ['site/index.html', 'handouts/a.pdf', 'decks/a.html'].map((file) =>
      readFile(path.join(output, file), 'utf8').catch(() => 'MISSING'),
    ),
  );
}

/** Generation folders, half-made links and lock files in output/. */
async function leftovers(output: string): Promise<string[]> {
  const builds = await readdir(path.join(output, '.builds')).catch(() => []);
  const top = (await readdir(output)).filter(
    (name) => name.endsWith('.new') || name.startsWith('.lock') || name.startsWith('.building'),
  );
  return [...builds.map((name) => `.builds/${name}`), ...top];
}

let work: string;
let output: string;
beforeEach(async () => {
  work = await tempWorkFolder('atomic');
  output = path.join(work, 'output');
  const first = await build(output, 'old');
  expect(first.code, first.stderr).toBe(0);
  expect(await contents(output)).toEqual(['old', 'old', 'old']);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a kill during the swap', () => {
  for (const step of swapSteps)
    it(`SIGKILL before "${step}" leaves one whole build, and the next run repairs and sweeps`, async () => {
      const killed = await build(output, 'new', { ROUTINE_PRESS_SWAP_HOOK: `${step}:SIGKILL` });
      expect(killed.signal).toBe('SIGKILL');
      const committed = swapSteps.indexOf(step) >= swapSteps.indexOf('folders');
      const expected = committed ? 'new' : 'old';
      expect(await contents(output)).toEqual([expected, expected, expected]);
      const next = await build(output, 'next');
      expect(next.code, next.stderr).toBe(0);
      expect(await contents(output)).toEqual(['next', 'next', 'next']);
      expect(await leftovers(output)).toHaveLength(1); // the current generation only
    });

  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const step of swapSteps)
      it(`${signal} before "${step}" keeps a whole build and deletes nothing in use`, async () => {
        const stopped = await build(output, 'new', {
          ROUTINE_PRESS_SWAP_HOOK: `${step}:${signal}`,
        });
        expect(stopped.signal).toBe(signal);
        const committed = swapSteps.indexOf(step) >= swapSteps.indexOf('folders');
        const expected = committed ? 'new' : 'old';
        expect(await contents(output)).toEqual([expected, expected, expected]);
        // Before the commit its own unfinished generation is removed; after it, the old one
        // stays until the next run sweeps it.
        expect(await readdir(path.join(output, '.builds'))).toHaveLength(committed ? 2 : 1);
        const next = await build(output, 'next');
        expect(next.code, next.stderr).toBe(0);
        expect(await contents(output)).toEqual(['next', 'next', 'next']);
        expect(await leftovers(output)).toHaveLength(1);
      });
});

describe('an interrupted or failed build', () => {
  it('Ctrl-C while building removes the unfinished folder and keeps the old output', async () => {
    const running = start(output, 'new', { SLOW_MS: '20000' });
    await running.printed('filling');
    process.kill(running.pid, 'SIGINT');
    const stopped = await running.done;
    expect(stopped.signal).toBe('SIGINT');
    expect(await contents(output)).toEqual(['old', 'old', 'old']);
    expect(
      await leftovers(output),
      JSON.stringify([await leftovers(output), stopped]),
    ).toHaveLength(1);
  });
});

describe('two builds of one folder', () => {
  it('take turns: the one started last waits, then its content wins', async () => {
    const first = start(output, 'first', { SLOW_MS: '3000' });
    await first.printed('filling');
    const second = start(output, 'second');
    await second.printed(`waiting for ${first.pid}`);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await contents(output)).toEqual(['second', 'second', 'second']);
    expect(await leftovers(output)).toHaveLength(1);
  });

  it('takes over the lock of a build that was killed', async () => {
    const killed = start(output, 'killed', { SLOW_MS: '20000' });
    await killed.printed('filling');
    process.kill(killed.pid, 'SIGKILL');
    await killed.done;
    expect(await readFile(path.join(output, '.lock'), 'utf8')).toBe(`${killed.pid}\n`);
    const next = await build(output, 'next');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).not.toContain('waiting');
    expect(await contents(output)).toEqual(['next', 'next', 'next']);
    expect(await leftovers(output)).toHaveLength(1);
  });
});

describe('output from before generations', () => {
  it('is adopted: real folders become links, and nothing is missing at the end', async () => {
    const old = path.join(work, 'old-output');
    for (const [folder, file] of [
      ['site', 'index.html'],
      ['handouts', 'a.pdf'],
      ['decks', 'a.html'],
    ] as const) {
      await mkdir(path.join(old, folder), { recursive: true });
      await writeFile(path.join(old, folder, file), 'legacy');
    }
    await mkdir(path.join(old, '.building-999999999'));
    expect(await contents(old)).toEqual(['legacy', 'legacy', 'legacy']);
    const next = await build(old, 'next');
    expect(next.code, next.stderr).toBe(0);
    expect(await contents(old)).toEqual(['next', 'next', 'next']);
    expect((await lstat(path.join(old, 'site'))).isSymbolicLink()).toBe(true);
    expect(await leftovers(old)).toHaveLength(1);
  });
});

describe('a preview running across a rebuild', () => {
  it('serves the new build, not the folder the old one was in', async () => {
    const server = await startStaticServer({ root: path.join(output, 'site'), base: '/' });
    try {
      expect(await (await fetch(server.url)).text()).toBe('old');
      const next = await build(output, 'new');
      expect(next.code, next.stderr).toBe(0);
      expect(await (await fetch(server.url)).text()).toBe('new');
    } finally {
      await server.close();
    }
  });
});
