/**
 * The deck runtime, bundled into every deck file at build time. It turns the printed list of
 * slides into a slide show: one slide at a time scaled to the screen, keys and swipes, deep links,
 * overview, full screen, the presenter window, class mode with the interval timer, a black or
 * white screen and a laser pointer. Without it (JavaScript off, or printing) the deck is simply every slide in order.
 */
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import {
  openChannel,
  type ClassSettings,
  type Command,
  type Message,
  type ShowState,
} from './channel.ts';
import { classData, classMode } from './class-mode.ts';
import { isTyping, listenToKeys, listenToSwipes, type Actions, type SimpleAction } from './keys.ts';
import { laserPointer } from './laser.ts';
import { navigation } from './navigation.ts';
import { overview } from './overview.ts';
import { isPresenter, presenterUrl, startPresenter, type PresenterView } from './presenter.ts';
import { fitStage } from './stage.ts';
import { toggleMute } from './beep.ts';

function start(deck: HTMLElement): void {
  const stage = deck.querySelector<HTMLElement>('.deck__stage');
  const panel = deck.querySelector<HTMLElement>('[data-timer-panel]');
  if (!stage || !panel) return;
  document.documentElement.classList.add('js');
  const presenting = isPresenter();
  const slides = Array.from(deck.querySelectorAll<HTMLElement>('.slide'));
  const words = catalogFor(document.documentElement.lang).deck;
  const nav = navigation(slides, true);
  // Class mode runs in the slide window only; the presenter window sends it commands.
  const config = classData(deck);
  const lesson = presenting ? undefined : classMode(deck, nav, panel, config);
  const announce = deck.querySelector<HTMLElement>('[data-announce]');
  let presenter: PresenterView | undefined;
  let shown: ShowState | undefined;

  const receive = (message: Message) => {
    if (message.type === 'hello') {
      channel.send({ type: 'slide', index: nav.index });
      if (lesson) channel.send({ type: 'state', state: lesson.state });
    } else if (message.type === 'slide') nav.go(message.index, { quiet: true });
    else if (message.type === 'state') {
      shown = message.state;
      presenter?.show(message.state);
    } else if (message.type === 'settings') lesson?.change(message.settings);
    else lesson?.command(message.action);
  };
  const channel = openChannel(deck.dataset['deckId'] ?? 'deck', receive);
  lesson?.onState((state) => channel.send({ type: 'state', state }));
  const command = (action: Command) => {
    if (lesson) lesson.command(action);
    else channel.send({ type: 'command', action });
  };

  const change = (settings: Partial<ClassSettings>) => {
    if (lesson) lesson.change(settings);
    else channel.send({ type: 'settings', settings });
  };

  const view = overview(deck, nav);
  nav.onChange((index, quiet) => {
    if (!quiet) channel.send({ type: 'slide', index });
    if (announce)
      announce.textContent = fill(words.presenter.slideOf, {
        n: index + 1,
        count: slides.length,
        title: slides[index]?.dataset['title'] ?? '',
      });
  });

  const timing = () => (lesson ? lesson.timing : shown?.timer?.slide === nav.index);
  const actions: Actions = {
    next: () => nav.next(),
    previous: () => nav.previous(),
    first: () => nav.go(0),
    last: () => nav.go(slides.length - 1),
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    },
    overview: () => {
      if (!presenting) view.toggle();
    },
    presenter: () => {
      if (presenting) return;
      const opened = window.open(
        presenterUrl(nav.index),
        `presenter-${deck.dataset['deckId'] ?? ''}`,
        'popup,width=1280,height=800',
      );
      if (opened) channel.addPeer(opened);
    },
    timer: () => command('toggle'),
    stopTimer: () => command('close'),
    restartTimer: () => command('restart'),
    blackout: () => command('blackout'),
    whiteout: () => command('whiteout'),
    carryOn: () => {
      const settings = lesson?.settings ?? shown?.settings;
      if (settings) change({ carryOn: !settings.carryOn });
    },
    escape: () => {
      if (view.isOpen) view.close();
      else command('close');
    },
    space: (shift) => {
      if (timing()) command('pause');
      else if (shift) nav.previous();
      else nav.next();
    },
    mute: () => {
      const muted = toggleMute();
      if (announce)
        announce.textContent = muted ? words.timerPanel.soundOff : words.timerPanel.soundOn;
    },
  };
  listenToKeys(actions);
  // The pointer is for the class's screen; the presenter window has no use for it.
  const laser = presenting ? undefined : laserPointer(deck, isTyping);
  listenToSwipes(deck, actions, () => laser?.pointedByTouch ?? false);
  for (const button of deck.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    const action = button.dataset['action'] as SimpleAction;
    if (action in actions) button.addEventListener('click', () => actions[action]());
  }
  let idle: number | undefined;
  deck.addEventListener('pointermove', () => {
    deck.classList.add('show-controls');
    window.clearTimeout(idle);
    idle = window.setTimeout(() => deck.classList.remove('show-controls'), 2500);
  });

  if (presenting) presenter = startPresenter(nav, channel, { actions, change, config });
  else fitStage(stage);
}

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) start(deck);
