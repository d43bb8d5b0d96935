import { describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import { plan } from '../../src/site/planner.ts';

const words = en.site.planner;

describe('the 10% planner', () => {
  it('puts a space between every number and its unit', () => {
    const shown = plan('25', 'mi', 10, 6, words);
    expect(shown.weeks[0]).toBe('27.5 mi');
    expect(shown.message).toBe(
      'Next week, run no more than 27.5 mi. In 6 weeks, no more than 44.2 mi.',
    );
  });

  it('answers an impossible week in plain words instead of a table of huge numbers', () => {
    const miles = plan('999999', 'mi', 10, 6, words);
    expect(miles.weeks).toEqual(['–', '–', '–', '–', '–', '–']);
    expect(miles.message).toBe(
      "999999 mi in one week is more than anyone runs. Check the number: type your week's total, up to 200 mi.",
    );
    expect(plan('301', 'km', 10, 6, words).message).toContain('up to 300 km');
    expect(plan('300', 'km', 10, 6, words).weeks[0]).toBe('330 km');
    expect(plan('200', 'mi', 10, 6, words).weeks[0]).toBe('220 mi');
  });

  it('asks for a number when the box is empty or not a distance', () => {
    for (const typed of ['', '  ', '0', '-3', 'abc'])
      expect(plan(typed, 'km', 10, 2, words)).toEqual({
        weeks: ['–', '–'],
        message: 'Type how far you ran this week, for example 20.',
      });
  });
});
