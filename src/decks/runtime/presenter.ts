/**
 * The presenter view: the same deck file opened with "?presenter" in a second window. It shows the
 * current and next slide, the speaker notes in the free space beside them, the time of day, the time
 * since you started against a target, the class timer and its settings, and the keys (they are
 * never shown to the class). It moves with the slide window (and moves it) through the channel.
 */
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import type { Channel, ClassSettings, ShowState } from './channel.ts';
import type { ClassData } from './class-mode.ts';
import type { Actions } from './keys.ts';
import type { Navigation } from './navigation.ts';
import { fitStage } from './stage.ts';

/** The address of the presenter view of this deck at slide `index`. */
export function presenterUrl(index: number): string {
  const url = new URL(location.href);
  url.search = '?presenter';
  url.hash = `#${index + 1}`;
  return url.href;
}

/** The deck's words, in the language of the deck file (the same catalog it was built with). */
const words = () => catalogFor(document.documentElement.lang).deck.presenter;

export function isPresenter(): boolean {
  return new URLSearchParams(location.search).has('presenter');
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}

/** A copy of a slide for a preview pane, without ids (they must stay unique in the document). */
function preview(slide: HTMLElement | undefined): Node[] {
  if (!slide) return [element('p', 'presenter__end', words().end)];
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  copy.classList.add('is-current');
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of copy.querySelectorAll('[aria-labelledby]'))
    el.removeAttribute('aria-labelledby');
  copy.setAttribute('aria-hidden', 'true');
  return [copy];
}

function pane(label: string): { root: HTMLElement; stage: HTMLElement } {
  const root = element('section', 'presenter__pane');
  root.setAttribute('aria-label', label);
  root.append(element('h2', 'presenter__label', label));
  const frame = element('div', 'presenter__frame');
  const stage = element('div', 'presenter__stage deck__stage');
  frame.append(stage);
  root.append(frame);
  fitStage(stage, frame);
  return { root, stage };
}

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** "28 min left of 40" or "3 min over 40", against a target in minutes. */
function targetText(ms: number, minutes: number): string {
  const left = minutes * 60_000 - ms;
  return left >= 0
    ? fill(words().minutesLeft, { n: Math.ceil(left / 60_000), target: minutes })
    : fill(words().minutesOver, { n: Math.ceil(-left / 60_000), target: minutes });
}

/** A labelled number input, e.g. the target minutes. */
function numberField(
  label: string,
  value: number | null,
  range: { min: number; max: number },
): { root: HTMLElement; input: HTMLInputElement } {
  const root = element('label', 'presenter__field', label);
  const input = element('input', 'presenter__input');
  input.type = 'number';
  input.min = String(range.min);
  input.max = String(range.max);
  input.inputMode = 'numeric';
  if (value !== null) input.value = String(value);
  root.append(' ', input);
  return { root, input };
}

export interface PresenterControls {
  readonly actions: Actions;
  change(settings: Partial<ClassSettings>): void;
  readonly config: ClassData;
}

export interface PresenterView {
  show(state: ShowState): void;
}

