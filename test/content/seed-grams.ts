/**
 * The seed article's 8-gram fingerprints. The article itself lives outside the repository
 * (../shared/seed/); we keep only fingerprints of its 8-word runs in seed-8grams.txt, so the
 * originality test runs on a fresh clone and the repository never holds a copy of the article.
 * Refresh after the seed changes: node test/content/update-seed-grams.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gramFingerprint, wordNgrams } from './ngrams.ts';
import { projectRoot } from '../helpers/cli.ts';

/** Length of the word runs compared: 8 words. */
export const gramLength = 8;

/** Where the seed article sits next to the project, when it is there. */
export const seedPath =
  process.env['ROUTINE_PRESS_SEED'] ??
  path.resolve(projectRoot, '../shared/seed/000_b561f0f661931641.txt');

export const fingerprintsPath = path.join(import.meta.dirname, 'fixtures', 'seed-8grams.txt');

/** Sorted, unique fingerprints of every 8-word run of a text. */
export function fingerprintsOf(text: string): string[] {
  return [...new Set(wordNgrams(text, gramLength).map(gramFingerprint))].sort();
}

/** The stored fingerprints, one per line. */
export async function storedFingerprints(): Promise<Set<string>> {
  const text = await readFile(fingerprintsPath, 'utf8');
  return new Set(text.split('\n').filter((line) => line.length > 0));
}
