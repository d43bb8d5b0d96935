/**
 * `npm run build -- --merge <folders…>`: checks that the shard folders of one build are all there
 * and whole (one content version, each shard once, every expected file present with the bytes its
 * shard wrote down), then assembles them into output/ in one atomic swap, as a single build would
 * have written it. Nothing is written when anything is missing: every missing file is named.
 */
import { copyFile, cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { UserError } from '../core/errors.ts';
import { buildAtomically } from './atomic.ts';
import { manifestName, sha256, type ShardManifest } from './shards.ts';

interface Given {
  readonly folder: string;
  readonly manifest: ShardManifest;
}

/** At most this many names of one kind in a message; the rest are counted. */
const listed = 10;

function list(names: readonly string[]): string {
  const shown = names.slice(0, listed).map((name) => `    ${name}`);
  if (names.length > listed) shown.push(`    … and ${names.length - listed} more`);
  return shown.join('\n');
}

async function readManifest(folder: string): Promise<Given | string> {
  const text = await readFile(path.join(folder, manifestName), 'utf8').catch(() => undefined);
  if (text === undefined)
    return `${folder}: not a shard folder (it has no ${manifestName}). Hint: Give the folders that "npm run build -- --shard <n>/<total>" wrote, such as output/shard-1-of-3.`;
  try {
    const manifest = JSON.parse(text) as ShardManifest;
    if (!Number.isInteger(manifest.index) || typeof manifest.files !== 'object') throw new Error();
    return { folder, manifest };
  } catch {
    return `${folder}/${manifestName}: not a shard manifest that this version can read. Hint: Build the shard again.`;
  }
}

/** Every problem with the set of shards, or none when they make a whole build. */
async function problemsOf(given: readonly Given[]): Promise<string[]> {
  const [first] = given;
  if (!first) return ['No shard folders given.'];
  const problems: string[] = [];
  const { version, total, expected } = first.manifest;
  for (const { folder, manifest } of given) {
    if (manifest.version !== version || manifest.total !== total)
      problems.push(
        `${folder} is shard ${manifest.index}/${manifest.total} of content version ${manifest.version}, but ${first.folder} is of ${first.manifest.total} shards, version ${version}. Hint: Merge shards of one build only: same content, same commit, same date (set SOURCE_DATE_EPOCH), same --shard total.`,
      );
  }
  if (problems.length > 0) return problems;
  const byIndex = new Map<number, Given>();
  for (const shard of given) {
    const twice = byIndex.get(shard.manifest.index);
    if (twice)
      problems.push(
        `Shard ${shard.manifest.index}/${total} is given twice: ${twice.folder} and ${shard.folder}. Hint: Give each shard once.`,
      );
    byIndex.set(shard.manifest.index, shard);
  }
  const missing = new Map<number, string[]>();
  for (const [file, index] of Object.entries(expected)) {
    const shard = byIndex.get(index);
    const has = shard && (file === 'site/' ? 'site/index.html' : file) in shard.manifest.files;
    if (!has) missing.set(index, [...(missing.get(index) ?? []), file]);
  }
  for (const [index, files] of [...missing].sort(([a], [b]) => a - b)) {
    const why = byIndex.has(index)
      ? `shard ${index}/${total} (${byIndex.get(index)?.folder}) lacks`
      : `shard ${index}/${total} was not given; it makes`;
    problems.push(
      `Missing ${files.length} file${files.length === 1 ? '' : 's'}: ${why}\n${list(files)}\nHint: Build that shard again with "npm run build -- --shard ${index}/${total}" and give its folder too.`,
    );
  }
  // A file that changed after its shard was built (a broken download, say) is refused too.
  for (const { folder, manifest } of given) {
    const changed: string[] = [];
    for (const [file, hash] of Object.entries(manifest.files)) {
      const bytes = await readFile(path.join(folder, file)).catch(() => undefined);
      if (!bytes || sha256(bytes) !== hash) changed.push(file);
    }
    if (changed.length > 0)
      problems.push(
        `${folder}: ${changed.length} file${changed.length === 1 ? ' is' : 's are'} missing or not what the shard wrote:\n${list(changed)}\nHint: Copy or download that shard's folder again, whole.`,
      );
  }
  return problems;
}

/** Checks the shard folders and, when they make a whole build, assembles them into output/. */
export async function mergeShards(config: Config, folders: readonly string[]): Promise<number> {
  const read = await Promise.all(folders.map(readManifest));
  const unreadable = read.filter((r) => typeof r === 'string');
  const given = read.filter((r) => typeof r !== 'string');
  const problems = unreadable.length > 0 ? unreadable : await problemsOf(given);
  if (problems.length > 0)
    throw new UserError(
      `The shards cannot be merged; output/ is left as it was.\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  const byIndex = new Map(given.map((g) => [g.manifest.index, g.folder]));
  const expected = Object.entries(given[0]?.manifest.expected ?? {});
  await buildAtomically(config.output, async (staging) => {
    const siteShard = byIndex.get(given[0]?.manifest.expected['site/'] ?? 0);
    if (siteShard)
      await cp(path.join(siteShard, 'site'), path.join(staging, 'site'), { recursive: true });
    for (const [file, index] of expected) {
      if (file === 'site/') continue;
      const from = path.join(byIndex.get(index) ?? '', file);
      // Into the website too, as a single build does: routine pages link to site/handouts/…
      for (const to of [file, ...(siteShard ? [`site/${file}`] : [])]) {
        await mkdir(path.dirname(path.join(staging, to)), { recursive: true });
        await copyFile(from, path.join(staging, to));
      }
    }
  });
  return expected.length;
}
