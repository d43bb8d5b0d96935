/**
 * A build split over three shards (each with its own empty PDF cache, as on three CI machines) and
 * merged gives the same bytes as one build of the same content and date (the run's shared build,
 * test/handouts/content.ts); the shards are disjoint; a merge missing a shard is refused, naming the
 * files, and leaves output/ as it was.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempWorkFolder, type CliResult } from '../helpers/cli.ts';
import { buildEnv, sixBuild, sixHandouts, type SixBuild } from '../handouts/content.ts';

let built: SixBuild;
let work: string;
const shards: { folder: string; result: CliResult }[] = [];

/** Every file under a folder (links followed, as a reader of output/ sees them), relative, sorted. */
async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

beforeAll(async () => {
  built = await sixBuild();
  work = await tempWorkFolder('shards');
  for (const index of [1, 2, 3]) {
    const env = buildEnv(
      built.content,
      path.join(work, `machine-${index}`),
      path.join(work, `cache-${index}`),
    );
    const result = await runCli(['build', '--shard', `${index}/3`], env);
    shards.push({ folder: path.join(work, `machine-${index}`, `shard-${index}-of-3`), result });
  }
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run build -- --shard n/3, then --merge', () => {
  it('builds three disjoint shards that together hold every handout and deck once', async () => {
    for (const { result } of shards) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    const made = await Promise.all(shards.map(({ folder }) => files(folder)));
    const pdfs = made.flatMap((list) =>
      list.filter((f) => /^(handouts|decks)\//.test(f.split(path.sep).join('/'))),
    );
    // Each file of handouts/ and decks/ in exactly one shard.
    expect(new Set(pdfs).size).toBe(pdfs.length);
    expect(
      pdfs
        .filter((f) => f.startsWith('handouts'))
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual([...sixHandouts]);
    // Two decks (one a routine) × HTML, slides PDF, notes PDF and PowerPoint.
    expect(pdfs.filter((f) => f.startsWith('decks'))).toHaveLength(8);
    // The website in one shard only (on this small library, about as long as all the printing,
    // so that shard prints the least); the others share the PDFs.
    const site = (list: string[]) => list.includes(path.join('site', 'index.html'));
    expect(made.filter(site)).toHaveLength(1);
    const printing = made.map((list) => list.filter((f) => /^(handouts|decks).*\.pdf$/.test(f)));
    for (const [i, list] of made.entries())
      if (!site(list)) expect(printing[i]?.length).toBeGreaterThan(2);
    const least = Math.min(...printing.map((list) => list.length));
    expect(printing[made.findIndex(site)]?.length).toBe(least);
    // Each printed its own part: nothing came from a cache shared with another.
    for (const { result } of shards)
      expect(result.stdout).toMatch(
        /\(handouts: \d+ printed, 0 from the cache; slide decks: \d+ printed, 0 from the cache\)/,
      );
  });

  it('merges into the same bytes as a single build', async () => {
    const output = path.join(work, 'merged');
    const result = await runCli(
      ['build', '--merge', ...shards.map((s) => s.folder)],
      buildEnv(built.content, output, path.join(work, 'unused-cache')),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Merged 3 shards (`);
    for (const folder of ['site', 'handouts', 'decks']) {
      const single = path.join(built.output, folder);
      const merged = path.join(output, folder);
      const names = await files(single);
      expect(await files(merged)).toEqual(names);
      const differ: string[] = [];
      for (const name of names) {
        const [a, b] = await Promise.all([
          readFile(path.join(single, name)),
          readFile(path.join(merged, name)),
        ]);
        if (!a.equals(b)) differ.push(name);
      }
      expect(differ, `files in ${folder}/ that differ`).toEqual([]);
    }
  }, 120_000);

  it('refuses a set with a shard missing, names its files, and leaves output/ alone', async () => {
    const output = path.join(work, 'incomplete');
    const given = [shards[0]?.folder ?? '', shards[2]?.folder ?? ''];
    const result = await runCli(
      ['build', '--merge', ...given],
      buildEnv(built.content, output, path.join(work, 'unused-cache')),
    );
    expect(result.code).not.toBe(0);
    const message = result.stderr.split(work).join('<work>');
    expect(message).toContain('The shards cannot be merged; output/ is left as it was.');
    expect(message).toMatch(/Missing \d+ files?: shard 2\/3 was not given; it makes\n/);
    expect(message).toContain('Hint: Build that shard again with "npm run build -- --shard 2/3"');
    // Each file of shard 2 is named.
    const second = (await files(shards[1]?.folder ?? '')).filter((f) =>
      /^(handouts|decks)\//.test(f),
    );
    expect(second.length).toBeGreaterThan(0);
    for (const file of second) expect(message).toContain(`    ${file}\n`);
    expect(message).not.toContain('    at '); // no stack trace
    expect(await readdir(output).catch(() => [])).toEqual([]);
  }, 60_000);
});
