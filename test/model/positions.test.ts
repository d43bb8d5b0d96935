/**
 * Positions kept with the Library: the same line and column the loader's own locator finds, for
 * every field of every file, and still there when the files are gone.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { exists, locateValue } from '../../src/model/locate.ts';
import { parseYaml } from '../../src/model/parse.ts';
import { fieldKey, fieldPath, positionAt } from '../../src/model/positions.ts';
import { contentAdvice } from '../../src/quality/advice.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';

describe('field keys', () => {
  it('turn the names patientTexts gives into paths in the file, and back', () => {
    expect(fieldPath('steps[2]')).toEqual(['steps', 2]);
    expect(fieldPath('warmUp.items[0].note')).toEqual(['warmUp', 'items', 0, 'note']);
    expect(fieldPath('riskFactors[3].points[1]')).toEqual(['riskFactors', 3, 'points', 1]);
    expect(fieldPath('disclaimer')).toEqual(['disclaimer']);
    expect(fieldKey(['warmUp', 'items', 0, 'note'])).toBe('warmUp.items[0].note');
    expect(fieldKey([])).toBe('');
  });
});

describe('library.positions', () => {
  it('has every field of every file where the loader locates it', async () => {
    const content = await fixtureLibrary('valid');
    try {
      const library = await loadLibrary(content);
      const files = Object.keys(library.positions);
      // 3 exercises, a condition, a routine, a warm-up, settings and guidance.
      expect(files).toHaveLength(8);
      let checked = 0;
      for (const file of files) {
        const source = await readFile(path.resolve(file), 'utf8');
        const { parsed } = parseYaml(file, source);
        if (!parsed) throw new Error(`${file} parses`);
        for (const [key, position] of Object.entries(library.positions[file] ?? {})) {
          expect(exists(parsed, fieldPath(key)), `${file} ${key}`).toBe(true);
          expect(position, `${file} ${key}`).toEqual(locateValue(parsed, fieldPath(key)));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
      const clamshell = normalise(library.exercises['clamshell']?.source ?? '', content);
      expect(clamshell).toBe('routines/exercises/clamshell.yaml');
      const source = library.exercises['clamshell']?.source ?? '';
      const lines = (await readFile(path.resolve(source), 'utf8')).split('\n');
      // The position points at the value as written: `sets: 2` → the 2.
      const sets = positionAt(library.positions, source, ['dose', 'sets']);
      expect(sets).toBeDefined();
      expect(lines[(sets?.line ?? 0) - 1]?.slice((sets?.col ?? 0) - 1)).toMatch(/^\d/);
      // A field the file leaves to its default has no position.
      expect(positionAt(library.positions, source, ['easier'])).toBeUndefined();
      expect(positionAt(library.positions, 'routines/nowhere.yaml', [])).toBeUndefined();
      expect(Object.isFrozen(library.positions[source])).toBe(true);
    } finally {
      await removeFixture(content);
    }
  });

  it('advice finds its line without the files: nothing is read again', async () => {
    const content = await fixtureLibrary('valid');
    const library = await loadLibrary(content);
    await rm(content, { recursive: true });
    const clamshell = library.exercises['clamshell'];
    if (!clamshell) throw new Error('the valid fixture has a clamshell');
    const steps = [...clamshell.steps];
    steps[1] =
      'Concentrate on maintaining controlled, deliberate movements throughout every repetition.';
    const advice = contentAdvice({
      ...library,
      exercises: { ...library.exercises, clamshell: { ...clamshell, steps } },
    });
    const where = positionAt(library.positions, clamshell.source, 'steps[1]');
    expect(where).toBeDefined();
    expect(advice).toEqual([expect.objectContaining({ file: clamshell.source, ...where })]);
    await removeFixture(content);
  });
});
