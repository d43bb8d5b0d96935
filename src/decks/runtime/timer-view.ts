/**
 * The interval timer on screen: a full-slide panel with the phase in words ("Work", "Rest"), the
 * seconds left in very large digits, the set and side, and what comes next, so a class can follow
 * it from the back of a gym. Each phase has its own colour as well as its word.
 */
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import type { TimerShown } from './channel.ts';
import { beep, unlockSound } from './beep.ts';
import { intervalTimer, type IntervalTimer, type TimerSnapshot } from './timer.ts';
import type { Interval } from '../../domain/timer-plan.ts';

export interface TimerView {
  /** Opens the timer for a slide that has one, and starts it. */
  open(slide: HTMLElement, index: number): void;
  close(): void;
  /** Opens (on an exercise slide), or pauses and resumes. */
  toggle(slide: HTMLElement, index: number): void;
  restart(): void;
  readonly isOpen: boolean;
  /** Called whenever what the timer shows changes, for the presenter window. */
  onShown(listener: (shown: TimerShown | null) => void): void;
}

/** 65 → "1:05" */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function intervalsOf(slide: HTMLElement): Interval[] {
  try {
    const parsed = JSON.parse(slide.dataset['timer'] ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as Interval[]) : [];
  } catch {
    return [];
  }
}

const tones = { ready: 660, work: 880, switch: 660, rest: 440 } as const;

export function timerView(panel: HTMLElement): TimerView {
  const part = (name: string) => panel.querySelector<HTMLElement>(`[data-timer-${name}]`);
  const listeners: ((shown: TimerShown | null) => void)[] = [];
  let timer: IntervalTimer | undefined;
  let ticking: number | undefined;
  let slideIndex = -1;
  let name = '';
  let lastShown = '';
  let lastIndex = -1;
  let lastSecond = -1;

  const emit = (shown: TimerShown | null) => {
    for (const listener of listeners) listener(shown);
  };

  const t = catalogFor(document.documentElement.lang).deck.timerPanel;
  const draw = (s: TimerSnapshot) => {
    const phase = s.done ? 'done' : (s.interval?.phase ?? 'done');
    panel.className = `timer timer--${phase}${s.running || s.done ? '' : ' is-paused'}`;
    const label = s.done ? t.done : (s.interval?.label ?? '');
    const clock = s.done ? '0:00' : clockText(s.secondsLeft);
    const detail = s.done ? t.wellDone : (s.interval?.detail ?? '');
    const set = (key: string, text: string) => {
      const el = part(key);
      if (el && el.textContent !== text) el.textContent = text;
    };
    set('name', name);
    set('label', s.running || s.done ? label : `${label} · ${t.pausedWord}`);
    set('clock', clock);
    set('detail', detail);
    set(
      'next',
      s.next
        ? fill(t.next, { label: s.next.label.toLowerCase(), clock: clockText(s.next.seconds) })
        : '',
    );
    part('bar')?.style.setProperty('width', `${Math.round(s.fraction * 1000) / 10}%`);
    if (s.index !== lastIndex) {
      set('live', label); // one polite announcement per phase, not every second
      if (lastIndex !== -1)
        beep(s.done ? 1320 : tones[s.interval?.phase ?? 'work'], s.done ? 0.6 : 0.3);
      lastIndex = s.index;
    } else if (s.running && s.secondsLeft <= 3 && s.secondsLeft !== lastSecond) beep(1000, 0.08);
    lastSecond = s.secondsLeft;
    const shown: TimerShown = { slide: slideIndex, label, clock, detail, running: s.running };
    const key = JSON.stringify(shown);
    if (key !== lastShown) {
      lastShown = key;
      emit(shown);
    }
  };

  const tick = () => {
    if (timer) draw(timer.snapshot());
  };

  const view: TimerView = {
    open(slide, index) {
      const intervals = intervalsOf(slide);
      if (intervals.length === 0) return;
      unlockSound();
      slideIndex = index;
      name = slide.dataset['title'] ?? '';
      timer = intervalTimer(intervals);
      lastIndex = -1;
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
      panel.hidden = true;
      lastShown = '';
      emit(null);
    },
    toggle(slide, index) {
      if (!timer || slideIndex !== index) view.open(slide, index);
      else {
        unlockSound();
        timer.toggle();
        tick();
      }
    },
    restart() {
      if (!timer) return;
      timer.restart();
      lastIndex = -1;
      tick();
    },
    get isOpen() {
      return timer !== undefined;
    },
    onShown: (listener) => listeners.push(listener),
  };
  return view;
}
