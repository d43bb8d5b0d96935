/** The bundled content pack holds everything the article names, by the ids other parts rely on. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot } from '../helpers/cli.ts';

const exercises = [
  // Strength, in the article's order.
  'deadlift',
  'single-leg-romanian-deadlift',
  'squat',
  'kettlebell-swing',
  'lunge',
  'rear-foot-elevated-split-squat',
  'leg-press',
  'stability-ball-hamstring-curl',
  'clamshell',
  'side-lying-leg-raise',
  'resistance-band-lateral-walk',
  'single-leg-glute-bridge',
  'barbell-hip-thrust',
  'lateral-lunge',
  'banded-hip-march',
  'step-up',
  'lateral-step-up',
  'inner-thigh-ball-squeeze',
  'slide-board-speed-skater',
  // Mobility (side-lying-leg-raise is in both lists and is one exercise).
  'frankenstein-walk',
  'hip-circles',
  'donkey-kick',
  'hip-swing',
  'butterfly-stretch',
  'hip-flexor-stretch',
  'frog-stretch',
  'fire-hydrant',
  'agility-ladder-drills',
  'glute-bridge',
  'straight-leg-raise',
];
const conditions = [
  'trochanteric-bursitis',
  'hip-flexor-strain',
  'iliopsoas-tendonitis',
  'hip-impingement',
  'it-band-syndrome',
  'hip-arthritis',
  'hip-stress-fracture',
  'labral-tear',
  'muscle-strain',
  // Added after a physical therapist's review (issue 12).
  'proximal-hamstring-tendinopathy',
  'low-back-referred-pain',
  'adductor-groin-pain',
];
/** Exercises added after a physical therapist's review (issue 12): core, groin, an isometric start, return to running. */
const added = [
  'plank',
  'side-plank',
  'copenhagen-plank-knee',
  'copenhagen-plank',
  'isometric-hip-abduction',
  'brisk-walk',
  'single-leg-squat',
  'single-leg-hop',
  'walk-run-intervals',
];
const riskFactors = [
  'sudden-increases',
  'downhill-running',
  'weak-glutes',
  'muscle-imbalances',
  'leg-length-difference',
  'tight-hips',
  'overstriding',
  'cambered-roads',
];
const practices = [
  'warm-up',
  'even-surfaces',
  'new-shoes',
  'progress-gradually',
  'diet',
  'strength',
  'mobility',
];
const treatment = [
  'rest',
  'cross-training',
  'ice',
  'heat',
  'physical-therapy',
  'surgery',
  'see-a-professional',
];

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
});

describe('the hip-pain content pack', () => {
  it('has all 30 exercises the article names', () => {
    expect(exercises).toHaveLength(30);
    const missing = exercises.filter((id) => !(id in library.exercises));
    expect(missing, `missing exercises: ${missing.join(', ')}`).toEqual([]);
  });

  it('tags side-lying leg raise for both strength and mobility', () => {
    expect(library.exercises['side-lying-leg-raise']?.categories).toEqual(
      expect.arrayContaining(['strength', 'mobility']),
    );
  });

  it('has the core, groin, isometric and return-to-running exercises a physical therapist asked for', () => {
    const missing = added.filter((id) => !(id in library.exercises));
    expect(missing, `missing exercises: ${missing.join(', ')}`).toEqual([]);
    expect(library.exercises['copenhagen-plank-knee']?.moveOn?.harder).toBe('copenhagen-plank');
  });

  it('has the 12 conditions', () => {
    expect(Object.keys(library.conditions).sort()).toEqual([...conditions].sort());
  });

  it('has the 8 risk factors, 7 practices and 7 treatment basics', () => {
    expect(library.guidance.riskFactors.map((t) => t.id)).toEqual(riskFactors);
    expect(library.guidance.practices.map((t) => t.id)).toEqual(practices);
    expect(library.guidance.treatment.map((t) => t.id)).toEqual(treatment);
  });

  it('has at least 8 routines, none with more than 8 main exercises', () => {
    const routines = Object.values(library.routines);
    expect(routines.length).toBeGreaterThanOrEqual(8);
    const long = routines.filter((r) => r.main.length > 8).map((r) => r.id);
    expect(long, `routines with more than 8 main exercises: ${long.join(', ')}`).toEqual([]);
  });

  it('links every condition to at least one routine', () => {
    const unlinked = conditions.filter(
      (id) => (library.conditions[id]?.routines.length ?? 0) === 0,
    );
    expect(unlinked, `conditions no routine lists: ${unlinked.join(', ')}`).toEqual([]);
  });

  it('tells runners to stop running for a suspected hip stress fracture', () => {
    expect(library.conditions['hip-stress-fracture']?.stopRunning).toBe(true);
    expect(library.conditions['hip-stress-fracture']?.running.advice).toMatch(/^Stop running/);
  });

  it('gives the new conditions red flags and linked routines', () => {
    for (const id of [
      'proximal-hamstring-tendinopathy',
      'low-back-referred-pain',
      'adductor-groin-pain',
    ]) {
      expect(library.conditions[id]?.redFlags.length, id).toBeGreaterThanOrEqual(3);
      expect(library.conditions[id]?.routines.length, id).toBeGreaterThan(0);
    }
  });

  it('has an outer-hip routine of about 15 minutes for a runner with a band or less', () => {
    const fits = Object.values(library.routines).filter(
      (r) =>
        r.conditions.includes('trochanteric-bursitis') &&
        r.minutes <= 15 &&
        r.equipment.every((e) => e === 'resistance-band'),
    );
    expect(fits.map((r) => r.id)).toEqual(['outer-hip-pain']);
    // It starts with the isometric hold and asks for a pillow between the knees.
    expect(fits[0]?.main[0]?.exercise).toBe('isometric-hip-abduction');
    expect(fits[0]?.advice.join(' ')).toMatch(/pillow between your knees/);
  });

  it('has a walk-run plan in stages, and a readiness check with the 3 tests', () => {
    const plan = library.routines['walk-run-return'];
    expect(plan?.stages.map((s) => s.weeks)).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
    ]);
    expect(library.routines['ready-to-run-check']?.main.map((i) => i.exercise)).toEqual([
      'brisk-walk',
      'single-leg-squat',
      'single-leg-hop',
    ]);
    // The 30-minute walk counts 30 minutes; the plan's 5-minute walks count 5 each.
    expect(library.routines['ready-to-run-check']?.minutes).toBeGreaterThanOrEqual(30);
    expect(plan?.minutes).toBe(40);
  });

  it('has a routine for a runner with only a resistance band and 20 minutes', () => {
    const fits = Object.values(library.routines).filter(
      (r) =>
        r.minutes <= 20 &&
        r.equipment.every((e) => e === 'resistance-band') &&
        r.equipment.length > 0,
    );
    expect(fits.map((r) => r.id).length).toBeGreaterThan(0);
  });

  it('has a 10-minute pre-run warm-up with no equipment', () => {
    const fits = Object.values(library.routines).filter(
      (r) => r.goals.includes('warm-up') && r.minutes <= 10 && r.equipment.length === 0,
    );
    expect(fits.length).toBeGreaterThan(0);
  });
});
