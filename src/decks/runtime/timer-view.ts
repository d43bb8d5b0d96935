/**
 * The interval timer on screen: a band at the foot of the exercise slide, so the class keeps the
 * figure and the cue words in view above it. It shows the phase in words ("Work", "Rest"), the
 * seconds left in large digits, the set and side, and what comes next; each phase has its own colour
 * as well as its word. Keyboard hints are not here: they are for the presenter view.
 */
import type { Interval } from '../../domain/timer-plan.ts';
import { clockText } from '../../domain/interval-clock.ts';
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import type { TimerShown } from './channel.ts';
import { beep, unlockSound } from './beep.ts';
import { intervalTimer, type IntervalTimer, type TimerSnapshot } from './timer.ts';

export interface TimerView {
  /** Shows the timer on slide `index` and starts counting `intervals`. */
  start(index: number, intervals: readonly Interval[]): void;
  close(): void;
  /** Pauses or resumes. */
  toggle(): void;
  restart(): void;
  readonly isOpen: boolean;
  readonly running: boolean;
  /** The slide the timer belongs to, or -1. */
  readonly slide: number;
  /** Called whenever what the timer shows changes, for the presenter window and the buttons. */
  onShown(listener: (shown: TimerShown | null) => void): void;
  /** Called once when the last interval ends. */
  onDone(listener: () => void): void;
}

const tones = { ready: 660, work: 880, switch: 660, rest: 440 } as const;

export function timerView(panel: HTMLElement): TimerView {
  const words = catalogFor(document.documentElement.lang).deck.timerPanel;
  const part = (name: string) => panel.querySelector<HTMLElement>(`[data-timer-${name}]`);
  const shownListeners: ((shown: TimerShown | null) => void)[] = [];
  const doneListeners: (() => void)[] = [];
  let timer: IntervalTimer | undefined;
  let ticking: number | undefined;
  let slideIndex = -1;
  let lastShown = '';
  let lastIndex = -1;
  let lastSecond = -1;
  let finished = false;

  const emit = (shown: TimerShown | null) => {
    for (const listener of shownListeners) listener(shown);
  };

  const set = (key: string, text: string) => {
    const el = part(key);
    if (el && el.textContent !== text) el.textContent = text;
  };

  const draw = (s: TimerSnapshot) => {
    const phase = s.done ? 'done' : (s.interval?.phase ?? 'done');
    panel.className = `timer timer--${phase}${s.running || s.done ? '' : ' is-paused'}`;
    const label = s.done ? words.done : (s.interval?.label ?? '');
    const clock = s.done ? '0:00' : clockText(s.secondsLeft);
    const detail = s.done ? words.wellDone : (s.interval?.detail ?? '');
    const next = s.next
      ? fill(words.next, { label: s.next.label.toLowerCase(), clock: clockText(s.next.seconds) })
      : '';
    set('label', s.running || s.done ? label : `${label} · ${words.pausedWord}`);
    set('clock', clock);
    set('detail', detail);
    set('next', next);
    part('bar')?.style.setProperty('width', `${Math.round(s.fraction * 1000) / 10}%`);
    if (s.index !== lastIndex) {
      set('live', `${label}. ${detail}`); // one polite announcement per phase, not every second
      if (lastIndex !== -1)
        beep(s.done ? 1320 : tones[s.interval?.phase ?? 'work'], s.done ? 0.6 : 0.3);
      lastIndex = s.index;
    } else if (s.running && s.secondsLeft <= 3 && s.secondsLeft !== lastSecond) beep(1000, 0.08);
    lastSecond = s.secondsLeft;
    const shown: TimerShown = { slide: slideIndex, label, clock, detail, next, running: s.running };
    const key = JSON.stringify(shown);
    if (key !== lastShown) {
      lastShown = key;
      emit(shown);
    }
    if (s.done && !finished) {
      finished = true;
      window.clearInterval(ticking);
      for (const listener of doneListeners) listener();
    }
  };

  const tick = () => {
    if (timer) draw(timer.snapshot());
  };

  const view: TimerView = {
    start(index, intervals) {
      if (intervals.length === 0) return;
      unlockSound();
      slideIndex = index;
      timer = intervalTimer(intervals);
      lastIndex = -1;
      finished = false;
      timer.start();
      panel.hidden = false;
      window.clearInterval(ticking);
      ticking = window.setInterval(tick, 100);
      tick();
    },
    close() {
      if (!timer) return;
      window.clearInterval(ticking);
      timer = undefined;
      slideIndex = -1;
      panel.hidden = true;
      lastShown = '';
      emit(null);
    },
    toggle() {
      if (!timer || finished) return;
      unlockSound();
      timer.toggle();
      tick();
    },
    restart() {
      if (!timer) return;
      timer.restart();
      lastIndex = -1;
      if (finished) {
        finished = false;
        ticking = window.setInterval(tick, 100);
      }
      tick();
    },
    get isOpen() {
      return timer !== undefined;
    },
    get running() {
      return timer?.snapshot().running ?? false;
    },
    get slide() {
      return slideIndex;
    },
    onShown: (listener) => shownListeners.push(listener),
    onDone: (listener) => doneListeners.push(listener),
  };
  return view;
}
