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

  it('has the 9 conditions', () => {
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
