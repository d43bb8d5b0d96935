/**
 * A content-hash cache for PDFs, so an unchanged document is not printed again. The key is a hash
 * of the full HTML, the print options and `rendererVersion`; the files live in
 * node_modules/.cache/routine-press/pdf/ (never in output/, which each build replaces).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../core/fs.ts';

/** Bump when printing changes in a way the HTML does not show (flags, PDF options, post-processing). */
export const rendererVersion = 'pdf-1';

/** Entries not used for this long are removed. */
const maxAgeMs = 30 * 24 * 60 * 60 * 1000;

export interface PdfCache {
  readonly folder: string;
  /** The cached PDF for `key`, or undefined. */
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, pdf: Uint8Array): Promise<void>;
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

/** The cache in `folder` (Config.cache: node_modules/.cache/routine-press/pdf unless set). */
export function pdfCache(folder: string): PdfCache {
  const file = (key: string) => path.join(folder, `${key}.pdf`);
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
    put: (key, pdf) => writeFileAtomic(file(key), pdf),
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
