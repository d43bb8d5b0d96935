/** A handout in Spanish (fixture translation-es): the content's Spanish, the Spanish catalog and dose words. */
import { describe, expect, it } from 'vitest';
import { handoutHtml } from '../../src/handouts/html.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { textOf } from '../domain/html-text.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

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
});
