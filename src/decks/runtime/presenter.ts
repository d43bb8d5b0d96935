/**
 * The presenter view: the same deck file opened with "?presenter" in a second window. It shows the
 * current and next slide, the speaker notes, the time since you started and the interval timer,
 * and it moves with the slide window (and moves it) through the channel.
 */
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import type { Channel, TimerShown } from './channel.ts';
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

export interface PresenterView {
  showTimer(shown: TimerShown | null): void;
}

export function startPresenter(
  nav: Navigation,
  channel: Channel,
  commands: { timer(): void },
): PresenterView {
  document.documentElement.classList.add('is-presenter');
  const t = words();
  document.title = fill(t.title, { title: document.title });
  const root = element('div', 'presenter');
  const bar = element('header', 'presenter__bar');
  const position = element('p', 'presenter__position');
  position.dataset['presenterPosition'] = '';
  const elapsed = element('p', 'presenter__elapsed', fill(t.time, { elapsed: '0:00:00' }));
  elapsed.setAttribute('role', 'timer');
  const reset = element('button', 'presenter__button', t.resetTime);
  reset.type = 'button';
  const timer = element('p', 'presenter__timer');
  timer.dataset['presenterTimer'] = '';
  bar.append(position, elapsed, reset, timer);

  const current = pane(t.nowShowing);
  current.stage.dataset['presenterCurrent'] = '';
  const next = pane(t.next);
  next.stage.dataset['presenterNext'] = '';
  const notes = element('section', 'presenter__notes');
  notes.setAttribute('aria-label', catalogFor(document.documentElement.lang).deck.speakerNotes);
  notes.dataset['presenterNotes'] = '';
  // Long notes scroll; a focusable pane lets a keyboard user reach them (WCAG 2.1.1).
  notes.tabIndex = 0;
  const side = element('div', 'presenter__side');
  side.append(next.root, notes);

  const buttons = element('nav', 'presenter__buttons');
  buttons.setAttribute('aria-label', t.buttons);
  const button = (text: string, action: () => void) => {
    const b = element('button', 'presenter__button', text);
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  };
  buttons.append(
    button(t.back, () => nav.previous()),
    button(t.forward, () => nav.next()),
    button(t.timer, () => commands.timer()),
  );
  const main = element('main', 'presenter__main');
  main.append(current.root, side);
  root.append(bar, main, buttons);
  document.body.append(root);

  let started = Date.now();
  reset.addEventListener('click', () => (started = Date.now()));
  const clock = () =>
    (elapsed.textContent = fill(t.time, { elapsed: elapsedText(Date.now() - started) }));
  window.setInterval(clock, 1000);

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
    showTimer(shown) {
      timer.textContent = shown
        ? `${fill(t.timerStatus, { label: shown.label, clock: shown.clock })}${shown.running ? '' : t.paused}`
        : '';
    },
  };
}
