import { describe, expect, it } from 'vitest';
import { problemsOf } from '../helpers/fixtures.ts';

describe('impossible pose data is reported at its line and column', () => {
  it('a joint past its range, a knee bending backwards, a word where degrees belong', async () => {
    expect(await problemsOf('figure-out-of-range')).toMatchInlineSnapshot(`
      "4 problems in 1 file:
      routines/exercises/clamshell.yaml:37:12: figure.start.knees must be between 0 (straight) and 150 (fully bent) degrees (got -20) Hint: Angles count from standing up straight, where every joint is at 0. Leave the line out to use the posture's usual angle.
      routines/exercises/clamshell.yaml:41:22: figure.end.hipsOut.near must be between -30 (crossed in) and 90 (wide out) degrees (got 120) Hint: Angles count from standing up straight, where every joint is at 0. Leave the line out to use the posture's usual angle.
      routines/exercises/clamshell.yaml:42:20: figure.end.knees.near must be between 0 (straight) and 150 (fully bent) degrees (got 170) Hint: Angles count from standing up straight, where every joint is at 0. Leave the line out to use the posture's usual angle.
      routines/exercises/clamshell.yaml:43:13: figure.end.ankles must be a number of degrees like 45, or one for each side like { near: 45, far: 0 } (got "ninety") Hint: Write the angle in digits, like 45. Leave the line out to use the posture's usual angle."
    `);
  });

  it('an unknown prop, posture or body point, a prop in the wrong place', async () => {
    expect(await problemsOf('figure-unknown-words')).toMatchInlineSnapshot(`
      "4 problems in 1 file:
      routines/exercises/clamshell.yaml:36:20: figure.start.props.band is not one of the allowed values (got "hips") Hint: Known values: "knees", "ankles", "feet".
      routines/exercises/clamshell.yaml:36:26: "kettle-bell" is not a field of figure.start.props Hint: Did you mean "kettlebell"?
      routines/exercises/clamshell.yaml:37:12: figure.start.arrow is not one of the allowed values (got "left-knee") Hint: Did you mean "near-knee"?
      routines/exercises/clamshell.yaml:39:14: figure.end.posture is not one of the allowed values (got "prone") Hint: Known values: "standing", "lying-back", "lying-side", "kneeling", "half-kneeling", "all-fours", "seated"."
    `);
  });

  it('a view that would show the body end-on', async () => {
    expect(await problemsOf('figure-wrong-view')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/clamshell.yaml:34:11: figure.start.view must be front or back when the posture is lying-side; the body would be seen end-on (got "side") Hint: Change it to view: front."
    `);
  });
});
