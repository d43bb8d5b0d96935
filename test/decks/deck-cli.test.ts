import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { englishIn, withoutNames } from '../helpers/english-words.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { readPptx } from './pptx-read.ts';

let content: string;
let work: string;
beforeAll(async () => {
  content = await fixtureLibrary('valid');
  work = await tempWorkFolder('deck-cli');
});
afterAll(async () => {
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

describe('npm run deck', () => {
  it('writes one self-contained deck file', async () => {
    const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', work], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote the deck "Build strong side hips at home" (8 slides)');
    const html = await readFile(path.join(work, 'side-hip-starter.html'), 'utf8');
    expect(html.match(/<section class="page slide /g)).toHaveLength(8);
    // Nothing points outside the file: any src or href is a data: URI, and so are the fonts.
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(html).toMatch(/@font-face \{[^}]*url\("data:font\/woff2;base64,/);
  });

  it('writes an editable PowerPoint file beside it with --pptx', async () => {
    const folder = path.join(work, 'pptx');
    const result = await runCli(
      ['deck', 'side-hip-starter', '--pptx', '--no-pdf', '--out', folder],
      {
        ROUTINE_PRESS_CONTENT: content,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ${path.join(folder, 'side-hip-starter.pptx')}\n`);
    const pptx = await readPptx(await readFile(path.join(folder, 'side-hip-starter.pptx')));
    expect(pptx.slides).toHaveLength(8);
    expect(pptx.slides[0]?.text).toContain('Build strong side hips at home');
  });

  it('replaces an existing .html file given as --out, in one rename', async () => {
    const file = path.join(work, 'talk.html');
    await writeFile(file, 'an older deck');
    const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', file], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ${file}\n`);
    expect(await readFile(file, 'utf8')).toMatch(/^<!doctype html>/i);
    // Written beside it and renamed over it: no temporary file is left.
    expect((await readdir(work)).filter((f) => f.startsWith('.talk.html'))).toEqual([]);
  });

  it('lists every argument problem on stderr and exits 1, writing nothing', async () => {
    const before = await readdir(work);
    const result = await runCli(['deck', 'side-hip-startr', 'b', '--slides', '--out', work], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "--slides: unknown option. Hint: The options are: --notes, --no-pdf, --pptx, --lang, --out, --browser-path, --list, --help.
      b: one deck at a time; side-hip-startr came first. Hint: Run the command once for each.
      side-hip-startr: there is no such deck. Hint: Did you mean "side-hip-starter"? The decks are: side-hip-starter.
      See every option: npm run deck -- --help
      "
    `);
    expect(await readdir(work)).toEqual(before);
  });

  it('makes a deck of the bundled pack in Spanish with --lang es: its own names, marked es, no English word', async () => {
    const folder = path.join(work, 'es');
    const bundled = path.join(projectRoot, 'routines');
    const result = await runCli(['deck', 'outer-hip-pain', '--lang', 'es', '--out', folder], {
      ROUTINE_PRESS_CONTENT: bundled,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([
      'outer-hip-pain-es.html',
      'outer-hip-pain-es.pdf',
    ]);
    const html = await readFile(path.join(folder, 'outer-hip-pain-es.html'), 'utf8');
    expect(html).toContain('<html lang="es"');
    const pdf = await readPdf(path.join(folder, 'outer-hip-pain-es.pdf'));
    expect(pdf.catalog).toContain('/Lang (es)');
    const text = pdf.text.join(' ');
    expect(text).toContain('Para y llama a tu fisioterapeuta si…');
    const library = await loadLibrary(bundled, { language: 'es' });
    expect(englishIn(withoutNames(text, library))).toEqual([]);
  });

  it('names the languages there are when --lang asks for another', async () => {
    const result = await runCli(
      ['deck', 'side-hip-starter', '--lang', 'fr', '--no-pdf', '--out', work],
      {
        ROUTINE_PRESS_CONTENT: content,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "French (fr) is not one of the languages in settings.yaml (en). Hint: Add it to languages: [en, fr], or choose one of en.
      "
    `);
  });
});
