/**
 * Chromium dies with the build (issue 18): a build killed with SIGKILL used to leave 8–10
 * Chromium processes running, and Ctrl-C left a 2 MB profile in the temp folder every time. The
 * command here is a real `npm run deck`, stopped while Chromium prints; the browser is found by
 * the profile folder on its command line, which carries the builder's process id.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processesWhere } from '../../src/core/processes.ts';
import { findBrowser } from '../../src/pdf/find-browser.ts';
import { sweepProfiles } from '../../src/pdf/profiles.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser } from '../../src/pdf/shared-browser.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { hangingServer } from './hanging-server.ts';

/** The profile folders, in the temp folder, of browsers that process `pid` launched. */
const profilePrefix = (pid: number) => path.join(os.tmpdir(), `routine-press-chromium-${pid}-`);

/** Chromium processes (and their helpers) started by process `pid`. */
const chromiumOf = (pid: number) =>
  processesWhere((word) => word.startsWith(`--user-data-dir=${profilePrefix(pid)}`));

async function profilesOf(pid: number): Promise<string[]> {
  const names = await readdir(os.tmpdir());
  return names.filter((name) => name.startsWith(path.basename(profilePrefix(pid))));
}

/** SIGKILL, if the process still runs. */
function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // It ended already.
  }
}

async function until(test: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;)
    if (await test()) return true;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  return test();
}

let content: string;
let work: string;
beforeAll(async () => {
  content = await fixtureLibrary('valid');
  work = await tempWorkFolder('browser-lifetime');
});
afterAll(async () => {
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

/** `npm run deck` with an empty PDF cache, so it must print; resolves once Chromium runs. */
async function deckPrinting() {
  const cache = await mkdtemp(path.join(work, 'cache-'));
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'src/cli/main.ts'), 'deck', 'side-hip-starter', '--out', work],
    {
      cwd: projectRoot,
      env: { ...process.env, ROUTINE_PRESS_CONTENT: content, ROUTINE_PRESS_CACHE: cache },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const pid = child.pid ?? 0;
  const ended = new Promise<string>((resolve) =>
    child.on('close', (code, signal) => resolve(signal ?? `exit ${code}: ${stderr}`)),
  );
  expect(await until(() => chromiumOf(pid).length > 0, 60_000), 'Chromium started').toBe(true);
  return { pid, ended };
}

describe('a build that is stopped', () => {
  it('by SIGKILL leaves no Chromium running', async () => {
    const deck = await deckPrinting();
    process.kill(deck.pid, 'SIGKILL');
    expect(await deck.ended).toBe('SIGKILL');
    // Over a pipe, Chromium sees its end of the pipe close and quits on its own.
    expect(await until(() => chromiumOf(deck.pid).length === 0, 10_000)).toBe(true);
    // Its profile is left for the next launch to sweep (nothing runs after SIGKILL).
    const left = await profilesOf(deck.pid);
    expect(left).toHaveLength(1);
    expect(await sweepProfiles()).toContain(path.join(os.tmpdir(), left[0] ?? ''));
    expect(await profilesOf(deck.pid)).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    it(`by ${signal} ends Chromium and removes its profile`, async () => {
      const deck = await deckPrinting();
      process.kill(deck.pid, signal);
      expect(await deck.ended).toBe(signal);
      expect(chromiumOf(deck.pid)).toEqual([]);
      expect(await profilesOf(deck.pid)).toEqual([]);
    });
});

describe('the next launch', () => {
  it("ends a Chromium left by a dead builder and removes its profile, but not a live one's", async () => {
    // A builder that has ended: a short process whose id is then free.
    const gone = spawn(process.execPath, ['-e', '0']);
    const deadPid = gone.pid ?? 0;
    await new Promise((resolve) => gone.on('close', resolve));
    // Its Chromium, started without a pipe the way older builds did, so it outlives its builder.
    const orphanProfile = await mkdtemp(profilePrefix(deadPid));
    const liveProfile = await mkdtemp(profilePrefix(process.pid));
    const orphan = spawn(
      findBrowser(undefined),
      ['--headless=new', '--no-sandbox', `--user-data-dir=${orphanProfile}`, 'about:blank'],
      { detached: true, stdio: 'ignore' },
    );
    orphan.unref();
    try {
      expect(await until(() => chromiumOf(deadPid).length > 0, 20_000)).toBe(true);
      const swept = await sweepProfiles();
      expect(swept).toContain(orphanProfile);
      expect(swept).not.toContain(liveProfile);
      expect(await until(() => chromiumOf(deadPid).length === 0, 5_000)).toBe(true);
      expect(existsSync(orphanProfile)).toBe(false);
      expect(existsSync(liveProfile)).toBe(true);
    } finally {
      for (const pid of chromiumOf(deadPid)) kill(pid);
      await rm(orphanProfile, { recursive: true, force: true });
      await rm(liveProfile, { recursive: true, force: true });
    }
  });
});

describe('a browser that dies while printing', () => {
  const server = hangingServer();

  it('says which document it was printing, not "Protocol error: Target closed"', async () => {
    const browser = sharedBrowser();
    try {
      const failure = await renderPdfs(
        [
          {
            source: { html: `<img src="${server.origin}/slow.png">` },
            what: 'The handout side-hip-starter-a4.pdf',
            files: [],
          },
        ],
        {
          label: 'test',
          allowedOrigin: server.origin,
          stream: { write: () => true },
          browser: async () => {
            const launched = await browser.get();
            // Killed once the document is loading, as an out-of-memory kill would.
            void until(() => server.waiting.length > 0, 20_000).then(() =>
              launched.process()?.kill('SIGKILL'),
            );
            return launched;
          },
        },
      ).then(
        () => 'no error',
        (error: unknown) => (error as Error).message,
      );
      expect(failure).toBe(
        'The browser stopped while printing the handout side-hip-starter-a4.pdf. Hint: Run the command again. If it stops again, close other programs to free memory, or run with DEBUG=1 and report it.',
      );
    } finally {
      await browser.close();
    }
  });
});
