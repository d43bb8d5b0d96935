/** Rules every exercise in the bundled pack keeps, beyond what the schema can check file by file. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { bodyAreas } from '../../src/model/schema/vocabulary.ts';
import { projectRoot } from '../helpers/cli.ts';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
});

describe('exercises in the content pack', () => {
  it('say when to stop in full sentences that start "Stop if"', () => {
    const bad = Object.values(library.exercises).flatMap((x) =>
      x.stopRules.filter((rule) => !/^Stop if .+\.$/.test(rule)).map((rule) => `${x.id}: ${rule}`),
    );
    expect(bad).toEqual([]);
  });

  it('link easier and harder versions both ways', () => {
    const exercises = library.exercises;
    const oneWay = Object.values(exercises).flatMap((x) => [
      ...x.harder
        .filter((h) => !exercises[h]?.easier.includes(x.id))
        .map((h) => `${x.id} → harder ${h}`),
      ...x.easier
        .filter((e) => !exercises[e]?.harder.includes(x.id))
        .map((e) => `${x.id} → easier ${e}`),
    ]);
    expect(oneWay, `links without their mirror:\n${oneWay.join('\n')}`).toEqual([]);
  });

  it('keep the progressions the article implies', () => {
    const harder = (id: string) => library.exercises[id]?.harder;
    expect(harder('glute-bridge')).toContain('single-leg-glute-bridge');
    expect(harder('single-leg-glute-bridge')).toContain('barbell-hip-thrust');
    expect(harder('step-up')).toContain('lateral-step-up');
    expect(harder('squat')).toContain('rear-foot-elevated-split-squat');
    expect(harder('clamshell')).toContain('side-lying-leg-raise');
  });

  it('are each used by at least one routine', () => {
    const unused = Object.values(library.exercises).filter((x) => x.usedIn.length === 0);
    expect(unused.map((x) => x.id)).toEqual([]);
  });
});

describe('progression and safety content', () => {
  it('gives every exercise an effort and a rule for moving on, naming a harder one when it has one', () => {
    const missing = Object.values(library.exercises).flatMap((x) => [
      ...(x.effort === undefined ? [`${x.id}: no effort`] : []),
      ...(x.moveOn === undefined ? [`${x.id}: no moveOn`] : []),
      ...(x.harder.length > 0 && x.moveOn?.harder === undefined
        ? [`${x.id}: has harder versions but moveOn names none`]
        : []),
    ]);
    expect(missing).toEqual([]);
  });

  it('keeps clinician notes for the clinician: no sentence speaks to the patient', () => {
    const spoken = Object.values(library.routines)
      .filter((r) => r.notes !== undefined && /\b(you|your)\b/i.test(r.notes))
      .map((r) => `${r.id}: ${r.notes ?? ''}`);
    expect(spoken, 'move these to advice, in the you-voice').toEqual([]);
  });

  // The rules a physical therapist found only in clinician notes (issue 12) now reach the patient.
  it.each([
    ['the pain that is OK', /\d+ out of 10/],
    ['the hip bend limit', /90 degrees/],
    ['reps in reserve', /reps in reserve/],
    ['medical clearance', /clinician says you can/],
  ])('puts %s in patient advice, not in notes', (_, pattern) => {
    const routines = Object.values(library.routines);
    expect(routines.filter((r) => pattern.test(r.notes ?? '')).map((r) => r.id)).toEqual([]);
    expect(routines.some((r) => r.advice.some((line) => pattern.test(line)))).toBe(true);
  });

  it('quotes the routine pain limit wherever advice gives a number out of 10', () => {
    const wrong = Object.values(library.routines).flatMap((r) =>
      r.advice
        .map((line) => /up to (\d+) out of 10/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) !== r.painRule.greenUpTo)
        .map((m) => `${r.id}: "${m[0]}" but the green band goes up to ${r.painRule.greenUpTo}`),
    );
    expect(wrong).toEqual([]);
  });

  it('names every condition plainly first, with search words and running advice', () => {
    const bad = Object.values(library.conditions).flatMap((c) => [
      ...(c.plainName === c.name ? [`${c.id}: plain name is the medical name`] : []),
      ...(c.alsoCalled.length < 3 ? [`${c.id}: fewer than 3 words in alsoCalled`] : []),
    ]);
    expect(bad).toEqual([]);
  });

  it('finds the outer-hip routine under the words runners use', () => {
    const words = (id: string) =>
      [library.conditions[id]?.plainName ?? '', ...(library.conditions[id]?.alsoCalled ?? [])]
        .join(' | ')
        .toLowerCase();
    for (const word of ['outer hip', 'side of hip', 'bursitis'])
      expect(words('trochanteric-bursitis')).toContain(word);
    expect(words('it-band-syndrome')).toContain('it band');
    expect(words('hip-flexor-strain')).toContain('hip flexor');
  });

  it('counts only main targets, so no body area matches every routine', () => {
    const routines = Object.values(library.routines);
    const everywhere = bodyAreas.filter((area) => routines.every((r) => r.areas.includes(area)));
    expect(everywhere).toEqual([]);
  });
});
