/**
 * One unit for every distance (issue 13): the card's badge (site, handouts and slides share
 * doseView) and the follow-along timer say a routine's distances in the settings' units, and the
 * same number, for the bundled pack in kilometres and in miles.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/en.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { doseView } from '../../src/render/card-view.ts';
import { followPlan } from '../../src/site/follow-plan.ts';
import { sessionMoments } from '../../src/site/follow-session.ts';

let pack: Library;
beforeAll(async () => {
  pack = await loadLibrary(path.join(import.meta.dirname, '../../routines'));
});

/** Every distance step of every routine: its badge and its timer's work lines. */
function distances(library: Library) {
  return Object.values(library.routines).flatMap((routine) => {
    const plan = followPlan(library, routine);
    const moments = sessionMoments(plan.steps, en, new Map(), plan.units);
    return plan.steps.flatMap((step, index) =>
      step.kind === 'exercise' && step.dose.metres !== undefined
        ? [
            {
              name: `${routine.id} step ${index + 1}`,
              badge: doseView(step.dose, library, en.dose).numbers,
              timer: moments
                .filter((m) => m.step === index && m.interval.phase === 'work')
                .map((m) => m.interval.detail),
            },
          ]
        : [],
    );
  });
}

describe('distances in the settings units', () => {
  for (const [units, own, other] of [
    ['mi', /\d yd\b/, /\d m\b/],
    ['km', /\d m\b/, /\d yd\b/],
  ] as const)
    it(`says every distance in ${units === 'mi' ? 'yards' : 'metres'} on the badge and the timer alike`, () => {
      const library = { ...pack, settings: { ...pack.settings, units } };
      const found = distances(library);
      // The bundled pack has distance drills (the agility ladder), so this cannot pass empty.
      expect(found.length).toBeGreaterThan(0);
      for (const { name, badge, timer } of found) {
        expect(badge, name).toMatch(own);
        expect(badge, name).not.toMatch(other);
        expect(timer.length, name).toBeGreaterThan(0);
        for (const line of timer) {
          expect(line, name).toMatch(own);
          expect(line, name).not.toMatch(other);
        }
        // The same number and unit: "6 × 11 yd" on the badge, "Set 1 of 6 · 11 yd" on the timer.
        const amount = /(\d+(?:[.,]\d+)?) (?:yd|m)\b/.exec(badge)?.[0];
        expect(amount, name).toBeDefined();
        for (const line of timer) expect(line, name).toContain(amount ?? '?');
      }
    });
});
