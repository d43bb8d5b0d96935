/**
 * Progression and pain content: how hard an exercise should feel and when to move on, a routine's
 * stages and its pain-rule limits, assembled into the Library; every mistake at its line and column.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { fixtureLibrary, problemsOf, removeFixture } from '../helpers/fixtures.ts';

describe('a routine with stages, advice and its own pain limits', () => {
  it('assembles each stage with every main exercise at its dose', async () => {
    const content = await fixtureLibrary('progression');
    try {
      const library = await loadLibrary(content);
      const routine = library.routines['side-hip-starter'];
      expect(routine?.advice).toEqual([
        'When you lie on your side, put a pillow between your knees.',
      ]);
      expect(routine?.notes).toBe('For the clinician only.');
      // Weeks 1 and 2 change nothing; weeks 3 and 4 change the clamshell only.
      const doses = routine?.stages.map((s) =>
        s.main.map((i) => [i.exercise, i.dose.sets, i.dose.reps]),
      );
      expect(doses).toEqual([
        [
          ['clamshell', 2, 12],
          ['glute-bridge', 3, 10],
        ],
        [
          ['clamshell', 3, 15],
          ['glute-bridge', 3, 10],
        ],
      ]);
      expect(routine?.stages.map((s) => [s.weeks.from, s.weeks.to, s.focus])).toEqual([
        [1, 2, 'Learn the moves.'],
        [3, 4, 'Do a little more.'],
      ]);
      // Its own limits, and the guidance words for every band.
      expect(routine?.painRule).toEqual({ greenUpTo: 2, amberUpTo: 4 });
      expect(library.guidance.painRule.amber).toBe('Do less.');
      expect(library.exercises['clamshell']?.moveOn).toEqual({
        when: 'Move on when 3 sets of 15 feel easy.',
        harder: 'glute-bridge',
      });
    } finally {
      await removeFixture(content);
    }
  });

  it('uses the guidance limits when a routine gives none, and has no stages by default', async () => {
    const content = await fixtureLibrary('valid');
    try {
      const library = await loadLibrary(content);
      const routine = library.routines['side-hip-starter'];
      expect(routine?.painRule).toEqual({ greenUpTo: 3, amberUpTo: 5 });
      expect(routine?.stages).toEqual([]);
      expect(routine?.advice).toEqual([]);
      expect(routine?.printConditionAdvice).toBe(true);
    } finally {
      await removeFixture(content);
    }
  });
});

describe('progression mistakes are reported where they are written', () => {
  it('a harder exercise not listed, a target twice, stages out of step, an empty amber band', async () => {
    expect(await problemsOf('progression-errors')).toMatchInlineSnapshot(`
      "7 problems in 2 files:
      routines/exercises/clamshell.yaml:32:28: alsoWorks[2] is already a main target in targets (got "glute-med") Hint: Remove it from alsoWorks.
      routines/exercises/clamshell.yaml:36:11: moveOn.harder must be one of the harder versions listed in harder (none listed) (got "glute-bridge") Hint: Add glute-bridge to harder, or pick one that is listed there.
      routines/routines/side-hip-starter.yaml:20:20: stages[2].weeks.from must be week 3: each stage starts the week after the one before ends (got 4) Hint: Change it to 3.
      routines/routines/side-hip-starter.yaml:22:19: stages[2].doses[1].exercise is not a main exercise of this routine (got "hip-swing") Hint: Use one of: clamshell, glute-bridge.
      routines/routines/side-hip-starter.yaml:26:19: stages[2].doses[3].exercise is listed twice in this stage (got "glute-bridge") Hint: Keep one dose for it in each stage.
      routines/routines/side-hip-starter.yaml:28:27: stages[3].weeks.to must be week 6 or later: a stage cannot end before it starts (got 5) Hint: Change it to 6 or more.
      routines/routines/side-hip-starter.yaml:29:38: painRule.amberUpTo must be more than greenUpTo (4), or the amber band is empty (got 4) Hint: Make it 5 or more, or lower greenUpTo."
    `);
  });

  it('a harder exercise that does not exist, in harder and in moveOn', async () => {
    expect(await problemsOf('move-on-reference')).toMatchInlineSnapshot(`
      "2 problems in 1 file:
      routines/exercises/clamshell.yaml:30:10: unknown exercise "side-lying-leg-rise" Hint: Known exercises: "clamshell", "glute-bridge", "hip-swing".
      routines/exercises/clamshell.yaml:34:11: unknown exercise "side-lying-leg-rise" Hint: Known exercises: "clamshell", "glute-bridge", "hip-swing"."
    `);
  });

  it("a routine's limits that leave no amber band once merged with guidance.yaml", async () => {
    expect(await problemsOf('pain-limits')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/routines/side-hip-starter.yaml:15:24: painRule leaves no amber band: green goes up to 5 and amber up to 5 Hint: Give both here, with amberUpTo more than greenUpTo, e.g. { greenUpTo: 5, amberUpTo: 6 }."
    `);
  });
});
