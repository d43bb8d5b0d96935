/**
 * Issue 14's safety bug: a program's exercise for one side only must not tell the patient to
 * switch sides. Checked on the bundled library in English and in Spanish (the translation's steps
 * are marked by the original's `switchStep`, line for line). Its follow-ups: how hard and when to
 * move on read for one side, and exercises whose sides take turns cannot be given one side.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, es } from '../../src/domain/catalog/index.ts';
import {
  effortForSide,
  figureSide,
  moveOnForSide,
  stepsForSide,
} from '../../src/domain/side-steps.ts';
import { canLabel } from '../../src/figures/sides.ts';
import { checkProgram } from '../../src/domain/program-check.ts';
import { validateProgram } from '../../src/model/program-validate.ts';
import { exercise as exerciseSchema } from '../../src/model/schema/exercise.ts';
import { oneSideWordsAdvice, saysEachSide } from '../../src/quality/one-side-words.ts';
import { exerciseCard } from '../../src/render/view.ts';
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

describe.each(['en', 'es'] as const)('one side only, in %s', (language) => {
  const catalog = { en, es }[language];

  it('says how hard and when to move on without "on each side" on every bundled exercise', () => {
    const library = libraries[language];
    expect(oneSideWordsAdvice(library)).toEqual([]);
    const oneSided = Object.values(library.exercises).filter(
      (x) => x.dose.perSide && x.dose.alternates !== true,
    );
    // The 12 that said "on each side" or "on each leg" (and "de cada lado", "con cada pierna").
    const said = oneSided.filter(
      (x) => saysEachSide(x.effort ?? '') || saysEachSide(x.moveOn?.when ?? ''),
    );
    expect(said).toHaveLength(12);
    for (const exercise of oneSided) {
      const routine = programRoutine(
        library,
        program.parse({
          format: 1,
          title: 'One side',
          daysPerWeek: 3,
          items: [{ exercise: exercise.id, side: 'left' }],
        }),
        catalog,
      );
      const item = routine.main[0];
      if (!item) throw new Error('the program has one item');
      const card = exerciseCard(library, exercise, { item });
      const texts = [
        card.effort ?? '',
        card.moveOn?.when ?? '',
        card.dose.words,
        card.dose.numbers,
      ];
      expect(texts.filter(saysEachSide), exercise.id).toEqual([]);
      expect(card.dose.numbers, exercise.id).not.toContain(catalog.dose.numbersEachSide.trim());
    }
    // For both sides, the words as written.
    const squat = library.exercises['single-leg-squat'];
    if (!squat?.moveOn) throw new Error('no single-leg squat');
    expect(effortForSide(squat, 'both')).toBe(squat.effort);
    expect(moveOnForSide(squat.moveOn, undefined)).toBe(squat.moveOn.when);
    expect(saysEachSide(squat.moveOn.when)).toBe(true);
  });

  it('never gives one side to an exercise whose sides take turns', () => {
    const library = libraries[language];
    const alternating = Object.values(library.exercises).filter((x) => x.dose.alternates);
    expect(alternating.map((x) => x.id).sort()).toEqual([
      'frankenstein-walk',
      'resistance-band-lateral-walk',
      'skater-hop',
    ]);
    const checked = checkProgram(
      {
        format: 1,
        title: 'Hops',
        daysPerWeek: 3,
        items: [
          { exercise: 'clamshell', side: 'left' },
          { exercise: 'skater-hop', side: 'left' },
          { exercise: 'frankenstein-walk', side: 'both' },
        ],
      },
      library,
      catalog,
      validateProgram,
    );
    const name = library.exercises['skater-hop']?.name ?? '';
    expect(checked.problems).toEqual([
      catalog.program.check.alternates.replace('{n}', '2').replace('{name}', name),
    ]);
    // The rest is kept: the clamshell keeps its side, the hop does both.
    expect(checked.program?.items.map((i) => [i.exercise, i.side])).toEqual([
      ['clamshell', 'left'],
      ['skater-hop', 'both'],
      ['frankenstein-walk', 'both'],
    ]);
  });
});

describe('the exercise schema', () => {
  it('refuses alternates without perSide, and a one-side effort without an effort', () => {
    const file = {
      name: 'Hop',
      alias: 'Hop',
      purpose: 'Hops.',
      categories: ['strength'],
      targets: ['glute-med'],
      equipment: ['none'],
      level: 'beginner',
      minutes: 2,
      dose: {
        sets: 1,
        reps: 5,
        perSide: false,
        alternates: true,
        restSeconds: 0,
        frequency: { timesPerDay: 1, daysPerWeek: 3 },
      },
      steps: ['Stand.', 'Hop.', 'Land.'],
      cues: ['Land softly.'],
      mistakes: ['Landing stiff.'],
      stopRules: ['Stop if it hurts.'],
      effortOneSide: 'The last 2 hops feel hard.',
    };
    const result = exerciseSchema.safeParse(file);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dose.alternates', 'says the sides take turns, but perSide is false'],
      ['effortOneSide', 'is the one-side form of effort, but there is no effort'],
    ]);
  });
});

describe('the figure for the other side', () => {
  const label = (svg: string) => /<text [^>]*>([LR])<\/text>/.exec(svg)?.[1];

  it("is turned to the item's side and labelled so on the card, on every bundled figure with a side", () => {
    const library = libraries.en;
    const sided = Object.values(library.exercises).filter(
      (x) => x.figure?.side !== undefined && x.media.length === 0 && canLabel(x.figure),
    );
    expect(sided.map((x) => x.id)).toContain('banded-hip-march');
    for (const exercise of sided) {
      const routine = programRoutine(
        library,
        program.parse({
          format: 1,
          title: 'Sides',
          daysPerWeek: 3,
          items: [
            { exercise: exercise.id, side: 'left' },
            { exercise: exercise.id, side: 'right' },
            { exercise: exercise.id },
          ],
        }),
        en,
      );
      const [left, right, both] = routine.main.map((item) => {
        const figures = exerciseCard(library, exercise, { item }).figures;
        if (figures.kind !== 'drawn') throw new Error(`${exercise.id} has no drawn figure`);
        return figures;
      });
      const own = exercise.figure?.side === 'left' ? 'L' : 'R';
      expect(
        [left, right, both].map((f) => label(f?.start.svg ?? '')),
        exercise.id,
      ).toEqual(['L', 'R', own]);
      expect(left?.start.alt, exercise.id).not.toBe(right?.start.alt);
    }
    // The march's file draws the right leg: a left-side item gets it turned, a right-side one not.
    const march = library.exercises['banded-hip-march'];
    if (!march) throw new Error('no march');
    expect([
      figureSide(march, 'left'),
      figureSide(march, 'right'),
      figureSide(march, 'both'),
    ]).toEqual(['left', undefined, undefined]);
    // The clinic's own pictures are never turned.
    expect(figureSide({ ...march, media: [{}] }, 'left')).toBeUndefined();
  });
});
