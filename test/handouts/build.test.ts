/**
 * `npm run build` makes the handouts: the run's shared build of the six-exercise library
 * (test/handouts/content.ts), then a second build into a copy of it, from the cache (and the
 * website copied, as nothing it is made from changed). A handout
 * step that fails is in test/cli/build-atomic.test.ts.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/inputs.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { buildEnv, copyOfSixBuild, sixBuild, sixHandouts, type SixBuild } from './content.ts';

let built: SixBuild;
let work: string;

beforeAll(async () => {
  built = await sixBuild();
  work = await tempWorkFolder('handouts-build');
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run build makes the handouts', () => {
  it('renders every routine in 4 variants, with progress, into output/handouts/ and the website', async () => {
    const { result, output } = built;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Building the handouts…\n');
    expect(result.stdout).toContain('  handouts 8/8\n');
    expect((await readdir(path.join(output, 'handouts'))).sort()).toEqual(sixHandouts);
    expect((await readdir(path.join(output, 'site/handouts'))).sort()).toEqual(sixHandouts);
    for (const name of sixHandouts)
      expect(await readFile(path.join(output, 'site/handouts', name))).toEqual(
        await readFile(path.join(output, 'handouts', name)),
      );
  });

  it('serves unchanged handouts from the cache and copies the unchanged website on the next build', async () => {
    const { output, cache } = await copyOfSixBuild(work);
    const again = await runCli(['build'], buildEnv(built.content, output, cache));
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  handouts 8/8 (8 unchanged, from the cache)\n');
    // Nothing the site is made from changed: Astro did not run; the same files, the same bytes.
    expect(again.stdout).toContain(
      'Building the website…\n  website unchanged since the last build, copied\n',
    );
    const site = await filesUnder(path.join(built.output, 'site'));
    expect(site.length).toBeGreaterThan(20);
    expect(await filesUnder(path.join(output, 'site'))).toEqual(site);
    for (const file of site)
      expect(await readFile(path.join(output, 'site', file)), file).toEqual(
        await readFile(path.join(built.output, 'site', file)),
      );
    // Written from the cache: the same bytes as the first build's.
    for (const name of sixHandouts)
      expect(await readFile(path.join(output, 'handouts', name))).toEqual(
        await readFile(path.join(built.output, 'handouts', name)),
      );
  }, 120_000);
});
