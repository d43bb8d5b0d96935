/**
 * A build with `languages: [en, es]` (fixture translation-es: the valid library with part of it in
 * Spanish) makes every handout and deck in both languages: the English files keep their names, the
 * Spanish ones carry "-es", say they are Spanish in the PDF, and their QR code opens the Spanish page.
 * One real `npm run build`; the shard plan of the same two libraries names the Spanish files too.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFiles } from '../../src/build/shards.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { runCli, tempWorkFolder, type CliResult } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { qrOnPage } from '../helpers/pdf-raster.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { buildEnv } from '../handouts/content.ts';

let content: string;
let work: string;
let output: string;
let result: CliResult;

beforeAll(async () => {
  content = await fixtureLibrary('translation-es');
  work = await tempWorkFolder('languages');
  output = path.join(work, 'output');
  result = await runCli(['build'], buildEnv(content, output, path.join(work, 'cache')));
}, 300_000);

afterAll(async () => {
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

/** Every file under `folder`, relative to it, sorted. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

describe('a build in English and Spanish', () => {
  it('makes every handout and deck in both languages, the English names unchanged', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const handouts = [
      'side-hip-starter-a4-large.pdf',
      'side-hip-starter-a4.pdf',
      'side-hip-starter-es-a4-large.pdf',
      'side-hip-starter-es-a4.pdf',
      'side-hip-starter-es-letter-large.pdf',
      'side-hip-starter-es-letter.pdf',
      'side-hip-starter-letter-large.pdf',
      'side-hip-starter-letter.pdf',
    ];
    const decks = [
      'notes/side-hip-starter-es.pdf',
      'notes/side-hip-starter.pdf',
      'side-hip-starter-es.html',
      'side-hip-starter-es.pdf',
      'side-hip-starter-es.pptx',
      'side-hip-starter.html',
      'side-hip-starter.pdf',
      'side-hip-starter.pptx',
    ];
    expect(await filesIn(path.join(output, 'handouts'))).toEqual(handouts);
    expect(await filesIn(path.join(output, 'decks'))).toEqual(decks);
    // The copies the website links to.
    expect(await filesIn(path.join(output, 'site', 'handouts'))).toEqual(handouts);
    expect(await filesIn(path.join(output, 'site', 'decks'))).toEqual(decks);
  });

  it('prints the Spanish handout in Spanish, marked es, its QR code to the Spanish page', async () => {
    const spanish = path.join(output, 'handouts', 'side-hip-starter-es-letter.pdf');
    const pdf = await readPdf(spanish);
    expect(pdf.catalog).toContain('/Lang (es)');
    const text = pdf.text.join(' ');
    for (const words of [
      'Tus ejercicios',
      'Para y llama a tu fisioterapeuta si…',
      'Cuánto dolor está bien',
      '1 de enero de 2026',
    ])
      expect(text).toContain(words);
    expect(await qrOnPage(spanish, 1)).toBe(
      'https://example.org/routine-press/es/routines/side-hip-starter/',
    );
  });

  it('leaves the English handout as it was: English, marked en, its QR code to the English page', async () => {
    const english = path.join(output, 'handouts', 'side-hip-starter-letter.pdf');
    const pdf = await readPdf(english);
    expect(pdf.catalog).toContain('/Lang (en)');
    expect(pdf.text.join(' ')).toContain('Stop and call your clinician if…');
    expect(await qrOnPage(english, 1)).toBe(
      'https://example.org/routine-press/routines/side-hip-starter/',
    );
  });

  it('prints the Spanish deck marked es, with Spanish slide words', async () => {
    const pdf = await readPdf(path.join(output, 'decks', 'side-hip-starter-es.pdf'));
    expect(pdf.catalog).toContain('/Lang (es)');
    expect(pdf.text.join(' ')).toContain('Educación, no diagnóstico');
  });

  it('gives every shard of a build its Spanish files too', async () => {
    const libraries: Library[] = [
      await loadLibrary(content),
      await loadLibrary(content, { language: 'es' }),
    ];
    const expected = expectedFiles(libraries, 2);
    for (const file of [
      'handouts/side-hip-starter-letter.pdf',
      'handouts/side-hip-starter-es-letter.pdf',
      'decks/side-hip-starter.pdf',
      'decks/side-hip-starter-es.pdf',
      'decks/notes/side-hip-starter-es.pdf',
      'decks/side-hip-starter-es.pptx',
    ])
      expect([1, 2]).toContain(expected[file]);
    const spanish = Object.keys(expected).filter((file) => file.includes('-es'));
    expect(spanish).toHaveLength(4 + 4);
  });
});
