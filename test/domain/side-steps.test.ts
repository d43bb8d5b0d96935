/**
 * Issue 14's safety bug: a program's exercise for one side only must not tell the patient to
 * switch sides. Checked on the bundled library in English and in Spanish (the translation's steps
 * are marked by the original's `switchStep`, line for line).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, es } from '../../src/domain/catalog/index.ts';
import { stepsForSide } from '../../src/domain/side-steps.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { saysToSwitch, switchStepAdvice } from '../../src/quality/switch-steps.ts';
import { projectRoot } from '../helpers/cli.ts';

const bundled = path.join(projectRoot, 'routines');
const libraries: Record<'en' | 'es', Library> = {} as Record<'en' | 'es', Library>;

beforeAll(async () => {
  libraries.en = await loadLibrary(bundled, { language: 'en' });
  libraries.es = await loadLibrary(bundled, { language: 'es' });
});

describe('stepsForSide', () => {
  const clamshell = {
    steps: ['Lie on your side.', 'Lift your top knee.', 'Do all your reps, then switch sides.'],
    switchStep: 3,
  };

  it('says "Do not switch sides." in place of the marked step for one side only', () => {
    expect(stepsForSide(clamshell, 'right', en)).toEqual([
      'Lie on your side.',
      'Lift your top knee.',
      'Do not switch sides.',
    ]);
    expect(stepsForSide(clamshell, 'left', es)[2]).toBe('No cambies de lado.');
  });

  it('keeps the steps as written for both sides, and when no step is marked', () => {
    expect(stepsForSide(clamshell, 'both', en)).toBe(clamshell.steps);
    expect(stepsForSide(clamshell, undefined, en)).toBe(clamshell.steps);
    expect(stepsForSide({ steps: clamshell.steps }, 'right', en)).toBe(clamshell.steps);
  });
});

describe.each(['en', 'es'] as const)('the bundled exercises in %s', (language) => {
  const catalog = { en, es }[language];

  it('mark every step that says to switch sides, and only those', () => {
    const library = libraries[language];
    const marked = Object.values(library.exercises).filter((x) => x.switchStep !== undefined);
    // 23 exercises done on each side end by sending you to the other side (issue 14's grep).
    expect(marked.map((x) => x.id)).toHaveLength(23);
    expect(marked.map((x) => x.id)).toContain('clamshell');
    expect(switchStepAdvice(library)).toEqual([]);
    for (const exercise of marked) {
      const all = stepsForSide(exercise, 'both', catalog);
      expect(all.filter(saysToSwitch), exercise.id).toHaveLength(1);
      for (const side of ['left', 'right'] as const) {
        const one = stepsForSide(exercise, side, catalog);
        expect(one.filter(saysToSwitch), `${exercise.id} ${side}`).toEqual([]);
        expect(one).toContain(catalog.card.oneSide);
        expect(one).toHaveLength(all.length);
      }
    }
  });
});
