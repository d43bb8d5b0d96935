/**
 * A content-hash cache for PDFs, so an unchanged document is not printed again. The key is a hash
 * of the full HTML, the print options and `rendererVersion`; the files live in
 * node_modules/.cache/routine-press/pdf/ (never in output/, which each build replaces). The same
 * folder keeps what else a build makes in Chromium from content alone (`fileCache`): a deck's
 * fitted text sizes, its PowerPoint file, its pictures as PNG.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../core/fs.ts';

/** Bump when printing changes in a way the HTML does not show (flags, PDF options, post-processing). */
export const rendererVersion = 'pdf-1';

/** Entries not used for this long are removed. */
const maxAgeMs = 30 * 24 * 60 * 60 * 1000;

export interface FileCache {
  readonly folder: string;
  /** The cached bytes for `key`, or undefined. */
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Removes entries nobody has used for 30 days. */
  prune(): Promise<void>;
}

export function cacheKey(html: string, options: unknown): string {
  return createHash('sha256')
    .update(rendererVersion)
    .update('\0')
    .update(JSON.stringify(options))
    .update('\0')
    .update(html)
    .digest('hex');
}

/** Cached PDFs, by `cacheKey`. */
export type PdfCache = FileCache;

/** A hash of the parts, in order, each ended by a NUL: a key for `fileCache`. */
export function hashKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Files by key in `folder` (Config.cache: node_modules/.cache/routine-press/pdf unless set), named
 * `<key>.<extension>`; entries of every extension are pruned alike. What Chromium made is kept
 * under the `browser` that made it (`browserVersion` in browser.ts): after a browser upgrade,
 * every key is new, so everything is made again by the new browser.
 */
export function fileCache(folder: string, extension: string, browser: string): FileCache {
  const file = (key: string) => path.join(folder, `${hashKey(browser, key)}.${extension}`);
  return {
    folder,
    async get(key) {
      try {
        const bytes = await readFile(file(key));
        const now = new Date();
        // Touch it, so pruning keeps what is still in use.
        await utimes(file(key), now, now).catch(() => undefined);
        return new Uint8Array(bytes);
      } catch {
        return undefined;
      }
    },
    put: (key, bytes) => writeFileAtomic(file(key), bytes),
    async prune() {
      const names = await readdir(folder).catch(() => []);
      const cutoff = Date.now() - maxAgeMs;
      for (const name of names) {
        const entry = path.join(folder, name);
        const info = await stat(entry).catch(() => undefined);
        if (info && info.mtimeMs < cutoff) await rm(entry, { force: true });
      }
    },
  };
}

/** The cache of PDFs in `folder`, printed by `browser` (`browserVersion`). */
export const pdfCache = (folder: string, browser: string): PdfCache =>
  fileCache(folder, 'pdf', browser);
