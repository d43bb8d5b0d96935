/**
 * Every content error says how to fix it: the exact text a user sees for the checks whose hints
 * live in the schema modules, and a sweep over every fixture case of bad input.
 */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/problems.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { fixtureLibrary, fixturesRoot, problemsOf, removeFixture } from '../helpers/fixtures.ts';

describe('hints written next to the field in its schema', () => {
  it('too many bullets on a slide', async () => {
    expect(await problemsOf('too-many-bullets')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/decks/talk.yaml:10:7: slides[2].bullets has more than 6 bullets Hint: A slide is read from across a room: keep 6 here and put the rest on a new text slide after it."
    `);
  });

  it('no sets: the range comes from the schema', async () => {
    expect(await problemsOf('dose-sets-zero')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/glute-bridge.yaml:11:9: dose.sets must be at least 1 (got 0) Hint: Write a whole number from 1 to 10."
    `);
  });

  it('checks between fields carry their own hint', async () => {
    expect(await problemsOf('checks-between-fields')).toMatchInlineSnapshot(`
      "5 problems in 3 files:
      routines/exercises/glute-bridge.yaml:7:12: equipment "none" cannot be listed with other equipment Hint: Remove "none", or remove the others if nothing is needed.
      routines/exercises/glute-bridge.yaml:11:3: dose gives reps and holdSeconds, but a dose has only one amount Hint: Keep the one that fits and delete the others: reps for a count, holdSeconds for a hold, seconds for timed work, metres for a distance.
      routines/settings.yaml:9:12: site.baseUrl must end with "/" (got "https://example.org/routine-press") Hint: Write https://example.org/routine-press/
      routines/warm-ups/pre-run.yaml:8:17: phases[1].maxMinutes must be at least minutes (got 3) Hint: Make maxMinutes the longer time, or delete it for a fixed time.
      routines/warm-ups/pre-run.yaml:10:5: phases[2] needs at least one activity or drill Hint: Add an "activities:" list, like "- Brisk walk", or a "drills:" list of exercises."
    `);
  });
});

describe('every content error has a hint', () => {
  it('in every fixture case of bad input', async () => {
    const folders = await readdir(fixturesRoot, { withFileTypes: true });
    const cases = folders.filter((f) => f.isDirectory() && f.name !== 'valid').map((f) => f.name);
    let problems = 0;
    for (const name of cases) {
      const content = await fixtureLibrary(name);
      try {
        await loadLibrary(content);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        for (const problem of error.problems) {
          expect(problem.hint.trim(), `${name}: ${problem.message}`).not.toBe('');
          problems++;
        }
      } finally {
        await removeFixture(content);
      }
    }
    // Most cases are bad input; a few (advice, figure-card) are valid libraries for other tests.
    expect(problems).toBeGreaterThan(30);
  });
});

describe('references in a file with other problems', () => {
  it('are reported in the same run, and values the schema refuses are not guessed at', async () => {
    expect(await problemsOf('reference-in-broken-file')).toMatchInlineSnapshot(`
      "8 problems in 2 files:
      routines/decks/talk.yaml:7:11: slides[1].kind must be one of: title, routine, exercise, conditions, guidance, text, section, picture, columns, quote (got "routin") Hint: Did you mean "routine"?
      routines/decks/talk.yaml:10:14: unknown routine "side-hip-startr" Hint: Did you mean "side-hip-starter"?
      routines/decks/talk.yaml:11:5: "colour" is not a field of slides[2] Hint: Known fields: "kind", "routine", "notes".
      routines/routines/side-hip-starter.yaml:9:14: unknown condition "trochanteric-bursits" Hint: Did you mean "trochanteric-bursitis"?
      routines/routines/side-hip-starter.yaml:10:8: level is not one of the allowed values (got "expert") Hint: Known values: "beginner", "intermediate", "advanced".
      routines/routines/side-hip-starter.yaml:15:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?
      routines/routines/side-hip-starter.yaml:16:15: main[2].exercise must be lower-case words joined by hyphens, like "side-lying-leg-raise" (got "Glute Bridge") Hint: Use lower-case letters and digits only, with a hyphen between words.
      routines/routines/side-hip-starter.yaml:18:15: main[3].exercise must be text (got 42) Hint: Put it in quotes so it stays as written: "42"."
    `);
  });
});
