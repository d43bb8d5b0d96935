/**
 * Translations in routines/i18n/<language>/: laid over their originals, and every mistake in them
 * at its line and column (fixtures translation-es and translation-errors).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.ts';
import { sourceHash } from '../../src/model/i18n-checks.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { parseYaml } from '../../src/model/parse.ts';
import { contentAdvice, formatAdvice } from '../../src/quality/advice.ts';
import {
  fixtureLibrary,
  normalise,
  problemsIn,
  problemsOf,
  removeFixture,
} from '../helpers/fixtures.ts';

describe('a library with a Spanish translation', () => {
  it('reads in Spanish: the text from the overlay, everything else from the original', async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      const english = await loadLibrary(content);
      const spanish = await loadLibrary(content, { language: 'es' });
      expect(english.settings.language).toBe('en');
      expect(spanish.settings.language).toBe('es');
      expect(spanish.settings.languages).toEqual(['en', 'es']);
      const clamshell = spanish.exercises['clamshell'];
      expect(clamshell?.name).toBe('Almeja');
      expect(clamshell?.stopRules[1]).toBe('Para si el dolor baja por la pierna.');
      expect(clamshell?.dose).toEqual(english.exercises['clamshell']?.dose);
      expect(clamshell?.conditions).toEqual(['trochanteric-bursitis']);
      // Not translated: stays as written in the original.
      expect(spanish.warmups['pre-run']?.title).toBe(english.warmups['pre-run']?.title);
      // Search words are taken whole, whatever their number.
      expect(spanish.conditions['trochanteric-bursitis']?.alsoCalled).toEqual([
        'cadera externa',
        'bursitis',
      ]);
      const routine = spanish.routines['side-hip-starter'];
      expect(routine?.title).toBe('Caderas fuertes en casa');
      expect(routine?.main.map((i) => [i.exercise, i.dose.sets])).toEqual([
        ['clamshell', 2],
        ['glute-bridge', 3],
      ]);
      expect(spanish.guidance.painRule.red).toBe('Para y descansa.');
      expect(spanish.settings.disclaimer).toMatch(/^Esto es educación/);
      expect(english.exercises['clamshell']?.name).toBe('Clamshell');
      expect(formatAdvice(contentAdvice(spanish).filter((a) => a.file.includes('i18n')))).toBe('');
    } finally {
      await removeFixture(content);
    }
  });

  it("gives advice when the original's text changed after the translation, with the new hash", async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      const file = path.join(content, 'exercises/clamshell.yaml');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('Hold for 1 second', 'Hold for 2 seconds'),
      );
      const library = await loadLibrary(content);
      const advice = contentAdvice(library).filter((a) => a.message.includes('older'));
      expect(normalise(formatAdvice(advice), content)).toMatchInlineSnapshot(`
        "1 piece of advice (the content is still valid):
        routines/i18n/es/exercises/clamshell.yaml:2:9: translation older than its original: the text of routines/exercises/clamshell.yaml changed since (source is c74639a8737e, the original is now bb0980ecfba2) Hint: Bring the translation up to date with the original, then write source: "bb0980ecfba2"."
      `);
    } finally {
      await removeFixture(content);
    }
  });

  it('keeps a translation up to date when only what is not text changes: dose, level, comments', async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      const file = path.join(content, 'exercises/clamshell.yaml');
      const before = await runCli(['check', '--hashes', 'es'], { ROUTINE_PRESS_CONTENT: content });
      await writeFile(
        file,
        `${(await readFile(file, 'utf8'))
          .replace('  sets: 2', '  sets: 3')
          .replace('level: beginner', 'level: intermediate')
          .replace('minutes: 4', 'minutes: 6')}# A comment.\n`,
      );
      const library = await loadLibrary(content);
      expect(library.exercises['clamshell']?.dose.sets).toBe(3);
      expect(contentAdvice(library).filter((a) => a.message.includes('older'))).toEqual([]);
      const after = await runCli(['check', '--hashes', 'es'], { ROUTINE_PRESS_CONTENT: content });
      expect(after.stdout).toBe(before.stdout);
      expect(after.stdout).toMatch(/\/exercises\/clamshell\.yaml {2}up to date\n/);
    } finally {
      await removeFixture(content);
    }
  });

  it('refuses a language settings.yaml does not switch on', async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      await expect(
        loadLibrary(content, { language: 'fr' }),
      ).rejects.toThrowErrorMatchingInlineSnapshot(
        `[UserError: French (fr) is not one of the languages in settings.yaml (en, es). Hint: Add it to languages: [en, es, fr], or choose one of en, es.]`,
      );
    } finally {
      await removeFixture(content);
    }
  });

  it('still reads the old one-language form, and refuses both forms at once', async () => {
    const valid = await loadLibrary(
      await fixtureLibrary('valid').then(async (c) => {
        expect(
          (await readFile(path.join(c, 'settings.yaml'), 'utf8')).includes('\nlanguage: en\n'),
        ).toBe(true);
        return c;
      }),
    );
    expect(valid.settings.languages).toEqual(['en']);
    expect(valid.settings.language).toBe('en');
    await removeFixture(valid.root);
    const content = await fixtureLibrary('translation-es');
    const file = path.join(content, 'settings.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}language: en\n`);
    expect(await problemsIn(content)).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/settings.yaml:17:11: language is the old form of languages, and languages is given too (got "en") Hint: Delete this line: languages lists every language, the first is the default."
    `);
  });
});

describe('the bundled pack in Spanish', () => {
  it('has every safety text in Spanish', async () => {
    const content = path.join(projectRoot, 'routines');
    const english = await loadLibrary(content);
    const spanish = await loadLibrary(content, { language: 'es' });
    expect(spanish.settings.languages).toEqual(['en', 'es']);
    for (const [id, exercise] of Object.entries(spanish.exercises))
      exercise.stopRules.forEach((rule, i) =>
        expect(rule, id).not.toBe(english.exercises[id]?.stopRules[i]),
      );
    for (const [id, condition] of Object.entries(spanish.conditions))
      expect(condition.redFlags, id).not.toEqual(english.conditions[id]?.redFlags);
    expect(spanish.guidance.painRule.red).not.toBe(english.guidance.painRule.red);
  });
});

describe('the source hash of a translation', () => {
  it("covers only the original's text: a pose edit keeps it, a step edit changes it", async () => {
    const file = path.join(projectRoot, 'routines/exercises/clamshell.yaml');
    const { parsed } = parseYaml(file, await readFile(file, 'utf8'));
    const data = parsed?.data as Record<string, unknown>;
    expect(data['figure']).toBeDefined();
    const hash = sourceHash('exercise', data);
    // The bundled Spanish clamshell names this very hash: it is up to date.
    const overlay = await readFile(
      path.join(projectRoot, 'routines/i18n/es/exercises/clamshell.yaml'),
      'utf8',
    );
    expect(overlay).toContain(`source: "${hash}"`);
    const { figure: _, ...withoutPose } = data;
    expect(sourceHash('exercise', withoutPose)).toBe(hash);
    expect(sourceHash('exercise', { ...data, figure: { start: { posture: 'standing' } } })).toBe(
      hash,
    );
    expect(sourceHash('exercise', { ...data, dose: { sets: 5, reps: 5 } })).toBe(hash);
    const steps = data['steps'] as string[];
    expect(sourceHash('exercise', { ...data, steps: [...steps.slice(0, -1), 'Rest.'] })).not.toBe(
      hash,
    );
    expect(sourceHash('exercise', { ...data, steps: steps.slice(1) })).not.toBe(hash);
    expect(sourceHash('exercise', { ...data, name: 'Clam' })).not.toBe(hash);
  });
});

describe('npm run check -- --hashes es', () => {
  it('prints the hash of every content file and how its translation stands', async () => {
    const content = await fixtureLibrary('translation-es');
    try {
      const guidance = path.join(content, 'guidance.yaml');
      await writeFile(
        guidance,
        (await readFile(guidance, 'utf8')).replace('red: Stop and rest.', 'red: Stop, and rest.'),
      );
      const result = await runCli(['check', '--hashes', 'es'], { ROUTINE_PRESS_CONTENT: content });
      expect(result.code).toBe(0);
      expect(normalise(result.stdout, content)).toMatchInlineSnapshot(`
        "Content hashes for translations into Spanish (write source: "<hash>" in each translation, in quotes):
        c74639a8737e  routines/exercises/clamshell.yaml  up to date
        b008c95b88ac  routines/exercises/glute-bridge.yaml  up to date
        e351c2deafd9  routines/exercises/hip-swing.yaml  up to date
        5741ca8ec746  routines/conditions/trochanteric-bursitis.yaml  up to date
        2c335a8b2631  routines/routines/side-hip-starter.yaml  up to date
        c6e2dd13ae6f  routines/warm-ups/pre-run.yaml  not translated
        849dc30848ce  routines/guidance.yaml  older (3a4b9722b279)
        368a114e5638  routines/settings.yaml  up to date
        "
      `);
    } finally {
      await removeFixture(content);
    }
  });
});

describe('mistakes in translations', () => {
  it('lists every one at its line and column, with a hint', async () => {
    expect(await problemsOf('translation-errors')).toMatchInlineSnapshot(`
      "12 problems in 9 files:
      routines/i18n/es/conditions/trochanteric-bursitis.yaml:5:3: redFlags has 2 items; the original has 1 Hint: Translate the list of routines/conditions/trochanteric-bursitis.yaml line for line: one line for each of its 1, in the same order.
      routines/i18n/es/exercise/hip-swing.yaml:1:1: this translation is not read: its place does not mirror a content file Hint: Did you mean exercises/? Move it there.
      routines/i18n/es/exercises/clamshel.yaml:1:1: translates routines/exercises/clamshel.yaml, which does not exist Hint: Did you mean "clamshell"?
      routines/i18n/es/exercises/clamshell.yaml:5:3: dose is not text: it comes from the original, whatever the language Hint: Delete it here. A translation holds only text; ids, doses, numbers and poses are read from the original.
      routines/i18n/es/exercises/clamshell.yaml:7:3: steps has 4 items; the original has 5 Hint: Translate the list of routines/exercises/clamshell.yaml line for line: one line for each of its 5, in the same order.
      routines/i18n/es/exercises/clamshell.yaml:11:1: effort is not in the original routines/exercises/clamshell.yaml, so nothing shows it Hint: Delete it here, or write it in the original first.
      routines/i18n/es/exercises/glute-bridge.yaml:4:1: "cue" is not a field of this file Hint: Did you mean "cues"?
      routines/i18n/es/exercises/hip-swing.yaml:1:1: the Spanish translation of routines/exercises/hip-swing.yaml is missing, and es is switched on in settings.yaml languages: stopRules must be in Spanish Hint: Create this file with the Spanish of routines/exercises/hip-swing.yaml's text (at least stopRules) and the line source: "e351c2deafd9", or take es out of languages.
      routines/i18n/es/guidance.yaml:4:3: painRule.red has no Spanish translation; it is safety text, and es is switched on in settings.yaml languages Hint: Translate painRule.red of routines/guidance.yaml here: a patient must be able to read it.
      routines/i18n/es/routines/side-hip-starter.yaml:5:3: main has 1 item; the original has 2 Hint: Translate the list of routines/routines/side-hip-starter.yaml line for line: one line for each of its 2, in the same order.
      routines/i18n/es/routines/side-hip-starter.yaml:5:5: main[1].note is not in the original routines/routines/side-hip-starter.yaml, so nothing shows it Hint: Delete it here, or write it in the original first.
      routines/i18n/spanish:1:1: "spanish" is not a language tag Hint: Name the folder after the language, like "es" or "pt-BR"."
    `);
  });
});
