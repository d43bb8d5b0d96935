import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/core/problems.ts';
import { idsOf, lookup, lookupAll, NotFoundError } from '../../src/model/lookup.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('valid');

describe('lookup: the one way to reach a thing by id', () => {
  it('returns the resolved thing of each kind', () => {
    expect(lookup(fixture.library, 'exercise', 'clamshell').name).toBe('Clamshell');
    expect(
      lookup(fixture.library, 'routine', 'side-hip-starter').main.map((i) => i.exercise),
    ).toEqual(['clamshell', 'glute-bridge']);
    expect(lookup(fixture.library, 'condition', 'trochanteric-bursitis').routines).toEqual([
      'side-hip-starter',
    ]);
    expect(lookup(fixture.library, 'warmup', 'pre-run').phases.length).toBeGreaterThan(0);
    expect(
      lookupAll(fixture.library, 'exercise', ['hip-swing', 'clamshell']).map((x) => x.id),
    ).toEqual(['hip-swing', 'clamshell']);
    expect(idsOf(fixture.library, 'exercise')).toEqual(['clamshell', 'glute-bridge', 'hip-swing']);
  });

  it('a miss is one user error that names the closest id and lists the others', () => {
    const miss = () => lookup(fixture.library, 'exercise', 'clamshel');
    expect(miss).toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: There is no exercise "clamshel". Did you mean "clamshell"? The exercises are: clamshell, glute-bridge, hip-swing.]`,
    );
    expect(miss).toThrow(NotFoundError);
    let caught: unknown;
    try {
      miss();
    } catch (error) {
      caught = error;
    }
    expect(isUserError(caught)).toBe(true);
    expect(() => lookup(fixture.library, 'deck', 'talk')).toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: There is no deck "talk". There are no decks yet.]`,
    );
    expect(() =>
      lookupAll(fixture.library, 'condition', ['trochanteric-bursitis', 'x']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: There is no condition "x". The conditions are: trochanteric-bursitis.]`,
    );
  });

  it('an id that names something on every object is still a miss', () => {
    expect(() => lookup(fixture.library, 'routine', 'constructor')).toThrow(NotFoundError);
    expect(() => lookup(fixture.library, 'routine', '__proto__')).toThrow(NotFoundError);
  });
});
