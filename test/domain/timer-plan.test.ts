import { describe, expect, it } from 'vitest';
import type { Dose } from '../../src/model/schema/dose.ts';
import { en } from '../../src/domain/catalog/index.ts';
import { timerPlan } from '../../src/domain/timer-plan.ts';
import { doseNumbers } from '../../src/domain/dose-words.ts';

const base: Dose = {
  sets: 2,
  reps: 12,
  perSide: true,
  restSeconds: 30,
  frequency: { timesPerDay: 1, daysPerWeek: 3 },
};
/** "work 36" style, to read a whole plan at a glance. */
const shape = (dose: Dose) => timerPlan(dose, en).intervals.map((i) => `${i.phase} ${i.seconds}`);

describe('the interval timer plan', () => {
  it('gives reps 3 seconds each, both sides with a switch between, and rest between sets only', () => {
    expect(shape(base)).toEqual([
      'ready 5',
      'work 36',
      'switch 5',
      'work 36',
      'rest 30',
      'work 36',
      'switch 5',
      'work 36',
    ]);
    expect(timerPlan(base, en).summary).toBe('36 s work, 30 s rest, 2 sets on each side');
  });

  it('says which set and side each work interval is', () => {
    const details = timerPlan(base, en).intervals.map((i) => i.detail);
    expect(details[1]).toBe('Set 1 of 2 · left side · 12 reps');
    expect(details[3]).toBe('Set 1 of 2 · right side · 12 reps');
    expect(details[2]).toBe('Set 1 of 2 · right side next');
    expect(details[4]).toBe('Set 2 of 2 next');
  });

  it('names the side, the set of the total and the reps to count on every interval, left first', () => {
    const plan = timerPlan(base, en).intervals.map(
      (i) => `${i.phase} ${i.set}/${i.sets} ${i.side} ${i.reps}`,
    );
    expect(plan).toEqual([
      'ready 0/2 left null',
      'work 1/2 left 12',
      'switch 1/2 right null',
      'work 1/2 right 12',
      'rest 1/2 left null',
      'work 2/2 left 12',
      'switch 2/2 right null',
      'work 2/2 right 12',
    ]);
    const { reps: _, ...hold } = base;
    const one = timerPlan({ ...hold, holdSeconds: 20, perSide: false, sets: 1 }, en).intervals;
    expect(one.map((i) => `${i.phase} ${i.side} ${i.reps}`)).toEqual([
      'ready null null',
      'work null null',
    ]);
  });

  it('names the one side of a dose for one side only, in every set and rest', () => {
    const { reps: _, ...hold } = base;
    const plan = timerPlan({ ...hold, holdSeconds: 20, perSide: false }, en, 'km', 'right');
    expect(plan.intervals.map((i) => `${i.phase} ${i.side} ${i.detail}`)).toEqual([
      'ready right Get into position',
      'work right Set 1 of 2 · right side · hold 20 s',
      'rest right Set 2 of 2 next',
      'work right Set 2 of 2 · right side · hold 20 s',
    ]);
    expect(plan.summary).toBe('20 s hold, 30 s rest, 2 sets');
  });

  it('takes its words from the catalog it is given', () => {
    const timer = { ...en.timer, sides: { left: 'LEFT', right: 'RIGHT' }, hold: 'Hold still' };
    const { reps: _, ...hold } = base;
    const plan = timerPlan({ ...hold, holdSeconds: 20, sets: 1 }, { ...en, timer });
    expect(plan.intervals.map((i) => i.detail)).toEqual([
      'Get into position',
      'Set 1 of 1 · LEFT · hold 20 s',
      'Set 1 of 1 · RIGHT next',
      'Set 1 of 1 · RIGHT · hold 20 s',
    ]);
    expect(plan.summary).toBe('20 s hold still, 1 set on each side');
  });

  it('times a hold by its seconds and calls it a hold', () => {
    const { reps: _, ...rest } = base;
    const plan = timerPlan(
      { ...rest, holdSeconds: 30, perSide: false, sets: 3, restSeconds: 15 },
      en,
    );
    expect(plan.intervals.map((i) => `${i.label} ${i.seconds}`)).toEqual([
      'Get ready 5',
      'Hold 30',
      'Rest 15',
      'Hold 30',
      'Rest 15',
      'Hold 30',
    ]);
    expect(plan.summary).toBe('30 s hold, 15 s rest, 3 sets');
  });

  it('gives a distance 2 seconds a metre and never less than 10 seconds of work', () => {
    const { reps: _, ...rest } = base;
    expect(shape({ ...rest, metres: 20, sets: 1, perSide: false })).toEqual(['ready 5', 'work 40']);
    expect(shape({ ...base, reps: 2, sets: 1, perSide: false })).toEqual(['ready 5', 'work 10']);
  });

  it('says a distance in the same units as the card: yards with miles, metres with kilometres', () => {
    const { reps: _, ...rest } = base;
    const walk = { ...rest, metres: 10, sets: 6, perSide: false };
    const work = (units: 'km' | 'mi') =>
      timerPlan(walk, en, units).intervals.find((i) => i.phase === 'work')?.detail;
    expect(work('mi')).toBe('Set 1 of 6 · 11 yd');
    expect(work('km')).toBe('Set 1 of 6 · 10 m');
    expect(doseNumbers(walk, 'mi', en.dose)).toBe('6 × 11 yd');
  });

  it('leaves out rest when the dose has none', () => {
    expect(shape({ ...base, restSeconds: 0, perSide: false })).toEqual([
      'ready 5',
      'work 36',
      'work 36',
    ]);
  });
});