export function startPresenter(
  nav: Navigation,
  channel: Channel,
  controls: PresenterControls,
): PresenterView {
  const { actions, config } = controls;
  const t = words();
  document.documentElement.classList.add('is-presenter');
  document.title = fill(t.title, { title: document.title });
  const root = element('div', 'presenter');

  const bar = element('header', 'presenter__bar');
  const position = element('p', 'presenter__position');
  position.dataset['presenterPosition'] = '';
  const clock = element('p', 'presenter__clock');
  clock.dataset['presenterClock'] = '';
  const elapsed = element('p', 'presenter__elapsed', fill(t.time, { elapsed: '0:00:00' }));
  elapsed.setAttribute('role', 'timer');
  elapsed.dataset['presenterElapsed'] = '';
  const target = numberField(t.target, config.minutes, { min: 1, max: 240 });
  const reset = element('button', 'presenter__button', t.resetTime);
  reset.type = 'button';
  bar.append(position, clock, elapsed, target.root, reset);

  const current = pane(t.nowShowing);
  current.stage.dataset['presenterCurrent'] = '';
  const next = pane(t.next);
  next.stage.dataset['presenterNext'] = '';

  const lesson = element('section', 'presenter__class');
  lesson.setAttribute('aria-label', t.class);
  const timer = element('p', 'presenter__timer', t.timerOff);
  timer.dataset['presenterTimer'] = '';
  const carry = element('label', 'presenter__check');
  const carryBox = element('input', '');
  carryBox.type = 'checkbox';
  carryBox.dataset['presenterCarryOn'] = '';
  const { circuit } = config;
  carry.append(
    carryBox,
    ` ${
      circuit
        ? fill(t.circuit, {
            work: circuit.work,
            rest: circuit.rest,
            rounds: circuit.rounds === 1 ? t.oneRound : fill(t.rounds, { n: circuit.rounds }),
          })
        : t.carryOn
    }`,
  );
  if (circuit) {
    carryBox.checked = true;
    carryBox.disabled = true; // a circuit always goes on
  }
  const ready = numberField(t.getReady, config.getReady, { min: 0, max: 60 });
  ready.input.dataset['presenterGetReady'] = '';
  const screen = element('p', 'presenter__screen');
  screen.dataset['presenterScreen'] = '';
  lesson.append(timer, carry, ready.root, screen);

  const notes = element('section', 'presenter__notes');
  notes.setAttribute('aria-label', catalogFor(document.documentElement.lang).deck.speakerNotes);
  notes.dataset['presenterNotes'] = '';
  // Long notes scroll; a focusable pane lets a keyboard user reach them (WCAG 2.1.1).
  notes.tabIndex = 0;

  const below = element('div', 'presenter__below');
  below.append(next.root, lesson);
  const side = element('div', 'presenter__side');
  side.append(current.root, below);
  const main = element('main', 'presenter__main');
  main.append(side, notes);

  const footer = element('footer', 'presenter__footer');
  const buttons = element('nav', 'presenter__buttons');
  buttons.setAttribute('aria-label', t.buttons);
  const button = (text: string, action: () => void) => {
    const b = element('button', 'presenter__button', text);
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  };
  buttons.append(
    button(t.back, () => actions.previous()),
    button(t.forward, () => actions.next()),
    button(t.timer, () => actions.timer()),
    button(t.stopTimer, () => actions.stopTimer()),
    button(t.blackout, () => actions.blackout()),
    button(t.whiteout, () => actions.whiteout()),
  );
  footer.append(buttons, element('p', 'presenter__keys', t.keys.join(' · ')));
  root.append(bar, main, footer);
  document.body.append(root);

  carryBox.addEventListener('change', () => controls.change({ carryOn: carryBox.checked }));
  ready.input.addEventListener('change', () => {
    const seconds = Number(ready.input.value);
    if (Number.isInteger(seconds) && seconds >= 0 && seconds <= 60)
      controls.change({ getReady: seconds });
  });

  let started = Date.now();
  reset.addEventListener('click', () => (started = Date.now()));
  const tick = () => {
    const ms = Date.now() - started;
    const minutes = Number(target.input.value);
    const over = minutes > 0 && ms > minutes * 60_000;
    const time = fill(t.time, { elapsed: elapsedText(ms) });
    elapsed.textContent = minutes > 0 ? `${time} · ${targetText(ms, minutes)}` : time;
    elapsed.classList.toggle('is-over', over);
    clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  };
  tick();
  window.setInterval(tick, 1000);
  target.input.addEventListener('input', tick);

  const show = (index: number) => {
    const slide = nav.slides[index];
    position.textContent = fill(t.slideOf, {
      n: index + 1,
      count: nav.slides.length,
      title: slide?.dataset['title'] ?? '',
    });
    current.stage.replaceChildren(...preview(slide));
    next.stage.replaceChildren(...preview(nav.slides[index + 1]));
    const source = slide?.querySelector('.slide__notes');
    notes.replaceChildren(
      ...(source ? Array.from(source.cloneNode(true).childNodes) : [element('p', '', t.noNotes)]),
    );
    notes.scrollTop = 0;
  };
  nav.onChange((index) => show(index));
  show(nav.index);
  channel.send({ type: 'hello' });
  // If the slide window is reloaded it forgets us; saying hello again lets it find us.
  window.setInterval(() => channel.send({ type: 'hello' }), 3000);

  return {
    show(state) {
      const shown = state.timer;
      timer.textContent = shown
        ? [
            `${fill(t.timerStatus, { label: shown.label, clock: shown.clock })}${shown.running ? '' : t.paused}`,
            shown.detail,
            shown.next,
          ]
            .filter(Boolean)
            .join(' · ')
        : t.timerOff;
      if (!circuit) carryBox.checked = state.settings.carryOn;
      if (document.activeElement !== ready.input)
        ready.input.value = String(state.settings.getReady);
      screen.textContent = state.blackout ? t.black : state.whiteout ? t.white : '';
    },
  };
}
