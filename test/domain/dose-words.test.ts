import { describe, expect, it } from 'vitest';
import type { Dose } from '../../src/model/schema/dose.ts';
import {
  amountWords,
  doseNumbers,
  doseWords,
  frequencyWords,
  minutesWords,
  restWords,
  weeklyWords,
} from '../../src/domain/dose-words.ts';
import { en, es } from '../../src/domain/catalog/index.ts';

const base: Dose = {
  sets: 2,
  reps: 10,
  perSide: true,
  restSeconds: 30,
  frequency: { timesPerDay: 1, daysPerWeek: 3 },
};

describe('dose in words and numbers', () => {
  it.each<[string, Partial<Dose>, string, string]>([
    [
      'reps on each side',
      {},
      '2 sets of 10 on each side, once a day, 3 days a week',
      '2 × 10 each side',
    ],
    [
      'one set, both legs',
      { sets: 1, perSide: false },
      '1 set of 10, once a day, 3 days a week',
      '1 × 10',
    ],
    [
      'holds',
      { reps: undefined, holdSeconds: 30, sets: 3 },
      '3 holds of 30 seconds on each side, once a day, 3 days a week',
      '3 × 30 s hold each side',
    ],
    [
      'timed rounds in minutes',
      { reps: undefined, seconds: 120, sets: 1, perSide: false },
      '1 round of 2 minutes, once a day, 3 days a week',
      '1 × 120 s',
    ],
    [
      'twice a day, every day',
      { frequency: { timesPerDay: 2, daysPerWeek: 7 } },
      '2 sets of 10 on each side, twice a day, every day',
      '2 × 10 each side',
    ],
  ])('%s', (_, change, words, numbers) => {
    const dose = Object.fromEntries(
      Object.entries({ ...base, ...change }).filter(([, v]) => v !== undefined),
    ) as Dose;
    expect(doseWords(dose, 'mi', en.dose)).toBe(words);
    expect(doseNumbers(dose, 'mi', en.dose)).toBe(numbers);
  });

  it('gives distance in the settings units', () => {
    const { reps, ...rest } = base;
    const dose: Dose = { ...rest, metres: 10 };
    expect(doseWords(dose, 'km', en.dose)).toBe(
      '2 sets of 10 metres on each side, once a day, 3 days a week',
    );
    expect(doseWords(dose, 'mi', en.dose)).toBe(
      '2 sets of 11 yards on each side, once a day, 3 days a week',
    );
  });

  it('says how long to rest only when there is more than one set', () => {
    expect(restWords(base, en.dose)).toBe('Rest 30 seconds between sets.');
    expect(restWords({ ...base, sets: 1 }, en.dose)).toBe('');
  });

  it('says how often a routine is done, in days up to 7 and in times past that', () => {
    expect([1, 2, 7, 10].map((n) => weeklyWords(n, en.dose))).toEqual([
      'once a week',
      '2 days a week',
      '7 days a week',
      '10 times a week',
    ]);
  });
});

describe('dose words in Spanish, from the catalog patterns', () => {
  const words = es.dose;
  it('says each kind of amount with Spanish plurals, and the numbers the Spanish way', () => {
    expect(doseWords(base, 'km', words)).toBe(
      '2 series de 10 de cada lado, una vez al día, 3 días por semana',
    );
    expect(amountWords({ ...base, sets: 1 }, 'km', words)).toBe('1 serie de 10 de cada lado');
    expect(amountWords({ ...base, reps: undefined, holdSeconds: 30 }, 'km', words)).toBe(
      'aguanta 30 segundos 2 veces de cada lado',
    );
    expect(amountWords({ ...base, sets: 1, reps: undefined, holdSeconds: 120 }, 'km', words)).toBe(
      'aguanta 2 minutos 1 vez de cada lado',
    );
    expect(
      amountWords({ ...base, perSide: false, reps: undefined, seconds: 45 }, 'km', words),
    ).toBe('2 tandas de 45 segundos');
    expect(amountWords({ ...base, reps: undefined, metres: 10 }, 'mi', words)).toBe(
      '2 series de 11 yardas de cada lado',
    );
    expect(frequencyWords({ timesPerDay: 2, daysPerWeek: 7 }, words)).toBe(
      'dos veces al día, todos los días',
    );
    expect(frequencyWords({ timesPerDay: 3, daysPerWeek: 1 }, words)).toBe(
      '3 veces al día, 1 día por semana',
    );
    expect(restWords(base, words)).toBe('Descansa 30 segundos entre series.');
    expect([1, 3, 10].map((n) => weeklyWords(n, words))).toEqual([
      'una vez por semana',
      '3 días por semana',
      '10 veces por semana',
    ]);
    expect(minutesWords(5, 10, words)).toBe('5 a 10 minutos');
    expect(minutesWords(1, 1, words)).toBe('1 minuto');
    expect(minutesWords(1.5, 1.5, words)).toBe('90 segundos');
    expect(doseNumbers({ ...base, reps: undefined, holdSeconds: 30 }, 'km', words)).toBe(
      '2 × 30 s aguantando por lado',
    );
  });
});
