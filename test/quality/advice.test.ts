/**
 * Advice on a valid library: field names as people read them, positions from the file, and the
 * file name alone when a field is not written in its file.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { contentAdvice, formatAdvice } from '../../src/quality/advice.ts';
import { fixtureForFile, normalise } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('valid');

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
