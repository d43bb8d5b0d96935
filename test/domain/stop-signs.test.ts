/**
 * A routine's one "stop and call your clinician" list says each sign once, in Spanish as in
 * English. The merge compared words split on anything but a–z, so an accented Spanish word fell
 * into pieces ("débil" → "d", "bil"; "está" → "est"): a sign the English list merges stayed twice
 * in Spanish. Content: the bundled library, in both languages.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, es } from '../../src/domain/catalog/index.ts';
import { stopSigns } from '../../src/domain/stop-signs.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { lookup } from '../../src/model/lookup.ts';
import { projectRoot } from '../helpers/cli.ts';

let english: Library;
let spanish: Library;
beforeAll(async () => {
  const content = path.join(projectRoot, 'routines');
  [english, spanish] = await Promise.all([
    loadLibrary(content),
    loadLibrary(content, { language: 'es' }),
  ]);
});

const signsOf = (library: Library, id: string) =>
  stopSigns(library, lookup(library, 'routine', id), library === english ? en : es).signs;

describe('the stop signs of a routine', () => {
  it('say a sign once in Spanish, where it is said in words with accents', () => {
    // The condition's "the pain wakes you at night" already says the general sign about night pain.
    expect(signsOf(english, 'stiff-hip-strength')).toContain('The pain wakes you at night.');
    expect(signsOf(english, 'stiff-hip-strength')).not.toContain(
      en.stop.general.find((sign) => sign.startsWith('Pain wakes you at night')),
    );
    const spanishSigns = signsOf(spanish, 'stiff-hip-strength');
    expect(spanishSigns).toContain('El dolor te despierta por la noche.');
    expect(spanishSigns).not.toContain(
      'El dolor te despierta de noche o no se calma con el descanso.',
    );
    // Two signs that share words but not their meaning both stay: weakness is not a hot joint.
    expect(spanishSigns).toContain(
      'Sientes la pierna dormida, con hormigueo o débil, o el dolor baja por la pierna.',
    );
    expect(spanishSigns).toContain(
      'La articulación está caliente, roja o hinchada, o tienes fiebre.',
    );
    expect(spanishSigns).toHaveLength(signsOf(english, 'stiff-hip-strength').length);
  });

  it('merge in Spanish what English merges: a pop with a bruise is said once', () => {
    for (const id of ['groin-pain', 'walk-run-return', 'ready-to-run-check']) {
      const pops = (library: Library) =>
        signsOf(library, id).filter((sign) => /\bpop\b|chasquido/.test(sign));
      expect(pops(spanish), id).toHaveLength(pops(english).length);
    }
  });

  it('never leave out a sign of its own condition that says something new', () => {
    // Every Spanish list is at least as long as the English one: merging stays conservative.
    for (const id of Object.keys(english.routines))
      expect(signsOf(spanish, id).length, id).toBeGreaterThanOrEqual(signsOf(english, id).length);
  });
});
