/**
 * Every string a patient reads in the Spanish content pack (routines/i18n/es/ read over routines/)
 * is in Spanish and easy to read: Fernández-Huerta reading ease at least 60 on its own, at least
 * 70 on average and as a whole, as strict as the English grade check (src/quality/spanish-reading.ts).
 * The Spanish interface words (src/domain/catalog/es.ts) are held to the same limits.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { patientTexts, type PatientText } from '../../src/quality/patient-text.ts';
import { checkSpanishReading, spanishLimits } from '../../src/quality/spanish-reading.ts';
import { es } from '../../src/domain/catalog/index.ts';
import { catalogTexts } from '../../src/quality/catalog-text.ts';
import { projectRoot } from '../helpers/cli.ts';

let english: PatientText[];
let spanish: PatientText[];

beforeAll(async () => {
  const content = path.join(projectRoot, 'routines');
  english = patientTexts(await loadLibrary(content));
  spanish = patientTexts(await loadLibrary(content, { language: 'es' }));
});

describe('the Spanish content pack', () => {
  it('has the same patient strings as the English, every one of them translated', () => {
    expect(spanish.map((t) => `${t.file} ${t.field}`)).toEqual(
      english.map((t) => `${t.file} ${t.field}`),
    );
    const untranslated = spanish.filter((t, index) => t.text === english[index]?.text);
    expect(untranslated.map((t) => `${t.file} ${t.field}: ${t.text}`)).toEqual([]);
  });

  it(`keeps every string at reading ease ${spanishLimits.minEase} or above, and the average and the whole at ${spanishLimits.minAverage} or above`, () => {
    const report = checkSpanishReading(spanish);
    expect(report.scored.length).toBeGreaterThan(400);
    expect(report.problems, `Hard to read:\n${report.problems.join('\n')}`).toEqual([]);
    expect(report.average).toBeGreaterThanOrEqual(spanishLimits.minAverage);
    expect(report.whole).toBeGreaterThanOrEqual(spanishLimits.minAverage);
  });
});

describe('the Spanish string catalog', () => {
  const catalog = catalogTexts(es, 'src/domain/catalog/es.ts');

  it(`keeps every string at reading ease ${spanishLimits.minEase} or above, and the average and the whole at ${spanishLimits.minAverage} or above`, () => {
    const report = checkSpanishReading(catalog);
    expect(report.scored.length).toBeGreaterThan(100);
    expect(report.problems, `Hard to read:\n${report.problems.join('\n')}`).toEqual([]);
    expect(report.average).toBeGreaterThanOrEqual(spanishLimits.minAverage);
    expect(report.whole).toBeGreaterThanOrEqual(spanishLimits.minAverage);
  });
});
