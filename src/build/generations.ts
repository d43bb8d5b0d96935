/**
 * How output/ is laid out so one rename makes a whole build current. Each build is written into a
 * generation folder of its own, `output/.builds/<id>/`; the link `output/.current` names the one
 * in use; and `output/site`, `output/handouts` and `output/decks` are links through it
 * (`site → .current/site`) that never change. Replacing `.current` (a rename, atomic on one file
 * system) switches all three at once: a reader or a kill sees the whole old build or the whole
 * new one, never a mix. Everything else in output/ (figures/, .tests/) is left alone.
 */
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { alive } from '../core/processes.ts';

export const buildsFolder = '.builds';
export const currentLink = '.current';

/** The generation `.current` points to ('.builds/<id>'), or undefined before the first build. */
export async function currentGeneration(outputRoot: string): Promise<string | undefined> {
  return readlink(path.join(outputRoot, currentLink)).catch(() => undefined);
}

/**
 * A new link to `target` (relative to the link's folder) next to `at`, ready to be renamed over it.
 * Windows makes directory links as junctions, which need an absolute target.
 */
export async function prepareLink(target: string, at: string): Promise<string> {
  const fresh = `${at}.new`;
  await rm(fresh, { force: true });
  if (process.platform === 'win32')
    await symlink(path.resolve(path.dirname(at), target), fresh, 'junction');
  else await symlink(target, fresh, 'dir');
  return fresh;
}

/** Makes `at` a link to `target` by a rename, so it is never missing in between. */
export async function replaceLink(target: string, at: string): Promise<void> {
  await rename(await prepareLink(target, at), at);
}

/**
 * Gives each folder of the current generation its fixed link in output/, and puts back one that
 * a kill took away. A real folder in a link's place (written there while no link existed) is
 * replaced, as a build always replaced these folders.
 */
export async function linkFolders(outputRoot: string): Promise<void> {
  const generation = await currentGeneration(outputRoot);
  if (!generation) return;
  for (const name of await readdir(path.join(outputRoot, generation)).catch(() => [])) {
    // A build's own records (site.ts's .site.json) stay inside it.
    if (name.startsWith('.')) continue;
    const at = path.join(outputRoot, name);
    const info = await lstat(at).catch(() => undefined);
    const target = path.join(currentLink, name);
    if (info?.isSymbolicLink() && (await readlink(at)) === target) continue;
    if (info && !info.isSymbolicLink()) await rm(at, { recursive: true, force: true });
    await replaceLink(target, at);
  }
}

/**
 * Output from before generations: real site/, handouts/ and decks/ folders. They become the
 * first generation, so the links can take their names and the first new build swaps as usual.
 */
export async function adoptOldOutput(outputRoot: string, names: readonly string[]): Promise<void> {
  if (await currentGeneration(outputRoot)) return;
  const old: string[] = [];
  for (const name of names) {
    const info = await lstat(path.join(outputRoot, name)).catch(() => undefined);
    if (info?.isDirectory()) old.push(name);
  }
  if (old.length === 0) return;
  const generation = path.join(buildsFolder, 'adopted');
  await mkdir(path.join(outputRoot, generation), { recursive: true });
  await replaceLink(generation, path.join(outputRoot, currentLink));
  // One folder at a time: a kill here leaves one name missing until the next run links it.
  for (const name of old) {
    await rename(path.join(outputRoot, name), path.join(outputRoot, generation, name));
    await replaceLink(path.join(currentLink, name), path.join(outputRoot, name));
  }
}

/**
 * Before a build starts (with the lock held): removes every generation but the current one (a
 * build killed before it swapped, or the generation a swap left behind), half-made links, and the
 * staging folders of older versions (`.building-<pid>`, whose process is gone).
 */
export async function sweep(outputRoot: string): Promise<void> {
  const keep = await currentGeneration(outputRoot);
  const builds = path.join(outputRoot, buildsFolder);
  for (const name of await readdir(builds).catch(() => [])) {
    if (path.join(buildsFolder, name) !== keep)
      await rm(path.join(builds, name), { recursive: true, force: true });
  }
  for (const name of await readdir(outputRoot)) {
    const at = path.join(outputRoot, name);
    const halfMadeLink = name.endsWith('.new') && (await lstat(at)).isSymbolicLink();
    const owner = /^\.building-(\d+)|^\.lock\.(?:stale-)?(\d+)$/.exec(name);
    const orphan = owner && !alive(Number(owner[1] ?? owner[2]));
    if (halfMadeLink || orphan) await rm(at, { recursive: true, force: true });
  }
}
