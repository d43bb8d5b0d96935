/** Rules every exercise in the bundled pack keeps, beyond what the schema can check file by file. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
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
