import { describe, expect, it } from 'vitest';
import { formatArgProblem } from '../../src/core/problems.ts';
import { parseDoses, routineDoses } from '../../src/handouts/dose-arg.ts';
import { loadLibrary } from '../../src/model/load.ts';
import type { Dose } from '../../src/model/schema/dose.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { sixExerciseLibrary, sixId } from './content.ts';

const base = {
  sets: 2,
  perSide: false,
  restSeconds: 30,
  frequency: { timesPerDay: 1, daysPerWeek: 3 },
};
/** One exercise of each kind: counted, held, timed and walked. */
const doses: Record<string, Dose> = {
  clamshell: { ...base, reps: 12 },
  'side-plank': { ...base, holdSeconds: 20 },
  'fast-feet': { ...base, seconds: 30 },
  'band-walk': { ...base, metres: 10 },
};

const problemsOf = (...values: string[]) =>
  parseDoses(values, doses, 'my-routine').problems.map(formatArgProblem);

describe('--dose values', () => {
  it('reads sets and an amount in the kind the exercise is done in', () => {
    expect(
      parseDoses(
        ['clamshell=3x15', 'side-plank=2x45', 'fast-feet=3x20s', 'band-walk=2X12m'],
        doses,
        'my-routine',
      ),
    ).toEqual({
      doses: {
        clamshell: { sets: 3, reps: 15 },
        'side-plank': { sets: 2, holdSeconds: 45 },
        'fast-feet': { sets: 3, seconds: 20 },
        'band-walk': { sets: 2, metres: 12 },
      },
      problems: [],
    });
    expect(parseDoses(['side-plank=4x30s', 'clamshell=4'], doses, 'r').doses).toEqual({
      'side-plank': { sets: 4, holdSeconds: 30 },
      clamshell: { sets: 4 },
    });
  });

  it('refuses a unit that does not fit the exercise, and says which one does', () => {
    // Before: clamshell=3x15m printed "3 sets of 16 yards" for a counted exercise.
    expect(problemsOf('clamshell=3x15m', 'side-plank=2x1m', 'band-walk=2x30s', 'fast-feet=2x10m'))
      .toMatchInlineSnapshot(`
        [
          "--dose clamshell=3x15m: clamshell is counted in repetitions, not metres. Hint: Write clamshell=3x15.",
          "--dose side-plank=2x1m: side-plank is timed in seconds, not metres. Hint: For 1 minute, write side-plank=2x60s.",
          "--dose band-walk=2x30s: band-walk is measured in metres, not seconds. Hint: Write band-walk=2x30m.",
          "--dose fast-feet=2x10m: fast-feet is timed in seconds, not metres. Hint: For 10 minutes, write fast-feet=2x600s.",
        ]
      `);
    expect(problemsOf('clamshell=2x40s')).toEqual([
      '--dose clamshell=2x40s: clamshell is counted in repetitions, not seconds. Hint: Write clamshell=2x40.',
    ]);
  });

  it('refuses the same exercise twice instead of keeping the last', () => {
    expect(problemsOf('clamshell=3x15', 'clamshell=2')).toEqual([
      '--dose clamshell=2: changes clamshell again (after --dose clamshell=3x15). Hint: Give one --dose for each exercise.',
    ]);
  });

  it('lists every problem at once', () => {
    expect(problemsOf('clamshell=0x10', 'side-plank', 'clamshel=1x1', 'band-walk=2x10km'))
      .toMatchInlineSnapshot(`
        [
          "--dose clamshell=0x10: sets must be at least 1.",
          "--dose side-plank: not understood. Hint: Write it as <exercise>=<sets>x<amount>: clamshell=3x15 (reps), side-plank=2x30s (seconds), band-walk=2x10m (metres), or clamshell=3 (sets only).",
          "--dose clamshel=1x1: "clamshel" is not an exercise in my-routine. Hint: Did you mean "clamshell"? Its exercises are: clamshell, side-plank, fast-feet, band-walk.",
          "--dose band-walk=2x10km: "km" is not a unit. Hint: Write it as <exercise>=<sets>x<amount>: clamshell=3x15 (reps), side-plank=2x30s (seconds), band-walk=2x10m (metres), or clamshell=3 (sets only).",
        ]
      `);
  });

  it("takes the kinds from the routine's own doses", async () => {
    const content = await sixExerciseLibrary();
    try {
      const routine = (await loadLibrary(content)).routines[sixId];
      if (!routine) throw new Error('the fixture has no six-move-hips');
      const six = routineDoses(routine);
      expect(Object.keys(six)).toEqual([
        'clamshell',
        'glute-bridge',
        'side-leg-raise',
        'side-plank',
        'band-side-step',
        'hip-flexor-stretch',
      ]);
      // The routine sets 3 sets for glute-bridge; its amount stays the exercise's reps.
      expect(six['glute-bridge']).toMatchObject({ sets: 3, reps: 10 });
      const parsed = parseDoses(['hip-flexor-stretch=3x20', 'band-side-step=3x15'], six, sixId);
      expect(parsed.doses).toEqual({
        'hip-flexor-stretch': { sets: 3, holdSeconds: 20 },
        'band-side-step': { sets: 3, metres: 15 },
      });
    } finally {
      await removeFixture(content);
    }
  });
});
