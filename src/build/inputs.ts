/**
 * What a build reads, as a hash: files by their path in a folder and their bytes, in a fixed order.
 * The shards' content version (shards.ts) and the website step's "unchanged since the last build"
 * (site.ts) both come from it.
 */
import type { Hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The files of `folder`, relative to it, sorted; none if it is missing. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Adds every file of each folder to `hash`, each as `<name>/<path in the folder>` and its bytes
 * (`name` is the folder as given unless named), then the bytes of each single file (none if it is
 * missing).
 */
export async function hashInputs(
  hash: Hash,
  folders: readonly (string | { readonly folder: string; readonly name: string })[],
  files: readonly string[] = [],
): Promise<void> {
  for (const entry of folders) {
    const { folder, name } = typeof entry === 'string' ? { folder: entry, name: entry } : entry;
    for (const file of await filesUnder(folder)) {
      hash.update(`${name}/${file}\0`);
      hash.update(await readFile(path.join(folder, file)));
    }
  }
  for (const file of files) hash.update(await readFile(file).catch(() => ''));
}
