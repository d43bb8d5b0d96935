/**
 * The deck runtime, bundled into every deck file at build time. It turns the printed list of
 * slides into a slide show: one slide at a time scaled to the screen, keys and swipes, deep links,
 * overview, full screen, the presenter window and the interval timer. Without it (JavaScript off,
 * or printing) the deck is simply every slide in order.
 */
import { catalogFor, fill } from '../../domain/catalog/index.ts';
import { openChannel, type Message, type TimerShown } from './channel.ts';
import { listenToKeys, listenToSwipes, type Actions, type SimpleAction } from './keys.ts';
import { navigation } from './navigation.ts';
import { overview } from './overview.ts';
import { isPresenter, presenterUrl, startPresenter, type PresenterView } from './presenter.ts';
import { fitStage } from './stage.ts';
import { toggleMute } from './beep.ts';
import { timerView } from './timer-view.ts';

function start(deck: HTMLElement): void {
  const stage = deck.querySelector<HTMLElement>('.deck__stage');
  const panel = deck.querySelector<HTMLElement>('[data-timer-panel]');
  if (!stage || !panel) return;
  document.documentElement.classList.add('js');
  const presenting = isPresenter();
  const slides = Array.from(deck.querySelectorAll<HTMLElement>('.slide'));
  const words = catalogFor(document.documentElement.lang).deck;
  const nav = navigation(slides, true);
  const timer = timerView(panel);
  const help = deck.querySelector<HTMLElement>('[data-help]');
  const announce = deck.querySelector<HTMLElement>('[data-announce]');
  let presenter: PresenterView | undefined;
  let timerShown: TimerShown | null = null;

  const receive = (message: Message) => {
    if (message.type === 'hello') {
      channel.send({ type: 'slide', index: nav.index });
      if (!presenting) channel.send({ type: 'timer-state', state: timerShown });
    } else if (message.type === 'slide') nav.go(message.index, { quiet: true });
    else if (message.type === 'timer-state') {
      timerShown = message.state;
      presenter?.showTimer(message.state);
    } else if (!presenting) timerCommand(message.action);
  };
  const channel = openChannel(deck.dataset['deckId'] ?? 'deck', receive);

  const current = () => slides[nav.index];
  function timerCommand(action: 'toggle' | 'pause' | 'close' | 'restart'): void {
    const slide = current();
    if (action === 'close') timer.close();
    else if (action === 'restart') timer.restart();
    else if (action === 'pause' && timer.isOpen) timer.toggle(slide ?? deck, nav.index);
    else if (action === 'toggle' && slide) timer.toggle(slide, nav.index);
  }
  timer.onShown((shown) => {
    timerShown = shown;
    channel.send({ type: 'timer-state', state: shown });
  });
  const sendOrRun = (action: 'toggle' | 'pause' | 'close' | 'restart') => {
    if (presenting) channel.send({ type: 'timer-command', action });
    else timerCommand(action);
  };

  const view = overview(deck, nav);
  nav.onChange((index, quiet) => {
    if (!quiet) channel.send({ type: 'slide', index });
    if (!presenting && timer.isOpen) timer.close();
    if (announce)
      announce.textContent = fill(words.presenter.slideOf, {
        n: index + 1,
        count: slides.length,
        title: slides[index]?.dataset['title'] ?? '',
      });
  });

  const timerOpen = () => (presenting ? timerShown?.slide === nav.index : timer.isOpen);
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
    timer: () => sendOrRun('toggle'),
    restartTimer: () => sendOrRun('restart'),
    escape: () => {
      if (help && !help.hidden) help.hidden = true;
      else if (view.isOpen) view.close();
      else sendOrRun('close');
    },
    space: (shift) => {
      if (timerOpen()) sendOrRun('pause');
      else if (shift) nav.previous();
      else nav.next();
    },
    mute: () => {
      const muted = toggleMute();
      if (announce)
        announce.textContent = muted ? words.timerPanel.soundOff : words.timerPanel.soundOn;
    },
    help: () => {
      if (help) help.hidden = !help.hidden;
    },
  };
  listenToKeys(actions);
  listenToSwipes(deck, actions);
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

  if (presenting) presenter = startPresenter(nav, channel, { timer: () => sendOrRun('toggle') });
  else fitStage(stage);
}

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) start(deck);
