/**
 * No run of 8 words in routines/ may match the seed article: facts carry over, sentences never.
 * Every string value and comment of every YAML file is checked, not only patient fields.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import { catalogTexts } from '../../src/quality/catalog-text.ts';
import { projectRoot } from '../helpers/cli.ts';
import { gramFingerprint, wordNgrams } from './ngrams.ts';
import { yamlStrings } from './yaml-strings.ts';
import { fingerprintsOf, gramLength, seedPath, storedFingerprints } from './seed-grams.ts';

const content = path.join(projectRoot, 'routines');

async function yamlFiles(): Promise<string[]> {
  const entries = await readdir(content, { recursive: true });
  return entries.filter((e) => /\.ya?ml$/.test(e)).map((e) => path.join(content, e));
}

/** Our n-grams whose fingerprint is in the seed's set, as "file path: "8 words"" lines. */
function copiedRuns(file: string, source: string, seed: ReadonlySet<string>): string[] {
  return yamlStrings(source).flatMap(({ path: at, text }) =>
    wordNgrams(text, gramLength)
      .filter((gram) => seed.has(gramFingerprint(gram)))
      .map((gram) => `${path.relative(projectRoot, file)} ${at}: "${gram}"`),
  );
}

describe('routines/ is written in our own words', () => {
  it('shares no 8-word run with the seed article', async () => {
    const seed = await storedFingerprints();
    const files = await yamlFiles();
    expect(files.length).toBeGreaterThan(40);
    const copied: string[] = [];
    for (const file of files) copied.push(...copiedRuns(file, await readFile(file, 'utf8'), seed));
    expect(copied, `8-word runs copied from the seed article:\n${copied.join('\n')}`).toEqual([]);
  });
});

describe('the string catalog is written in our own words', () => {
  it('shares no 8-word run with the seed article', async () => {
    const seed = await storedFingerprints();
    const texts = catalogTexts(en);
    expect(texts.length).toBeGreaterThan(100);
    const copied = texts.flatMap(({ file, field, text }) =>
      wordNgrams(text, gramLength)
        .filter((gram) => seed.has(gramFingerprint(gram)))
        .map((gram) => `${file} ${field}: "${gram}"`),
    );
    expect(copied, `8-word runs copied from the seed article:\n${copied.join('\n')}`).toEqual([]);
  });
});

describe('the 8-gram check can fail', () => {
  // One sentence of the article, quoted here only to prove the check catches it.
  const copied =
    'The general advice is to replace your running shoes every 300-500 miles to ensure optimal support.';

  it('catches a copied sentence', async () => {
    const seed = await storedFingerprints();
    const found = copiedRuns('routines/x.yaml', `text: ${copied}\n`, seed);
    expect(found[0]).toBe('routines/x.yaml text: "the general advice is to replace your running"');
    expect(found).toHaveLength(10); // 17 words, so 10 runs of 8
  });

  it('still catches it with case, punctuation and hyphens changed', async () => {
    const seed = await storedFingerprints();
    const disguised = 'THE GENERAL ADVICE: is to replace your running-shoes every 300/500 MILES!';
    expect(copiedRuns('routines/x.yaml', `text: "${disguised}"\n`, seed).length).toBeGreaterThan(3);
  });

  it('lets a sentence with the same facts in new words pass', async () => {
    const seed = await storedFingerprints();
    const ours =
      'Shoes wear out and lose their cushion and support. Buy a new pair every 300 to 500 miles.';
    expect(copiedRuns('routines/x.yaml', `text: ${ours}\n`, seed)).toEqual([]);
  });

  // The article is kept outside the repository; on a clone without it there is nothing to compare.
  it.skipIf(!existsSync(seedPath))(
    'keeps the stored fingerprints in step with the seed article',
    async () => {
      const fresh = fingerprintsOf(await readFile(seedPath, 'utf8'));
      expect([...(await storedFingerprints())].sort()).toEqual(fresh);
    },
  );
});
