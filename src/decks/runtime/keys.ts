/** Keyboard and touch: the same few actions in the slide window and the presenter window. */

export interface Actions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  fullscreen(): void;
  overview(): void;
  presenter(): void;
  /** T: start the timer on an exercise slide, or pause and resume it. */
  timer(): void;
  stopTimer(): void;
  /** B: black out the screen, or bring it back. */
  blackout(): void;
  /** W: a white screen, or the slide back. */
  whiteout(): void;
  /** A: at the end of an exercise, start the next one's timer too (or not). */
  carryOn(): void;
  /** Esc: close the timer or the overview. */
  escape(): void;
  /** Space while the timer is open pauses it instead of moving on. */
  space(shift: boolean): void;
  restartTimer(): void;
  mute(): void;
}

/** Every action but `space`, which needs to know about Shift. */
export type SimpleAction = Exclude<keyof Actions, 'space'>;

const byKey: Record<string, SimpleAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  o: 'overview',
  p: 'presenter',
  t: 'timer',
  r: 'restartTimer',
  m: 'mute',
  b: 'blackout',
  w: 'whiteout',
  a: 'carryOn',
  Escape: 'escape',
};

/** Typing in a field (the presenter's target minutes) is not a command. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return Boolean(target?.closest('input:not([type="checkbox"]), textarea, select'));
}

export function listenToKeys(actions: Actions): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (isTyping(event)) return;
    // A focused button keeps Enter and Space for itself, and a focused video (play, pause).
    if (target?.closest('button, a, input, video') && [' ', 'Enter'].includes(event.key)) return;
    if (event.key === ' ') {
      event.preventDefault();
      actions.space(event.shiftKey);
      return;
    }
    const action = byKey[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    actions[action]();
  });
}

/** A horizontal swipe of at least 50 px moves one slide. */
export function listenToSwipes(
  target: HTMLElement,
  actions: Pick<Actions, 'next' | 'previous'>,
  /** True when the finger was pointing (the laser pointer), not swiping. */
  pointing: () => boolean = () => false,
): void {
  let start: { x: number; y: number } | undefined;
  target.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.touches[0];
      start =
        event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
    },
    { passive: true },
  );
  target.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    start = undefined;
    if (pointing()) return;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy)) return;
    if (dx < 0) actions.next();
    else actions.previous();
  });
}
