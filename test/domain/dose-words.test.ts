import { describe, expect, it } from 'vitest';
import type { Dose } from '../../src/model/schema/dose.ts';
import { doseNumbers, doseWords, restWords, weeklyWords } from '../../src/domain/dose-words.ts';

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
    expect(doseWords(dose, 'mi')).toBe(words);
    expect(doseNumbers(dose, 'mi')).toBe(numbers);
  });

  it('gives distance in the settings units', () => {
    const { reps, ...rest } = base;
    const dose: Dose = { ...rest, metres: 10 };
    expect(doseWords(dose, 'km')).toBe(
      '2 sets of 10 metres on each side, once a day, 3 days a week',
    );
    expect(doseWords(dose, 'mi')).toBe(
      '2 sets of 11 yards on each side, once a day, 3 days a week',
    );
  });

  it('says how long to rest only when there is more than one set', () => {
    expect(restWords(base)).toBe('Rest 30 seconds between sets.');
    expect(restWords({ ...base, sets: 1 })).toBe('');
  });

  it('says how often a routine is done, in days up to 7 and in times past that', () => {
    expect([1, 2, 7, 10].map(weeklyWords)).toEqual([
      'once a week',
      '2 days a week',
      '7 days a week',
      '10 times a week',
    ]);
  });
});
