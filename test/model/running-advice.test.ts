/**
 * A routine for a condition that says to pause or stop running must say so to the patient, and a
 * condition that says to stop must say it in words a patient reads.
 */
import { describe, expect, it } from 'vitest';
import { saysToStopRunning } from '../../src/model/schema/condition-advice.ts';
import { problemsOf } from '../helpers/fixtures.ts';

describe('running advice reaches the patient', () => {
  it('fails a routine that leaves out the condition advice and does not say to pause running', async () => {
    expect(await problemsOf('running-advice-missing')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/routines/side-hip-starter.yaml:6:14: this routine is for trochanteric-bursitis, whose advice says to pause running, but nothing it prints says so Hint: Add a line to advice such as "Pause running until you can walk fast without pain.", or delete "printConditionAdvice: false" so the condition's own advice prints."
    `);
  });

  it('fails a condition whose action is stop when its advice does not say so', async () => {
    expect(await problemsOf('running-advice-vague')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/conditions/trochanteric-bursitis.yaml:19:11: running.advice does not say to stop running, but action is stop (got "Take it easy for a while.") Hint: Say it in plain words, e.g. "Stop running until a clinician has checked your hip.""
    `);
  });
});

describe('saysToStopRunning', () => {
  it.each([
    'Stop running until a clinician has checked your hip.',
    'Pause running for a few days.',
    'Pause all running until you pass the 3 tests.',
    'Do not run until your clinician says you can.',
    'Don’t run on it for now.',
    'Take a break from running for 2 weeks.',
    'No running until walking is pain-free.',
    'Stop your runs for a week.',
  ])('hears "%s"', (text) => {
    expect(saysToStopRunning(text)).toBe(true);
  });

  it.each([
    'Run less for now, on flat ground.',
    'If it does not hurt, run as usual.',
    'Stop if pain spreads down your leg. Running is fine otherwise.',
    'Keep running if pain stays in the green band.',
    'There is no pain when you run.',
  ])('does not hear "%s"', (text) => {
    expect(saysToStopRunning(text)).toBe(false);
  });
});
