/**
 * Every string a patient reads in the bundled content: at most grade 8 on its own, at most grade 6
 * on average and as a whole (Flesch–Kincaid; see src/quality/reading-check.ts for how fragments
 * shorter than 6 words are handled).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot } from '../helpers/cli.ts';
import { patientTexts, type PatientText } from '../../src/quality/patient-text.ts';
import { checkReading, patientLimits } from '../../src/quality/reading-check.ts';
import { catalogTexts } from '../../src/quality/catalog-text.ts';
import { en } from '../../src/domain/catalog/index.ts';

let library: Library;
let texts: PatientText[];

beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
  texts = patientTexts(library);
});

describe('patient text in routines/ is easy to read', () => {
  it('collects every kind of patient text', () => {
    const fields = new Set(texts.map((t) => t.field.replace(/\[\d+\]/g, '')));
    for (const field of [
      'alias',
      'purpose',
      'steps',
      'cues',
      'mistakes',
      'stopRules',
      'effort',
      'moveOn.when',
    ])
      expect(fields).toContain(field);
    for (const field of [
      'plainName',
      'whereItHurts',
      'symptoms',
      'worseWith',
      'causes',
      'whatHelps',
      'redFlags',
      'running.advice',
      'running.seeClinician',
      'everyday.sleeping',
      'everyday.stairs',
    ])
      expect(fields).toContain(field);
    for (const field of [
      'riskFactors.title',
      'practices.text',
      'practices.points',
      'treatment.text',
      'painRule.scale',
      'painRule.green',
      'painRule.red',
    ])
      expect(fields).toContain(field);
    for (const field of [
      'title',
      'summary',
      'phases.instructions',
      'phases.activities',
      'disclaimer',
      'advice',
      'stages.focus',
    ])
      expect(fields).toContain(field);
    // 42 exercises with at least 8 strings each, plus conditions, guidance and routines.
    expect(texts.length).toBeGreaterThan(500);
  });

  it(`keeps every string at grade ${patientLimits.maxGrade} or below, and the average at ${patientLimits.maxAverage} or below`, () => {
    const report = checkReading(texts);
    expect(report.scored.length).toBeGreaterThan(400);
    expect(report.problems, `Hard to read:\n${report.problems.join('\n')}`).toEqual([]);
    expect(report.average).toBeLessThanOrEqual(patientLimits.maxAverage);
    expect(report.whole).toBeLessThanOrEqual(patientLimits.maxAverage);
  });
});

describe('the interface words of the string catalog are easy to read', () => {
  const catalog = catalogTexts(en);

  it('reads every part of the catalog, the stop signs among them', () => {
    const fields = catalog.map((t) => t.field);
    expect(fields).toContain('stop.general[0]');
    expect(fields).toContain('stop.urgent');
    expect(fields).toContain('deck.stopLead');
    expect(catalog.length).toBeGreaterThan(100);
  });

  it(`keeps every string at grade ${patientLimits.maxGrade} or below, and the whole at ${patientLimits.maxAverage} or below`, () => {
    const report = checkReading(catalog);
    expect(report.scored.length).toBeGreaterThan(10);
    expect(report.problems, `Hard to read:\n${report.problems.join('\n')}`).toEqual([]);
  });

  it('names the catalog key of a string that is too hard', () => {
    const hard = catalogTexts({
      ...en,
      stop: {
        ...en.stop,
        urgent:
          'Immediately contact emergency medical services regarding unexplained deterioration.',
      },
    });
    expect(checkReading(hard).problems[0]).toMatch(
      /^src\/domain\/catalog\/en\.ts stop\.urgent: grade /,
    );
  });
});
