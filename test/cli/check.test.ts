import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/cli.ts';

describe('npm run check', () => {
  let valid: string;
  let broken: string;
  beforeAll(async () => {
    valid = await fixtureLibrary('valid');
    broken = await fixtureLibrary('many-problems');
  });
  afterAll(async () => {
    await removeFixture(valid);
    await removeFixture(broken);
  });

  it('prints a summary of counts and exits 0 on valid content', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: valid });
    expect(result.code).toBe(0);
    expect(normalise(result.stdout, valid)).toMatchInlineSnapshot(`
      "Content in routines is valid.
        3 exercises
        1 routine
        1 condition
        1 warm-up protocol
        0 decks
        0 programs
        1 risk factor
        1 prevention practice
      "
    `);
  });

  it('prints every problem, no stack trace, and exits 1', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: broken });
    expect(result.code).toBe(1);
    expect(normalise(result.stderr, broken)).toMatchInlineSnapshot(`
      "3 problems in 3 files:
      routines/conditions/trochanteric-bursitis.yaml:5:14: whereItHurts is empty Hint: Write a value after the colon.
      routines/exercises/clamshell.yaml:8:8: level is not one of the allowed values (got "expert") Hint: Known values: "beginner", "intermediate", "advanced".
      routines/exercises/glute-bridge.yaml:11:9: dose.sets must be at least 1 (got 0) Hint: Write a whole number from 1 to 10.

      Nothing was written. Fix the problems above and run the command again.
      "
    `);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
