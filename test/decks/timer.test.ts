import { describe, expect, it } from 'vitest';
import { intervalTimer } from '../../src/decks/runtime/timer.ts';
import type { Interval } from '../../src/domain/timer-plan.ts';

const plain = { sets: 2, side: null, reps: null };
const intervals: Interval[] = [
  { ...plain, phase: 'ready', seconds: 5, label: 'Get ready', detail: '', set: 0 },
  { ...plain, phase: 'work', seconds: 30, label: 'Hold', detail: 'Set 1 of 2', set: 1 },
  { ...plain, phase: 'rest', seconds: 15, label: 'Rest', detail: '', set: 1 },
  { ...plain, phase: 'work', seconds: 30, label: 'Hold', detail: 'Set 2 of 2', set: 2 },
];

function clock() {
  let now = 1000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the interval timer clock', () => {
  it('counts down and moves from work to rest', () => {
    const time = clock();
    const timer = intervalTimer(intervals, time.now);
    timer.start();
    expect(timer.snapshot()).toMatchObject({ index: 0, secondsLeft: 5, running: true });
    time.advance(5000);
    expect(timer.snapshot()).toMatchObject({ index: 1, secondsLeft: 30 });
    time.advance(29_500);
    expect(timer.snapshot()).toMatchObject({ index: 1, secondsLeft: 1 });
    time.advance(500);
    const rest = timer.snapshot();
    expect(rest.interval?.phase).toBe('rest');
    expect(rest.secondsLeft).toBe(15);
    expect(rest.next?.detail).toBe('Set 2 of 2');
  });

  it('stands still while paused', () => {
    const time = clock();
    const timer = intervalTimer(intervals, time.now);
    timer.start();
    time.advance(7000);
    timer.pause();
    time.advance(60_000);
    expect(timer.snapshot()).toMatchObject({ index: 1, secondsLeft: 28, running: false });
    timer.toggle();
    time.advance(3000);
    expect(timer.snapshot()).toMatchObject({ index: 1, secondsLeft: 25, running: true });
  });

  it('skips whole intervals after a long gap and ends done', () => {
    const time = clock();
    const timer = intervalTimer(intervals, time.now);
    timer.start();
    time.advance(5000 + 30_000 + 15_000 + 10_000);
    expect(timer.snapshot()).toMatchObject({ index: 3, secondsLeft: 20 });
    time.advance(20_000);
    expect(timer.snapshot()).toMatchObject({ done: true, running: false, interval: undefined });
    timer.start(); // starting again after the end starts over
    expect(timer.snapshot()).toMatchObject({ index: 0, secondsLeft: 5, running: true });
  });
});
