import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { fixtureLibrary, problemsOf, removeFixture } from '../helpers/fixtures.ts';

describe('loading a valid library', () => {
  it('resolves references, works out minutes and freezes the result', async () => {
    const content = await fixtureLibrary('valid');
    try {
      const library = await loadLibrary(content);
      expect(Object.keys(library.exercises)).toEqual(['clamshell', 'glute-bridge', 'hip-swing']);
      const routine = library.routines['side-hip-starter'];
      expect(routine?.main.map((item) => item.exercise)).toEqual(['clamshell', 'glute-bridge']);
      // glute-bridge: the routine asks for 3 sets instead of 2, keeping the default 10 reps.
      expect(routine?.main[1]?.dose).toMatchObject({ sets: 3, reps: 10, perSide: false });
      // 5 min warm-up get-warm + 3 min drills + clamshell 4 + bridge 3 × 3/2 = 16.5 → 17
      expect(routine?.minutes).toBe(17);
      // Nothing in its own sections, but its warm-up protocol's hip swing needs a wall or chair.
      expect(routine?.equipment).toEqual(['wall-or-chair']);
      expect(library.exercises['clamshell']?.usedIn).toEqual(['side-hip-starter']);
      expect(library.conditions['trochanteric-bursitis']?.routines).toEqual(['side-hip-starter']);
      expect(Object.isFrozen(routine?.main[0]?.dose)).toBe(true);
    } finally {
      await removeFixture(content);
    }
  });

  it("does an exercise on the routine's days, unless the routine says otherwise", async () => {
    const content = await fixtureLibrary('valid');
    try {
      await writeFile(
        path.join(content, 'routines', 'twice-a-week.yaml'),
        [
          'title: Side hips twice a week',
          'summary: The same two moves, done on two days of the week.',
          'audience: [runner]',
          'goals: [strength]',
          'level: beginner',
          'timesPerWeek: 2',
          'main:',
          '  - exercise: clamshell',
          '  - exercise: glute-bridge',
          '    dose: { frequency: { daysPerWeek: 5 } }',
        ].join('\n'),
      );
      const library = await loadLibrary(content);
      const [clamshell, bridge] = library.routines['twice-a-week']?.main ?? [];
      expect(clamshell?.dose.frequency).toEqual({ timesPerDay: 1, daysPerWeek: 2 });
      expect(bridge?.dose.frequency).toEqual({ timesPerDay: 1, daysPerWeek: 5 });
      // The exercise itself keeps its own default, 3 days a week.
      expect(library.exercises['clamshell']?.dose.frequency.daysPerWeek).toBe(3);
    } finally {
      await removeFixture(content);
    }
  });
});

describe('bad input: every problem is reported at its line and column', () => {
  it('syntax error: an unclosed quote points at where the quote opens', async () => {
    expect(await problemsOf('syntax-error')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:3:8: this quoted text has no closing quote Hint: Add the closing quote at the end of the text."
    `);
  });
  it('tab indentation', async () => {
    expect(await problemsOf('tab-indentation')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:12:1: a tab is used for indentation Hint: YAML needs spaces. Replace the tab with 2 spaces."
    `);
  });
  it('duplicate key', async () => {
    expect(await problemsOf('duplicate-key')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:10:1: this key appears twice in the same block Hint: Keep one of them and delete the other."
    `);
  });
  it('unknown key, with did-you-mean', async () => {
    expect(await problemsOf('unknown-key')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:15:3: "rset" is not a field of dose Hint: Did you mean "sets"?"
    `);
  });
  it('wrong type three levels deep points at the value', async () => {
    expect(await problemsOf('wrong-type-deep')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/routines/side-hip-starter.yaml:17:22: main[2].dose.frequency.daysPerWeek must be a whole number of days a week (got "three") Hint: Write it in digits, like 3."
    `);
  });
  it('dangling reference, with did-you-mean', async () => {
    expect(await problemsOf('dangling-reference')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/routines/side-hip-starter.yaml:12:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?"
    `);
  });
  it('duplicate id', async () => {
    expect(await problemsOf('duplicate-id')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/extra/clamshell.yaml:2:1: another exercise already has the id "clamshell" (routines/exercises/clamshell.yaml) Hint: Rename one of the two files; each id must be unique."
    `);
  });
  it('YAML bomb', async () => {
    expect(await problemsOf('yaml-bomb')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:36:18: the file uses more than 20 aliases (*name) Hint: Write the values out instead of repeating aliases."
    `);
  });
  it('%YAML 1.1 directive', async () => {
    expect(await problemsOf('yaml-1-1')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:1:1: the file asks for YAML 1.1, which reads "no" as false and 1:30 as 90 Hint: Delete the %YAML line; routine-press reads YAML 1.2."
    `);
  });
  it('empty file', async () => {
    expect(await problemsOf('empty-file')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:1:1: the file is empty Hint: Fill it in, or delete it. Copy a file next to it as a start."
    `);
  });
  it('__proto__ key', async () => {
    expect(await problemsOf('proto-key')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:9:1: "__proto__" cannot be used as a key Hint: Delete this line; it is not a field of any routine-press file."
    `);
  });
  it('1:30 where seconds are expected', async () => {
    expect(await problemsOf('clock-value')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:12:16: dose.holdSeconds must be a whole number of seconds (got "1:30") Hint: Write time as a plain number of seconds: 1:30 is 90."
    `);
  });
  it('no where true or false is expected', async () => {
    expect(await problemsOf('no-value')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:13:12: dose.perSide must be true or false (got "no") Hint: Write true or false. (YAML 1.2 reads "no" as text, not as a yes/no.)"
    `);
  });
  it('a disclaimer too long for the handout footer', async () => {
    expect(await problemsOf('long-disclaimer')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/settings.yaml:14:13: disclaimer has 206 characters; at most 160 fit in the footer of a handout page (got "This handout is for education only an...") Hint: Say it in one or two short sentences, like "This is general advice, not a diagnosis. Ask your clinician what is right for you.""
    `);
  });
  it('1.10 where text is expected', async () => {
    expect(await problemsOf('version-number')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/settings.yaml:13:10: version must be text (got 1.10) Hint: Put it in quotes so it stays as written: "1.10"."
    `);
  });
  it('problems in several files are all listed, in file order', async () => {
    expect(await problemsOf('many-problems')).toMatchInlineSnapshot(`
      "3 problems in 3 files:
      routines/conditions/trochanteric-bursitis.yaml:5:14: whereItHurts is empty Hint: Write a value after the colon.
      routines/exercises/clamshell.yaml:8:8: level is not one of the allowed values (got "expert") Hint: Known values: "beginner", "intermediate", "advanced".
      routines/exercises/glute-bridge.yaml:11:9: dose.sets must be at least 1 (got 0) Hint: Write a whole number from 1 to 10."
    `);
  });
  it('a slide kind with a typo, and a slide with no kind', async () => {
    expect(await problemsOf('slide-kind')).toMatchInlineSnapshot(`
      "2 problems in 1 file:
      routines/decks/talk.yaml:6:11: slides[1].kind must be one of: title, routine, exercise, conditions, guidance, text, section, picture, columns, quote (got "tilte") Hint: Did you mean "title"?
      routines/decks/talk.yaml:8:5: slides[2].kind is missing Hint: Add a line "kind: …" with one of: title, routine, exercise, conditions, guidance, text, section, picture, columns, quote."
    `);
  });
  it('a folder nothing reads', async () => {
    expect(await problemsOf('wrong-folder')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercise:1:1: this folder is not read by routine-press Hint: Did you mean "exercises"? Rename it."
    `);
  });
});
