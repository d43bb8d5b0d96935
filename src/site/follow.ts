/**
 * The follow-along view in the browser: plays a routine's moments one at a time (the step's card,
 * a big timer or a tap counter, what comes next), with back, pause and skip, tones, vibration
 * and spoken cues at each change, and the screen kept on. At the end it asks for pain and effort
 * and saves the session in this browser's log.
 */
import { beep, setMuted, unlockSound } from '../domain/beep.ts';
import { fill } from '../domain/catalog/fill.ts';
import { doseWords, restWords, type DoseWords } from '../domain/dose-words.ts';
import type { Dose } from '../model/schema/dose.ts';
import { clockText, cueFor } from './follow-cues.ts';
import { linkDoses } from './follow-doses.ts';
import type { FollowPlan } from './follow-plan.ts';
import { player, sessionMoments, type PlayerState } from './follow-session.ts';
import { startFollowEnd } from './follow-end.ts';
import { pageWords } from './page-words.ts';

const prefsKey = 'routine-press:follow';
const tones = { ready: 660, work: 880, switch: 660, rest: 440 } as const;

interface Prefs {
  sound: boolean;
  voice: boolean;
}

function readPrefs(): Prefs {
  try {
    const p = JSON.parse(localStorage.getItem(prefsKey) ?? '{}') as Partial<Prefs>;
    return { sound: p.sound !== false, voice: p.voice !== false };
  } catch {
    return { sound: true, voice: true };
  }
}

