/**
 * Class mode in the slide window: runs the timer on exercise slides and, when an exercise's plan is
 * done, moves the class on to the next exercise slide (and starts it, if the coach chose that, or
 * always in a circuit). Also the coach's settings, the black screen (B) and the timer buttons for
 * touch screens. The presenter window drives it through commands over the channel.
 */
import { catalogFor } from '../../domain/catalog/index.ts';
import type { Interval } from '../../domain/timer-plan.ts';
import type { ClassSettings, Command, ShowState } from './channel.ts';
import { classPlan, type ClassConfig, type Place, type Station } from './class-plan.ts';
import type { Navigation } from './navigation.ts';
import { timerView } from './timer-view.ts';

/** What templates/deck/deck.hbs writes into data-class (src/decks/view.ts). */
export type ClassData = Omit<ClassConfig, 'words'>;

export interface ClassMode {
  command(action: Command): void;
  readonly settings: ClassSettings;
  change(settings: Partial<ClassSettings>): void;
  readonly state: ShowState;
  /** Called whenever the state changes, for the presenter window. */
  onState(listener: (state: ShowState) => void): void;
  /** True while a timer shows on this slide, so Space pauses it instead of moving on. */
  readonly timing: boolean;
}

function parse<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function stationsOf(slides: readonly HTMLElement[]): Station[] {
  return slides.flatMap((slide, index) =>
    slide.dataset['timer'] === undefined
      ? []
      : [
          {
            slide: index,
            own: parse<Interval[]>(slide.dataset['timer'], []),
            circuit: parse<Interval[]>(slide.dataset['circuit'], []),
          },
        ],
  );
}

/** The coach's settings are kept per deck in this browser, so a reload keeps them. */
function stored(deckId: string, fallback: ClassSettings): ClassSettings {
  try {
    const saved = parse<Partial<ClassSettings>>(
      localStorage.getItem(`routine-press-deck:${deckId}`) ?? undefined,
      {},
    );
    return {
      carryOn: typeof saved.carryOn === 'boolean' ? saved.carryOn : fallback.carryOn,
      getReady: typeof saved.getReady === 'number' ? saved.getReady : fallback.getReady,
    };
  } catch {
    return fallback; // storage refused (private window): the defaults
  }
}

/**
 * While the timer shows, the slide body shrinks just enough to stay above the timer band: most
 * exercise slides fit as they are; one with many cue words gets a little smaller, never cut off.
 */
function fitAboveTimer(slide: HTMLElement, panel: HTMLElement): void {
  const body = slide.querySelector<HTMLElement>('.slide__body');
  if (!body) return;
  body.style.setProperty('--fit', '1');
  const top = body.getBoundingClientRect().top;
  // What is drawn: text and pictures, not the boxes that stretch to fill the slide around them.
  const drawn = Array.from(body.querySelectorAll('*')).filter((el) =>
    el instanceof SVGElement ? el instanceof SVGSVGElement : el.children.length === 0,
  );
  const bottom = Math.max(top, ...drawn.map((el) => el.getBoundingClientRect().bottom));
  const room = panel.getBoundingClientRect().top - top;
  const needed = bottom - top;
  const gap = room * 0.03;
  if (needed > room - gap && needed > 0)
    body.style.setProperty('--fit', String((room - gap) / needed));
}

/** The deck's class settings and words, from data-class. */
export function classData(deck: HTMLElement): ClassData {
  // The view always writes data-class; without it (a hand-edited file) the timer still works.
  return (
    parse<ClassData | null>(deck.dataset['class'], null) ?? {
      getReady: 5,
      circuit: null,
      minutes: null,
    }
  );
}

export function classMode(
  deck: HTMLElement,
  nav: Navigation,
  panel: HTMLElement,
  config: ClassData,
): ClassMode {
  const words = catalogFor(document.documentElement.lang);
  const plan = classPlan(stationsOf(nav.slides), {
    ...config,
    words: { ...words.timer, round: words.deck.timerPanel.round },
  });
  const timer = timerView(panel);
  const deckId = deck.dataset['deckId'] ?? 'deck';
  let settings = stored(deckId, { carryOn: plan.circuit, getReady: config.getReady });
  let place: Place | undefined;
  let blackout = false;
  let whiteout = false;
  let moving = false;
  const listeners: ((state: ShowState) => void)[] = [];
  const black = deck.querySelector<HTMLElement>('[data-blackout]');
  const white = deck.querySelector<HTMLElement>('[data-whiteout]');
  const button = deck.querySelector<HTMLButtonElement>('[data-timer-button]');
  const stop = deck.querySelector<HTMLButtonElement>('[data-timer-stop]');
  let shown: ShowState['timer'] = null;

  const state = (): ShowState => ({ timer: shown, settings, blackout, whiteout });
  const emit = () => {
    for (const listener of listeners) listener(state());
  };
  const showButtons = () => {
    const exercise = nav.slides[nav.index]?.dataset['timer'] !== undefined;
    deck.classList.toggle('on-exercise', exercise);
    deck.classList.toggle('is-timing', timer.isOpen);
    if (button) {
      const word = !timer.isOpen ? 'start' : timer.running ? 'pause' : 'resume';
      const text = button.dataset[word] ?? '';
      if (button.textContent !== text) button.textContent = text;
    }
    if (stop) stop.hidden = !timer.isOpen;
  };

  const run = (at: Place, starts: boolean) => {
    place = at;
    const slide = nav.slides[at.slide];
    timer.start(at.slide, plan.intervals(at, settings.getReady, starts));
    showButtons();
    if (slide) fitAboveTimer(slide, panel);
  };

  timer.onShown((timerShown) => {
    shown = timerShown;
    showButtons();
    emit();
  });
  timer.onDone(() => {
    const next = place ? plan.after(place) : undefined;
    if (!next) return; // the last one: "Done" stays until the coach closes it or moves on
    moving = true;
    timer.close();
    nav.go(next.slide);
    moving = false;
    if (settings.carryOn || plan.circuit) run(next, false);
  });
  nav.onChange(() => {
    if (!moving && timer.isOpen) timer.close();
    showButtons();
  });

  /** One cover at a time: B and W each switch theirs, and switch the other off. */
  const cover = (colour: 'black' | 'white' | null) => {
    blackout = colour === 'black';
    whiteout = colour === 'white';
    if (black) black.hidden = !blackout;
    if (white) white.hidden = !whiteout;
    emit();
  };
  black?.addEventListener('click', () => cover(null));
  white?.addEventListener('click', () => cover(null));
  showButtons();

  return {
    command(action) {
      if (action === 'blackout') cover(blackout ? null : 'black');
      else if (action === 'whiteout') cover(whiteout ? null : 'white');
      else if (action === 'close') timer.close();
      else if (action === 'restart') timer.restart();
      else if (timer.isOpen) timer.toggle();
      else if (action === 'toggle') {
        const at = plan.placeFrom(nav.index);
        if (at?.slide === nav.index) run(at, true);
      }
    },
    get settings() {
      return settings;
    },
    change(changes) {
      settings = { ...settings, ...changes };
      try {
        localStorage.setItem(`routine-press-deck:${deckId}`, JSON.stringify(settings));
      } catch {
        // not kept after a reload, but it works now
      }
      emit();
    },
    get state() {
      return state();
    },
    onState: (listener) => listeners.push(listener),
    get timing() {
      return timer.isOpen;
    },
  };
}
