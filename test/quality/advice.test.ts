/**
 * Advice on a valid library: field names as people read them, positions from the file, and the
 * file name alone when a field is not written in its file.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { contentAdvice, formatAdvice } from '../../src/quality/advice.ts';
import { fixtureForFile, normalise } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('valid');
/** Sam's program: its clamshell ends "then roll over and switch sides." (step 6, marked). */
const oneSided = fixtureForFile('program');

describe('contentAdvice', () => {
  it('gives none for the valid library', () => {
    expect(contentAdvice(fixture.library)).toEqual([]);
    expect(formatAdvice([])).toBe('');
  });

  it('names the file alone when the field is not written in it', () => {
    const routine = fixture.library.routines['side-hip-starter'];
    const clamshell = fixture.library.exercises['clamshell'];
    if (!routine || !clamshell) throw new Error('the valid fixture has both');
    const [first, ...rest] = routine.main;
    if (!first) throw new Error('the routine has main exercises');
    // Changed in memory only: the file has no note here, and the clamshell no figure. Standing and
    // seen from the side, one knee hides the other, so squeeze arrows cannot be drawn.
    const note =
      'Concentrate on maintaining controlled, deliberate movements throughout every repetition.';
    const changed: Library = {
      ...fixture.library,
      routines: { 'side-hip-starter': { ...routine, main: [{ ...first, note }, ...rest] } },
      exercises: {
        ...fixture.library.exercises,
        clamshell: {
          ...clamshell,
          figure: { start: { view: 'side', posture: 'standing', squeeze: 'knees' }, end: {} },
        },
      },
    };
    const text = normalise(formatAdvice(contentAdvice(changed)), fixture.content);
    expect(text).toBe(
      [
        '2 pieces of advice (the content is still valid):',
        'routines/exercises/clamshell.yaml: The start squeeze arrows are not drawn: in this view one knee hides the other. Use view: front.',
        'routines/routines/side-hip-starter.yaml: main[1].note "Concentrate on maintaining controlled, deliberate movements…" reads at grade 20.7; aim for 6 or lower. Hint: Shorter sentences and shorter words help.',
      ].join('\n'),
    );
  });

  it('warns at its line when a step says to switch sides but switchStep does not mark it', () => {
    const program = oneSided.library;
    const clamshell = program.exercises['clamshell'];
    if (!clamshell) throw new Error('the program fixture has the clamshell');
    expect(contentAdvice(program)).toEqual([]);
    // Changed in memory only: the file marks step 6 on line 25.
    const unmarked = { ...clamshell, switchStep: undefined };
    const wrong = { ...clamshell, switchStep: 2 };
    const advise = (exercise: typeof clamshell) =>
      normalise(
        formatAdvice(
          contentAdvice({ ...program, exercises: { ...program.exercises, clamshell: exercise } }),
        ),
        oneSided.content,
      );
    expect(advise(unmarked)).toBe(
      [
        '1 piece of advice (the content is still valid):',
        'routines/exercises/clamshell.yaml:24:5: step 6 "Do all your reps, then roll…" says to switch sides, but switchStep does not mark it, so a program for one side only would still print it. Hint: Add "switchStep: 6" below the steps, so a program for one side only says "Do not switch sides." there instead.',
      ].join('\n'),
    );
    expect(advise(wrong)).toBe(
      [
        '2 pieces of advice (the content is still valid):',
        'routines/exercises/clamshell.yaml:24:5: step 6 "Do all your reps, then roll…" says to switch sides, but switchStep does not mark it, so a program for one side only would still print it. Hint: Add "switchStep: 6" below the steps, so a program for one side only says "Do not switch sides." there instead.',
        'routines/exercises/clamshell.yaml:25:13: switchStep marks step 2 "Rest your head on your lower…", which does not say to switch sides. Hint: Write the number of the step that says to switch sides, or delete switchStep.',
      ].join('\n'),
    );
    // An exercise done with both legs at once is left alone: its dose has no sides.
    const both = { ...unmarked, dose: { ...clamshell.dose, perSide: false } };
    expect(advise(both)).toBe('');
  });

  it('warns at its line when effort or moveOn says "on each side" without a one-side form', () => {
    const program = oneSided.library;
    const clamshell = program.exercises['clamshell'];
    if (!clamshell?.moveOn) throw new Error('the program fixture has the clamshell, with moveOn');
    // Changed in memory only: the file gives both one-side forms (lines 36 and 39).
    const bare = {
      ...clamshell,
      effortOneSide: undefined,
      moveOn: { ...clamshell.moveOn, whenOneSide: undefined },
    };
    const advise = (exercise: typeof clamshell) =>
      normalise(
        formatAdvice(
          contentAdvice({ ...program, exercises: { ...program.exercises, clamshell: exercise } }),
        ),
        oneSided.content,
      );
    expect(advise(bare)).toMatchInlineSnapshot(`
      "2 pieces of advice (the content is still valid):
      routines/exercises/clamshell.yaml:35:9: effort speaks of each side, so a program for one side only would still print it that way. Hint: Add "effortOneSide:" below it with the words for one side, e.g. "The last 2 reps feel hard."
      routines/exercises/clamshell.yaml:38:9: moveOn.when speaks of each side, so a program for one side only would still print it that way. Hint: Add "whenOneSide:" below it with the words for one side, e.g. "Move on when 3 sets of 10 feel easy.""
    `);
    // Both legs at once, or sides that take turns: never one side, so no advice.
    expect(advise({ ...bare, dose: { ...clamshell.dose, perSide: false } })).toBe('');
    expect(advise({ ...bare, dose: { ...clamshell.dose, alternates: true } })).toBe('');
  });

  it('says "1 piece" for one', () => {
    expect(
      formatAdvice([
        { file: 'routines/settings.yaml', line: 3, col: 13, message: 'M.', hint: 'H.' },
      ]),
    ).toBe(
      '1 piece of advice (the content is still valid):\nroutines/settings.yaml:3:13: M. Hint: H.',
    );
  });
});
