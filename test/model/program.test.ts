import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/problems.ts';
import { en } from '../../src/domain/catalog/en.ts';
import { programRoutine } from '../../src/domain/program-routine.ts';
import { readProgramFile } from '../../src/model/program-file.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { lookup } from '../../src/model/lookup.ts';
import { exerciseCard } from '../../src/render/view.ts';
import { followPlan } from '../../src/site/follow-plan.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureForFile, fixturesRoot, normalise, problemsOf } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('program');

describe('programs in routines/programs/', () => {
  it('load with the library, checked like any content', () => {
    const program = fixture.library.programs['right-hip-sam'];
    expect(program?.source).toMatch(/programs\/right-hip-sam\.yaml$/);
    expect(program?.items.map((i) => [i.exercise, i.side])).toEqual([
      ['clamshell', 'right'],
      ['glute-bridge', 'both'],
    ]);
    expect(program?.largePrint).toBe(false);
  });

  it('become a routine: one side said in the note, days a week on every dose, stages', () => {
    const program = fixture.library.programs['right-hip-sam'];
    if (!program) throw new Error('no program');
    const routine = programRoutine(fixture.library, program, en);
    const [clamshell, bridge] = routine.main;
    expect(clamshell?.note).toBe('Do this on your right side only. Keep your top hip still.');
    expect(clamshell?.dose).toMatchObject({ sets: 3, reps: 15, perSide: false });
    expect(clamshell?.dose.frequency.daysPerWeek).toBe(4);
    expect(bridge?.dose).toMatchObject({ sets: 2, reps: 10 });
    expect(routine.stages[1]?.main[1]?.dose).toMatchObject({ sets: 3, reps: 12 });
    expect(routine.warmUp.protocol).toBe('pre-run');
    expect(routine.conditions).toEqual(['trochanteric-bursitis']);
    expect(routine.timesPerWeek).toBe(4);
    expect(routine.minutes).toBeGreaterThan(0);
  });

  it('keep one side on the item, so the cards and the follow-along never say to switch sides', () => {
    const program = fixture.library.programs['right-hip-sam'];
    if (!program) throw new Error('no program');
    const routine = programRoutine(fixture.library, program, en);
    const [clamshell, bridge] = routine.main;
    if (!clamshell || !bridge) throw new Error('the program has two items');
    expect([clamshell.side, bridge.side]).toEqual(['right', undefined]);
    // The stage the handout prints keeps the side with its dose.
    expect(routine.stages[1]?.main[0]?.side).toBe('right');
    const exercise = lookup(fixture.library, 'exercise', 'clamshell');
    expect(exercise.steps[5]).toBe('Do all your reps, then roll over and switch sides.');
    const card = exerciseCard(fixture.library, exercise, { item: clamshell });
    expect(card.note).toBe('Do this on your right side only. Keep your top hip still.');
    expect(card.steps).toEqual([...exercise.steps.slice(0, 5), 'Do not switch sides.']);
    // The same exercise for both sides (a routine's card) keeps its last step.
    expect(exerciseCard(fixture.library, exercise).steps).toEqual(exercise.steps);
    // How hard and when to move on: the one-side forms, not "on each side".
    expect(card.effort).toBe('The last 2 reps feel hard, but your hips stay stacked.');
    expect(card.moveOn?.when).toBe('Move on when 3 sets of 15 feel easy.');
    expect(card.dose.words).toBe('3 sets of 15, once a day, 4 days a week');
    const both = exerciseCard(fixture.library, exercise);
    expect(both.effort).toBe('The last 2 reps on each side feel hard, but your hips stay stacked.');
    expect(both.moveOn?.when).toBe('Move on when 3 sets of 15 on each side feel easy.');
    const follow = followPlan(fixture.library, routine).steps.filter((s) => s.section === 'main');
    expect(follow.map((s) => (s.kind === 'exercise' ? s.side : 'activity'))).toEqual([
      'right',
      null,
    ]);
  });

  it('keep one side through a stage whose dose change says perSide again', () => {
    const program = fixture.library.programs['right-hip-sam'];
    if (!program) throw new Error('no program');
    const stages = [
      { weeks: { from: 1, to: 2 }, doses: [{ exercise: 'clamshell', dose: { perSide: true } }] },
    ];
    const routine = programRoutine(fixture.library, { ...program, stages }, en);
    expect(routine.stages[0]?.main[0]?.dose).toMatchObject({ perSide: false, sets: 3 });
  });

  it('refuse one side on an exercise whose sides take turns, at its line', async () => {
    expect(await problemsOf('program-alternates')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/programs/hop-left.yaml:10:11: items[2].side is left, but skater-hop works both sides in turn (its dose says alternates: true), so it cannot be done on one side only Hint: Delete this line to do both sides, or choose an exercise done one side at a time."
    `);
  });

  it('list every problem of a bad program at file:line:col', async () => {
    expect(await problemsOf('program-errors')).toMatchInlineSnapshot(`
      "7 problems in 1 file:
      routines/programs/broken.yaml:1:9: format must be 1 (got 2) Hint: Write 1. A program made by a newer routine-press needs that version.
      routines/programs/broken.yaml:3:14: daysPerWeek must be at most 7 days a week (got 9) Hint: Write a whole number from 1 to 7.
      routines/programs/broken.yaml:5:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?
      routines/programs/broken.yaml:6:11: items[1].side is not one of the allowed values (got "up") Hint: Known values: "both", "left", "right".
      routines/programs/broken.yaml:8:11: items[2].dose gives reps and holdSeconds, but a dose has only one amount Hint: Keep the one that fits and delete the others: reps for a count, holdSeconds for a hold, seconds for timed work, metres for a distance.
      routines/programs/broken.yaml:14:7: date must be a date like 2026-03-14 (got "14/03/2026") Hint: This field is: The date printed on the handout, as year-month-day: 2026-03-14.
      routines/programs/broken.yaml:15:13: largePrint must be true or false (got "yes") Hint: Write true or false. (YAML 1.2 reads "yes" as text, not as a yes/no.)"
    `);
  });
});

describe('a program file outside the library (--program)', () => {
  it('is read and checked against the library', async () => {
    const file = path.join(path.dirname(fixture.content), 'sam.yaml');
    await cp(path.join(fixturesRoot, 'program/programs/right-hip-sam.yaml'), file);
    const program = await readProgramFile(fixture.library, file);
    expect(program.id).toBe('sam');
    expect(program.patient).toBe('Sam Lee');
  });

  it('names the line and column of each problem, unknown exercises included', async () => {
    const file = path.join(path.dirname(fixture.content), 'bad.yaml');
    await writeFile(
      file,
      'format: 1\ntitle: Bad\ndaysPerWeek: 3\nitems:\n  - exercise: clamshel\n    dose: { sets: 0 }\n',
    );
    const error = await readProgramFile(fixture.library, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(normalise((error as Error).message, path.dirname(fixture.content)))
      .toMatchInlineSnapshot(`
      "2 problems in 1 file:
      routines/bad.yaml:5:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?
      routines/bad.yaml:6:19: items[1].dose.sets must be at least 1 (got 0) Hint: Write a whole number from 1 to 10."
    `);
  });

  it('refuses one side on an exercise whose sides take turns, at its line (--program)', async () => {
    const file = path.join(path.dirname(fixture.content), 'hop.yaml');
    await writeFile(
      file,
      'format: 1\ntitle: Hop\ndaysPerWeek: 3\nitems:\n  - exercise: clamshell\n    side: left\n  - exercise: skater-hop\n    side: right\n',
    );
    const bundled = await loadLibrary(path.join(projectRoot, 'routines'));
    const error = await readProgramFile(bundled, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(normalise((error as Error).message, path.dirname(fixture.content)))
      .toMatchInlineSnapshot(`
        "1 problem in 1 file:
        routines/hop.yaml:8:11: items[2].side is right, but skater-hop works both sides in turn (its dose says alternates: true), so it cannot be done on one side only Hint: Delete this line to do both sides, or choose an exercise done one side at a time."
      `);
  });

  it('says plainly when the file cannot be read', async () => {
    const error = await readProgramFile(
      fixture.library,
      path.join(path.dirname(fixture.content), 'none.yaml'),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /none\.yaml:1:1: the program file cannot be read Hint:/,
    );
  });
});
