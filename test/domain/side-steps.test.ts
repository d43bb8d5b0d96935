/**
 * Issue 14's safety bug: a program's exercise for one side only must not tell the patient to
 * switch sides. Checked on the bundled library in English and in Spanish (the translation's steps
 * are marked by the original's `switchStep`, line for line).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, es } from '../../src/domain/catalog/index.ts';
import { stepsForSide } from '../../src/domain/side-steps.ts';
import { programRoutine } from '../../src/domain/program-routine.ts';
import { program } from '../../src/model/schema/program.ts';
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

describe('a program item for the side its steps do not name', () => {
  it('says to read the steps the other way round, after the side', () => {
    const routine = programRoutine(
      libraries.en,
      program.parse({
        format: 1,
        title: 'Left hip',
        daysPerWeek: 3,
        items: [
          { exercise: 'banded-hip-march', side: 'left' },
          { exercise: 'step-up', side: 'right' },
          { exercise: 'clamshell', side: 'left' },
        ],
      }),
      en,
    );
    const [march, stepUp, clamshell] = routine.main;
    // "Lift your right knee up toward hip height…": the steps are written for the right leg.
    expect(libraries.en.exercises['banded-hip-march']?.figure?.side).toBe('right');
    expect(march?.note).toBe(
      'Do this on your left side only. The steps say "right" for the side you work. Use left where they say right, and right where they say left.',
    );
    expect(stepUp?.note).toBe('Do this on your right side only.');
    // Lying on your side the steps say top and bottom: nothing to turn round.
    expect(clamshell?.note).toBe('Do this on your left side only.');
    const spanish = programRoutine(
      libraries.es,
      program.parse({
        format: 1,
        title: 'Izquierda',
        daysPerWeek: 3,
        items: [{ exercise: 'lunge', side: 'left' }],
      }),
      es,
    );
    expect(spanish.main[0]?.note).toBe(`${es.program.sides.left} ${es.program.stepsSay.right}`);
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
