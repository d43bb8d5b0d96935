/**
 * A handout in Spanish: of fixture translation-es, the content's Spanish, the Spanish catalog and
 * dose words; of the bundled pack, printed by `npm run handout -- --lang es`, a PDF marked es with
 * no English interface word and a QR code to the Spanish page.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoutHtml } from '../../src/handouts/html.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { textOf } from '../domain/html-text.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { englishIn, withoutNames } from '../helpers/english-words.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { qrOnPage } from '../helpers/pdf-raster.ts';
import { readPdf } from '../helpers/pdf-text.ts';

describe('a handout in Spanish', () => {
  it('is lang="es", with Spanish headings, dose words, date, stop rules and disclaimer', async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      const html = await handoutHtml(
        await loadLibrary(content, { language: 'es' }),
        templateEnv('templates'),
        'side-hip-starter',
        { paper: 'letter', large: false, date: new Date(Date.UTC(2026, 0, 15)) },
      );
      expect(html).toContain('<html lang="es"');
      const text = textOf(html);
      for (const words of [
        'Caderas fuertes en casa',
        'Tus ejercicios',
        '2 series de 12 de cada lado, una vez al día, 3 días por semana',
        '3 series de 10, una vez al día, 3 días por semana',
        'Descansa 30 segundos entre series.',
        'Para si el dolor baja por la pierna.',
        '15 de enero de 2026',
        'Esto es educación, no un diagnóstico.',
        'Para y llama a tu fisioterapeuta si…',
      ])
        expect(text).toContain(words);
      for (const english of ['Your tick-sheet', 'sets of', 'When to stop', 'a day,', 'days a week'])
        expect(text).not.toContain(english);
    } finally {
      await removeFixture(content);
    }
  });

  it('prints with --lang es a PDF marked es, its stop signs and pain rule in Spanish, no English word', async () => {
    const work = await tempWorkFolder('handout-es');
    try {
      const bundled = path.join(projectRoot, 'routines');
      const file = path.join(work, 'cadera.pdf');
      const result = await runCli(
        ['handout', '--routine', 'outer-hip-pain', '--lang', 'es', '--out', file],
        { ROUTINE_PRESS_CONTENT: bundled },
      );
      expect(result.code, result.stderr).toBe(0);
      const pdf = await readPdf(file);
      expect(pdf.catalog).toContain('/Lang (es)');
      const text = pdf.text.join(' ');
      for (const words of [
        'Para y llama a tu fisioterapeuta si…',
        'Busca ayuda urgente ahora',
        'Cuánto dolor está bien',
        'Verde, 0 a 3',
        'Rojo, 6 a 10',
      ])
        expect(text).toContain(words);
      const library = await loadLibrary(bundled, { language: 'es' });
      expect(englishIn(withoutNames(text, library))).toEqual([]);
      expect(await qrOnPage(file, 1)).toBe(
        `${library.settings.site.baseUrl}es/routines/outer-hip-pain/`,
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
