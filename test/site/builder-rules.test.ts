/**
 * The builder and the patient's pages check a program link with the program schema's rules (its
 * JSON Schema, made at build time) instead of Zod, to keep their scripts small. These tests hold
 * the two checks to the same answers: every starting program of the fixture library and of the
 * bundled one comes back the same from both, damaged programs are refused at the same fields, and
 * the pages' scripts reach neither Zod nor the YAML parser.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { en, es, type Catalog } from '../../src/domain/catalog/index.ts';
import { checkProgram, rulesValidator } from '../../src/domain/program-check.ts';
import { checkRules } from '../../src/domain/rules-check.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { validateProgram } from '../../src/model/program-validate.ts';
import { schemaRules } from '../../src/model/schema-rules.ts';
import { program } from '../../src/model/schema/program.ts';
import { programData } from '../../src/site/program-data.ts';
import { programRules } from '../../src/site/program-rules.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('program');
const byRules = rulesValidator(programRules, en);

const sam = {
  format: 1,
  title: '  Strong right hip for Sam ',
  daysPerWeek: 4,
  items: [
    { exercise: 'clamshell', side: 'right', dose: { sets: 3, reps: 15 }, note: 'Knees together.' },
    { exercise: 'glute-bridge' },
  ],
  stages: [{ weeks: { from: 1, to: 2 }, doses: [{ exercise: 'clamshell', dose: { sets: 2 } }] }],
  painRule: { greenUpTo: 2, amberUpTo: 4 },
  patient: 'Sam Lee',
  date: '2026-03-14',
};

/** Field paths of what each check refuses, as text. */
function refused(data: unknown) {
  const paths = (r: ReturnType<typeof validateProgram>) =>
    r.success ? [] : [...new Set(r.issues.map((i) => i.path.join('.')))].sort();
  return { zod: paths(validateProgram(data)), rules: paths(byRules(data)) };
}