function say(text: string, prefs: Prefs): void {
  if (!prefs.voice || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang;
  speechSynthesis.cancel(); // the newest cue wins; a queue would run late
  speechSynthesis.speak(utterance);
}

/** Screen on while the session plays (where the browser offers it). */
function wakeLock(): { hold(): void; release(): void } {
  let sentinel: WakeLockSentinel | undefined;
  let wanted = false;
  const request = () => {
    if (!wanted || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    navigator.wakeLock.request('screen').then(
      (s) => (sentinel = s),
      () => undefined, // low battery or not allowed: the session still plays
    );
  };
  document.addEventListener('visibilitychange', request);
  return {
    hold() {
      wanted = true;
      request();
    },
    release() {
      wanted = false;
      void sentinel?.release();
    },
  };
}

/** A personal dose in the card's words, so the card says what the timer counts. */
function showDose(card: Element | null, dose: Dose, plan: FollowPlan, words: DoseWords): void {
  const line = card?.querySelector('.exercise-card__dose');
  if (!line) return;
  const strong = document.createElement('strong');
  strong.textContent = `${doseWords(dose, plan.units, words)}.`;
  const rest = restWords(dose, words);
  line.replaceChildren(strong, ...(rest ? [` ${rest}`] : []));
}

/**
 * Plays `plan`, whose steps are already on the page; without one, the plan the page was built
 * with (a routine's, as JSON in `#follow-plan`).
 */
export function startFollow(given?: FollowPlan): void {
  const root = document.querySelector<HTMLElement>('[data-follow]');
  const data = document.getElementById('follow-plan')?.textContent;
  const plan = given ?? (data ? (JSON.parse(data) as FollowPlan) : undefined);
  if (!root || !plan) return;
  const catalog = pageWords('follow', 'timer', 'dose', 'log');
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-follow-${name}]`);
  const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`[data-follow-${name}]`);

  const routineDoses = new Map(
    plan.steps.flatMap((s) =>
      s.kind === 'exercise' && s.section !== 'warmUp' ? [[s.exercise, s.dose] as const] : [],
    ),
  );
  const personal = linkDoses(location.hash, routineDoses);
  const moments = sessionMoments(plan.steps, catalog, personal.doses, plan.units);
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  // A clinic's video plays here muted, when tapped: the timer's tones and voice do the talking.
  for (const video of root.querySelectorAll('video')) video.muted = true;
  plan.steps.forEach((step, i) => {
    const dose =
      step.kind === 'exercise' && step.section !== 'warmUp'
        ? personal.doses.get(step.exercise)
        : undefined;
    if (dose) showDose(steps[i]?.querySelector('.exercise-card') ?? null, dose, plan, catalog.dose);
  });
  const personalNote = part('personal');
  if (personalNote && personal.doses.size > 0) personalNote.hidden = false;

  const prefs = readPrefs();
  const sound = checkbox('sound');
  const voice = checkbox('voice');
  const savePrefs = () => {
    prefs.sound = sound?.checked ?? true;
    prefs.voice = voice?.checked ?? true;
    setMuted(!prefs.sound);
    if (!prefs.voice && 'speechSynthesis' in window) speechSynthesis.cancel();
    localStorage.setItem(prefsKey, JSON.stringify(prefs));
  };
  if (sound) sound.checked = prefs.sound;
  if (voice) voice.checked = prefs.voice;
  setMuted(!prefs.sound);
  sound?.addEventListener('change', savePrefs);
  voice?.addEventListener('change', savePrefs);

  const session = player(moments);
  const screen = wakeLock();
  const skipped = new Set<number>();
  let lastIndex = -1;
  let lastSecond = -1;
  let ticking: number | undefined;

  const set = (name: string, text: string) => {
    const el = part(name);
    if (el && el.textContent !== text) el.textContent = text;
  };

  const finish = () => {
    window.clearInterval(ticking);
    screen.release();
    part('player')?.setAttribute('hidden', '');
    root.classList.remove('is-playing');
    if (prefs.sound) beep(1320, 0.6);
    say(catalog.follow.say.done, prefs);
    const done = new Set(moments.map((m) => m.step));
    for (const s of skipped) done.delete(s);
    startFollowEnd(root, plan, done.size);
  };

  const draw = (s: PlayerState) => {
    if (s.done) {
      finish();
      return;
    }
    const moment = s.moment;
    if (!moment) return;
    const interval = moment.interval;
    steps.forEach((el, i) => el.classList.toggle('is-current', i === moment.step));
    const timer = part('timer');
    if (timer) timer.dataset['phase'] = interval.phase;
    root.classList.toggle('is-paused', !s.running);
    set('label', s.running ? interval.label : `${interval.label} · ${catalog.follow.paused}`);
    const counted = moment.taps !== null;
    const clock = part('clock');
    if (clock) clock.hidden = counted;
    set('clock', clockText(s.secondsLeft));
    set('detail', interval.detail);
    const tap = part('tap');
    if (tap) tap.hidden = !counted;
    if (counted) {
      set('tap-label', moment.taps > 1 ? catalog.follow.tap : catalog.follow.tapDone);
      set(
        'count',
        moment.taps > 1 ? fill(catalog.follow.count, { n: s.taps, total: moment.taps }) : '',
      );
    }
    part('bar')?.style.setProperty('width', `${Math.round(s.fraction * 1000) / 10}%`);
    const next = s.next;
    const nextName =
      next && next.step !== moment.step ? plan.steps[next.step]?.name : next?.interval.label;
    set('next', nextName ? fill(catalog.follow.next, { what: nextName }) : '');
    set('pause', s.running ? catalog.follow.pause : catalog.follow.resume);

    if (s.index !== lastIndex) {
      const cue = cueFor(
        moment,
        plan.steps[moment.step]?.name ?? '',
        moments[lastIndex]?.step !== moment.step,
        catalog,
      );
      set('live', cue);
      if (lastIndex !== -1 && prefs.sound) {
        beep(tones[interval.phase], 0.3);
        if ('vibrate' in navigator) navigator.vibrate(200); // not in Safari
      }
      say(cue, prefs);
      if (moment.step !== moments[lastIndex]?.step)
        steps[moment.step]?.scrollIntoView({ block: 'start', behavior: 'instant' });
      lastIndex = s.index;
      lastSecond = -1;
    } else if (
      !counted &&
      s.running &&
      s.secondsLeft <= 3 &&
      s.secondsLeft !== lastSecond &&
      interval.seconds >= 6
    ) {
      if (prefs.sound) beep(1000, 0.08);
      say(String(s.secondsLeft), prefs);
    }
    lastSecond = s.secondsLeft;
  };

  const tick = () => draw(session.state());
  const act = (fn: () => void) => () => {
    unlockSound();
    fn();
    tick();
  };
  part('tap')?.addEventListener(
    'click',
    act(() => session.tap()),
  );
  part('pause')?.addEventListener(
    'click',
    act(() => session.toggle()),
  );
  part('back')?.addEventListener(
    'click',
    act(() => session.back()),
  );
  part('skip')?.addEventListener(
    'click',
    act(() => {
      const before = session.state().moment;
      session.skip();
      if (before?.interval.phase === 'work') skipped.add(before.step);
    }),
  );

  const start = part('start');
  if (!start || moments.length === 0) return;
  start.hidden = false;
  start.addEventListener('click', () => {
    unlockSound();
    screen.hold();
    part('intro')?.setAttribute('hidden', '');
    part('player')?.removeAttribute('hidden');
    root.classList.add('is-playing');
    session.start();
    tick();
    ticking = window.setInterval(tick, 200);
  });
}
