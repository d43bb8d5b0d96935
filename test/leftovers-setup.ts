/**
 * The suite ends by checking that no test left a browser or scratch files behind (issue 18): no
 * Chromium process still running, no browser profile, no scratch folder in output/.tests/ (which
 * holds the builds' staging folders). Every process of the run gets a temp folder of its own
 * (TMPDIR, inherited by the workers and everything they start), so another test run on the same
 * machine is never counted. Anything found is named, removed, and fails the run.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processesWhere } from '../src/core/processes.ts';
import { projectRoot } from './helpers/cli.ts';

const scratch = path.join(projectRoot, 'output', '.tests');
const names = async (folder: string) => readdir(folder).catch(() => [] as string[]);

export default async function setup(): Promise<() => Promise<void>> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'routine-press-test-run-'));
  const outerTemp = process.env['TMPDIR'];
  process.env['TMPDIR'] = temp;
  const before = new Set(await names(scratch));

  return async () => {
    if (outerTemp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = outerTemp;
    // Workers have just been sent SIGTERM and may still be tidying up (ending Chromium, removing
    // its profile): give them a few seconds before anything counts as left behind.
    const chromium = () => processesWhere((word) => word.startsWith(`--user-data-dir=${temp}/`));
    const profileNames = async () =>
      (await names(temp)).filter((name) => name.startsWith('routine-press-chromium-'));
    for (let i = 0; i < 50 && (chromium().length > 0 || (await profileNames()).length > 0); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const running = chromium();
    const profiles = await profileNames();
    // The run's own shared folder (test/global-setup.ts) is removed by its own teardown.
    const scratchLeft = (await names(scratch)).filter(
      (name) => !before.has(name) && !name.startsWith('run-'),
    );
    for (const pid of running)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Ended on its own meanwhile.
      }
    await rm(temp, { recursive: true, force: true });
    for (const name of scratchLeft)
      await rm(path.join(scratch, name), { recursive: true, force: true });
    const found = [
      ...(running.length > 0 ? [`Chromium still running (process ${running.join(', ')})`] : []),
      ...profiles.map((name) => `a browser profile: ${name}`),
      ...scratchLeft.map((name) => `a scratch folder: output/.tests/${name}`),
    ];
    if (found.length > 0)
      throw new Error(`Tests left these behind (now removed):\n  ${found.join('\n  ')}`);
  };
}
