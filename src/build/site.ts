/**
 * Builds the Astro site into a folder, through Astro's programmatic API; or, in a build, copies the
 * last build's site when nothing it is made from changed.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import type { Config } from '../core/config.ts';
import { writeFileAtomic } from '../core/fs.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { withLibrariesHandedOver } from '../site/handover.ts';
import { filesUnder, hashInputs } from './inputs.ts';
import { leftOutNotice, writeServiceWorkers, type Precache } from './service-worker.ts';

/** The path part of the public address: https://example.org/hips/ → /hips/ */
export function basePath(library: Library): string {
  return new URL(library.settings.site.baseUrl).pathname;
}

/**
 * The site in every language of the settings: the content's own at the base path, each other one
 * under /<language>/ (src/pages/[lang]/).
 */
export async function buildSite(
  library: Library,
  outDir: string,
  config: Pick<Config, 'base' | 'debug'>,
): Promise<Precache[]> {
  const translated = await Promise.all(
    library.settings.languages.slice(1).map((language) => loadLibrary(library.root, { language })),
  );
  // The pages read these libraries instead of loading routines/ a second time.
  await withLibrariesHandedOver([library, ...translated], () =>
    build({
      root: process.cwd(),
      outDir,
      site: library.settings.site.baseUrl,
      base: config.base ?? basePath(library),
      // Astro logs errors with their stack; routine-press reports them itself (see cli/report.ts).
      logLevel: config.debug ? 'info' : 'silent',
    }),
  );
  // After the pages, so that the service workers can list them all to keep for offline use.
  const workers = await writeServiceWorkers(outDir, library.settings.languages);
  const notice = leftOutNotice(workers);
  if (notice) console.log(notice);
  return workers;
}

/**
 * What a build keeps next to its site/ folder (in its generation, see generations.ts): the hash of
 * everything the site was made from, and the files the website step made (the handout and deck
 * copies come after).
 */
export const siteRecordName = '.site.json';

interface SiteRecord {
  readonly key: string;
  readonly files: readonly string[];
}

/**
 * Everything the site is made from: the content (routines, settings, pictures, translations), the
 * templates (the builder prints the handout in the browser), the program (src/, the locked package
 * versions, Astro's and TypeScript's settings), the base path and Node's version. Folders count by
 * what is in them, not where they are.
 */
export async function siteInputsKey(config: Pick<Config, 'content' | 'templates' | 'base'>) {
  const hash = createHash('sha256').update(`site 1\0${config.base ?? ''}\0${process.version}\0`);
  await hashInputs(
    hash,
    [
      { folder: config.content, name: 'content' },
      { folder: config.templates, name: 'templates' },
      'src',
    ],
    ['package-lock.json', 'astro.config.mjs', 'tsconfig.json'],
  );
  return hash.digest('hex');
}

/**
 * The build's website step. When everything the site is made from (siteInputsKey) is the same as
 * for the site of the `previous` generation, that site's files are copied into `outDir` and Astro
 * is skipped: 6 to 9 s of CPU on a warm build. Otherwise the site is built. Either way the record
 * of what it made is written next to `outDir`. Says whether the site was copied.
 */
export async function buildOrCopySite(
  library: Library,
  outDir: string,
  config: Pick<Config, 'content' | 'templates' | 'base' | 'debug'>,
  previous: string,
): Promise<boolean> {
  const key = await siteInputsKey(config);
  const record = await readRecord(path.join(previous, siteRecordName));
  let files: readonly string[];
  const copied =
    record?.key === key && (await copyFiles(path.join(previous, 'site'), outDir, record.files));
  if (copied) files = record.files;
  else {
    await rm(outDir, { recursive: true, force: true });
    await buildSite(library, outDir, config);
    files = await filesUnder(outDir);
  }
  const made: SiteRecord = { key, files };
  await writeFileAtomic(path.join(path.dirname(outDir), siteRecordName), JSON.stringify(made));
  return copied;
}

async function readRecord(file: string): Promise<SiteRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Partial<SiteRecord>;
    return typeof record.key === 'string' && Array.isArray(record.files)
      ? { key: record.key, files: record.files.map(String) }
      : undefined;
  } catch {
    // No earlier build, or one from before records: the site is built.
    return undefined;
  }
}

/** Copies `files` from one folder to another; false if any is missing (then build afresh). */
async function copyFiles(from: string, to: string, files: readonly string[]): Promise<boolean> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))));
  try {
    for (const folder of folders) await mkdir(folder, { recursive: true });
    // A copy-on-write clone where the file system has them, else a plain copy.
    for (const file of files)
      await copyFile(path.join(from, file), path.join(to, file), constants.COPYFILE_FICLONE);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
