/**
 * The follow-along session without a browser: the moments of the fixture routine (a warm-up with
 * a walk and a drill, a per-side hold, reps to tap) and the player on a fake clock.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { lookup } from '../../src/model/lookup.ts';
import { linkDoses } from '../../src/site/follow-doses.ts';
import { followPlan, type FollowPlan } from '../../src/site/follow-plan.ts';
import { player, sessionMoments, type Moment } from '../../src/site/follow-session.ts';
import { projectRoot } from '../helpers/cli.ts';

const fixture = path.join(projectRoot, 'test/fixtures/follow');

function fakeClock() {
  let now = 0;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

/** "Hip flexor stretch: work left 20" — one line a moment. */
const line = (plan: FollowPlan, m: Moment) =>
  `${plan.steps[m.step]?.name}: ${m.interval.phase} ${m.interval.side ?? '-'} ${m.taps === null ? m.interval.seconds : `tap ${m.taps}`}`;

describe('the follow-along session', () => {
  let library: Library;
  let plan: FollowPlan;
  beforeAll(async () => {
    library = await loadLibrary(fixture);
    plan = followPlan(library, lookup(library, 'routine', 'side-hip-starter'));
  });

  it('plays the warm-up first, then each exercise, left side then right, every set and rest', () => {
    expect(plan.steps.map((s) => `${s.section} ${s.name}`)).toEqual([
      'warmUp Get warm',
      'warmUp Hip swing',
      'main Hip flexor stretch',
      'main Clamshell',
      'coolDown Glute bridge',
    ]);
    expect(sessionMoments(plan.steps, en).map((m) => line(plan, m))).toEqual([
      'Get warm: ready - 5',
      'Get warm: work - 300',
      'Hip swing: ready left 5',
      'Hip swing: work left tap 10',
      'Hip swing: switch right 5',
      'Hip swing: work right tap 10',
      'Hip flexor stretch: ready left 5',
      'Hip flexor stretch: work left 20',
      'Hip flexor stretch: switch right 5',
      'Hip flexor stretch: work right 20',
      'Hip flexor stretch: rest left 10',
      'Hip flexor stretch: work left 20',
      'Hip flexor stretch: switch right 5',
      'Hip flexor stretch: work right 20',
      'Clamshell: ready left 5',
      'Clamshell: work left tap 3',
      'Clamshell: switch right 5',
      'Clamshell: work right tap 3',
      'Glute bridge: ready - 5',
      'Glute bridge: work - tap 2',
    ]);
  });

  it('moves on by the clock, waits for taps on reps, and lands right after a long gap', () => {
    const clock = fakeClock();
    const moments = sessionMoments(plan.steps, en);
    const session = player(moments, clock.now);
    const where = () => {
      const s = session.state();
      return s.moment ? `${line(plan, s.moment)} @${s.secondsLeft}` : 'done';
    };
    session.start();
    expect(where()).toBe('Get warm: ready - 5 @5');
    clock.advance(4.5);
    expect(where()).toBe('Get warm: ready - 5 @1');
    clock.advance(0.5 + 300); // the walk, done while the phone slept
    expect(where()).toBe('Hip swing: ready left 5 @5');
    clock.advance(5);
    expect(where()).toBe('Hip swing: work left tap 10 @0');
    clock.advance(60); // a counted set waits for the taps, however long it takes
    expect(where()).toBe('Hip swing: work left tap 10 @0');
    for (let i = 0; i < 9; i++) session.tap();
    expect(session.state().taps).toBe(9);
    session.tap();
    expect(where()).toBe('Hip swing: switch right 5 @5');
    session.toggle(); // paused: the clock stands still
    clock.advance(30);
    expect(where()).toBe('Hip swing: switch right 5 @5');
    session.toggle();
    clock.advance(5);
    session.skip(); // the right side's reps skipped
    expect(where()).toBe('Hip flexor stretch: ready left 5 @5');
    clock.advance(5 + 20 + 5 + 20 + 10 + 7);
    expect(where()).toBe('Hip flexor stretch: work left 20 @13');
    session.back();
    expect(where()).toBe('Hip flexor stretch: rest left 10 @10');
    session.nextStep();
    expect(where()).toBe('Clamshell: ready left 5 @5');
    session.nextStep();
    session.nextStep();
    expect(session.state().done).toBe(true);
  });

  it('takes personal doses from the link for the main exercises, and refuses ones that do not fit', () => {
    const doses = new Map(
      plan.steps.flatMap((s) =>
        s.kind === 'exercise' && s.section !== 'warmUp' ? [[s.exercise, s.dose] as const] : [],
      ),
    );
    const link = linkDoses(
      '#dose=clamshell:2x5,hip-flexor-stretch:1x45s,glute-bridge:2x30s,nope:1',
      doses,
    );
    expect(link.refused).toEqual(['glute-bridge:2x30s', 'nope:1']);
    const moments = sessionMoments(plan.steps, en, link.doses).map((m) => line(plan, m));
    expect(moments.filter((m) => m.startsWith('Clamshell: work'))).toEqual([
      'Clamshell: work left tap 5',
      'Clamshell: work right tap 5',
      'Clamshell: work left tap 5',
      'Clamshell: work right tap 5',
    ]);
    expect(moments.filter((m) => m.startsWith('Hip flexor stretch: work'))).toEqual([
      'Hip flexor stretch: work left 45',
      'Hip flexor stretch: work right 45',
    ]);
  });
});