describe("the program schema's rules", () => {
  it('give back what Zod gives back, defaults and trimmed text included', async () => {
    const bundled = await loadLibrary(path.join(projectRoot, 'routines'));
    const starts = [
      ...programData(fixture.library, '/', programRules).starts,
      ...programData(bundled, '/', programRules).starts,
    ];
    expect(starts.length).toBeGreaterThan(10);
    for (const data of [sam, ...starts.map((s) => s.program)]) {
      const zod = validateProgram(data);
      const rules = byRules(data);
      expect(zod.success).toBe(true);
      expect(rules).toEqual(zod);
    }
    expect(byRules(sam)).toMatchObject({
      success: true,
      data: { title: 'Strong right hip for Sam' },
    });
  });

  it('refuse a damaged program at the same fields as Zod', () => {
    const damaged: unknown[] = [
      { ...sam, daysPerWeek: 9 },
      { ...sam, daysPerWeek: 2.5 },
      { ...sam, format: 2 },
      { ...sam, title: '   ' },
      { ...sam, title: 'x'.repeat(81) },
      { ...sam, items: [] },
      { ...sam, items: Array.from({ length: 13 }, () => ({ exercise: 'clamshell' })) },
      { ...sam, items: [{ exercise: 'Clam Shell' }] },
      { ...sam, items: [{ exercise: 'clamshell', side: 'up', dose: { sets: 0, tempo: 3 } }] },
      { ...sam, items: [{ side: 'left' }] },
      { ...sam, date: '2026-13-01', paper: 'legal', largePrint: 'yes' },
      { ...sam, advice: ['ok', 'Bad \u001b[31m red'] },
      { ...sam, stages: [{ doses: [] }] },
      { ...sam, painRule: { greenUpTo: 10 } },
      { ...sam, stages: [{ weeks: { from: 2, to: 3 } }] },
      { ...sam, stages: [{ weeks: { from: 1, to: 2 } }, { weeks: { from: 3, to: 2 } }] },
      {
        ...sam,
        stages: [
          {
            weeks: { from: 1, to: 2 },
            doses: [
              { exercise: 'clamshell', dose: { sets: 2 } },
              { exercise: 'clamshell', dose: { sets: 3 } },
              { exercise: 'side-plank', dose: { sets: 3 } },
            ],
          },
        ],
      },
      { ...sam, patient: 42, extra: true },
      'nonsense',
      null,
    ];
    for (const data of damaged) {
      const { zod, rules } = refused(data);
      expect(zod.length, JSON.stringify(data)).toBeGreaterThan(0);
      expect(rules, JSON.stringify(data)).toEqual(zod);
    }
  });

  it('refuse a dose change with two amounts, as Zod does, in an item or a stage', () => {
    const twoAmounts = {
      ...sam,
      items: [
        { exercise: 'clamshell', dose: { reps: 8, seconds: 5 } },
        { exercise: 'glute-bridge', dose: { reps: 10 } },
      ],
      stages: [
        { weeks: { from: 1, to: 2 }, doses: [] },
        {
          weeks: { from: 3, to: 4 },
          doses: [{ exercise: 'glute-bridge', dose: { holdSeconds: 20, metres: 5, sets: 3 } }],
        },
      ],
    };
    expect(refused(twoAmounts)).toEqual({
      zod: ['items.0.dose', 'stages.1.doses.0.dose'],
      rules: ['items.0.dose', 'stages.1.doses.0.dose'],
    });
    // One amount is still fine for both.
    const oneAmount = { ...sam, items: [{ exercise: 'clamshell', dose: { seconds: 5 } }] };
    expect(refused(oneAmount)).toEqual({ zod: [], rules: [] });
    // The builder leaves out the dose change, keeps the item, and says so in the page's language.
    const withZod = checkProgram(twoAmounts, fixture.library, en, validateProgram);
    const withRules = checkProgram(twoAmounts, fixture.library, en, byRules);
    expect(withRules.program).toEqual(withZod.program);
    expect(withRules.program?.items[0]).toEqual({ exercise: 'clamshell', side: 'both' });
    expect(withRules.problems[0]).toBe(
      'items 1 dose: gives more than one amount (reps, seconds); a dose has only one. This part was left out.',
    );
    const inSpanish = checkProgram(
      twoAmounts,
      fixture.library,
      es,
      rulesValidator(programRules, es),
    );
    expect(inSpanish.problems[0]).toBe(
      'items 1 dose: da más de una cantidad (reps, seconds); una dosis tiene una sola. Esta parte se dejó fuera.',
    );
  });

  it('leave out the same damaged parts as Zod, in the page language', () => {
    const data = {
      ...sam,
      items: [
        { exercise: 'clamshell', dose: { sets: 99 } },
        { exercise: 'glute-bridge', side: 'up' },
      ],
      extra: true,
    };
    const withZod = checkProgram(data, fixture.library, en, validateProgram);
    const withRules = checkProgram(data, fixture.library, en, byRules);
    expect(withRules.program).toEqual(withZod.program);
    expect(withRules.problems).toEqual([
      'items 1 dose sets: must be at most 10. This part was left out.',
      'items 2 side: must be one of: both, left, right. This part was left out.',
      'extra: is not part of a program. This part was left out.',
    ]);
    const inSpanish = checkProgram(data, fixture.library, es, rulesValidator(programRules, es));
    expect(inSpanish.problems[0]).toBe(
      'items 1 dose sets: debe ser como mucho 10. Esta parte se dejó fuera.',
    );
    // The stages' own checks, in the page's language too (they were English on /es/).
    const firstProblem = (data: unknown, catalog: Catalog, validate = byRules) =>
      checkProgram(data, fixture.library, catalog, validate).problems[0];
    const lateStart = { ...sam, stages: [{ weeks: { from: 2, to: 3 }, doses: [] }] };
    const notMain = {
      ...sam,
      stages: [
        { weeks: { from: 1, to: 2 }, doses: [{ exercise: 'side-plank', dose: { sets: 3 } }] },
      ],
    };
    expect(firstProblem(lateStart, en)).toBe(firstProblem(lateStart, en, validateProgram));
    expect(firstProblem(notMain, en)).toBe(
      firstProblem(notMain, en, validateProgram)?.replace(
        'is not a main exercise of this routine',
        "is not one of this program's exercises",
      ),
    );
    const spanish = rulesValidator(programRules, es);
    expect(firstProblem(lateStart, es, spanish)).toBe(
      'stages 1 weeks from: debe ser la semana 1: la primera etapa empieza en la semana 1. Esta parte se dejó fuera.',
    );
    expect(firstProblem(notMain, es, spanish)).toBe(
      'stages 1 doses 1 exercise: no es uno de los ejercicios de este programa. Esta parte se dejó fuera.',
    );
    // A stage without its weeks is left out, and the rest kept.
    const stageless = checkProgram(
      { ...sam, stages: [{ doses: [] }] },
      fixture.library,
      en,
      byRules,
    );
    expect(stageless.program?.stages).toEqual([]);
    expect(stageless.program?.items).toHaveLength(2);
  });

  it('are refused at build time when the schema needs a rule the browser cannot check', async () => {
    const { z } = await import('zod');
    expect(() => schemaRules(z.strictObject({ a: z.union([z.string(), z.number()]) }))).toThrow(
      /"type"/,
    );
    expect(() => schemaRules(z.strictObject({ a: z.string().or(z.strictObject({})) }))).toThrow(
      /"anyOf"/,
    );
    expect(checkRules(schemaRules(program), { format: 1 }).issues.map((i) => i.rule)).toEqual([
      'required',
      'required',
      'required',
    ]);
  });

  it("keep Zod and the YAML parser out of the builder's and the patient's scripts", async () => {
    const pages = ['builder.ts', 'handout-print.ts', 'program-view.ts', 'program-follow.ts'];
    const result = await build({
      entryPoints: pages.map((f) => path.join(projectRoot, 'src', 'site', f)),
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
      external: ['virtual:*', '*?url'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/domain/rules-check.ts');
    expect(inputs.filter((i) => /node_modules\/(zod|yaml)\//.test(i))).toEqual([]);
  });
});
