import { describe, expect, it } from 'vitest';
import {
  checkSpanishReading,
  easeOf,
  fernandezHuerta,
  spanishTextStats,
} from '../../src/quality/spanish-reading.ts';
import {
  spanishNumberSyllables,
  spanishWordSyllables,
} from '../../src/quality/spanish-syllables.ts';

describe('Spanish syllable counter', () => {
  // Checked by hand against the RAE's rules for dividing words into syllables.
  it.each([
    ['cadera', 3], // ca-de-ra
    ['rodilla', 3], // ro-di-lla
    ['Glúteo', 3], // glú-te-o: two strong vowels split
    ['cuerpo', 2], // cuer-po: a weak vowel joins a strong one
    ['día', 2], // dí-a: an accent on the weak vowel splits them
    ['reúne', 3], // re-ú-ne
    ['aéreo', 4], // a-é-re-o
    ['que', 1], // the u of "que" is silent
    ['sigue', 2], // si-gue
    ['agua', 2], // a-gua: this u is said
    ['pingüino', 3], // pin-güi-no
    ['isquiotibiales', 5], // is-quio-ti-bia-les
    ['muy', 1], // a final y after a vowel is a vowel
    ['ayuda', 3], // a-yu-da: a y before a vowel is a consonant
    ['y', 1],
  ])('%s has %i', (word, count) => expect(spanishWordSyllables(word)).toBe(count));

  it.each([
    ['10', 1], // diez
    ['15', 2], // quin-ce
    ['30', 2], // trein-ta
    ['45', 6], // cua-ren-ta y cin-co
    ['100', 1], // cien
    ['480', 7], // cua-tro-cien-tos o-chen-ta
    ['500', 3], // qui-nien-tos
    ['27,5', 8], // vein-ti-sie-te co-ma cin-co
    ['1.000', 1], // mil: a point before 3 digits groups thousands
  ])('the number %s has %i', (number, count) => expect(spanishNumberSyllables(number)).toBe(count));
});

describe('Fernández-Huerta reading ease', () => {
  it('counts words, sentences and syllables of a text', () => {
    expect(spanishTextStats('El perro come. Yo corro.')).toEqual({
      words: 5,
      sentences: 2,
      syllables: 8,
    });
  });

  it('is 206.84 − 60 × syllables per word − 1.02 × words per sentence', () => {
    // 206.84 − 60 × 8/5 − 1.02 × 5/2
    expect(fernandezHuerta('El perro come. Yo corro.')).toBeCloseTo(108.29, 2);
    expect(easeOf({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(66.44, 2);
  });

  it('scores long sentences of long words as hard, and short plain ones as easy', () => {
    expect(fernandezHuerta('Para si te duele la rodilla.')).toBeGreaterThan(80);
    expect(
      fernandezHuerta(
        'La rehabilitación multidisciplinaria constituye la intervención terapéutica fundamental en la tendinopatía glútea.',
      ),
    ).toBeLessThan(30);
  });
});

describe('the Spanish reading check', () => {
  const easy = {
    file: 'es/a.yaml',
    field: 'steps[0]',
    text: 'Acuéstate de lado con las rodillas dobladas.',
  };
  const hard = {
    file: 'es/a.yaml',
    field: 'purpose',
    text: 'La rehabilitación multidisciplinaria constituye la intervención terapéutica fundamental.',
  };

  it('passes plain text', () => {
    expect(checkSpanishReading([easy]).problems).toEqual([]);
  });

  it('names the file and field of a string that is too hard, and fails the whole', () => {
    const { problems } = checkSpanishReading([easy, hard]);
    expect(problems[0]).toMatch(
      /^es\/a\.yaml purpose: reading ease -?\d+\.\d \(at least 60\): "La rehab/,
    );
    expect(problems.some((p) => p.startsWith('reading ease of all 2 strings together'))).toBe(true);
  });

  it('does not judge a short fragment alone, but counts it in the whole', () => {
    const short = { file: 'es/a.yaml', field: 'name', text: 'Tendinopatía isquiotibial' };
    const report = checkSpanishReading([short]);
    expect(report.scored).toEqual([]);
    expect(report.whole).toBeLessThan(70);
  });
});
