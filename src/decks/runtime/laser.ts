/**
 * A laser pointer in the slide window: a bright red dot that follows the mouse while L is held, or
 * a finger that presses and holds the screen for a moment (then moves). It is a picture only:
 * hidden from screen readers, never printed, and gone the moment the key or the finger lifts.
 */

/** How long a finger rests before the dot shows, and how far it may drift meanwhile. */
const holdMs = 400;
const holdSlop = 10;

export interface LaserPointer {
  /** True from a finger's pointing until its next touch: that lift is not a swipe. */
  readonly pointedByTouch: boolean;
}

/** `isTyping` tells a key typed in a field (the presenter's minutes) from a command. */
export function laserPointer(
  deck: HTMLElement,
  isTyping: (event: KeyboardEvent) => boolean,
): LaserPointer {
  const dot = document.createElement('div');
  dot.className = 'laser';
  dot.setAttribute('aria-hidden', 'true');
  dot.hidden = true;
  deck.append(dot);
  let at = { x: -100, y: -100 };
  let keyHeld = false;
  let touch: { id: number; x: number; y: number; timer: number } | undefined;
  let touching = false;
  let pointedByTouch = false;

  const place = () => {
    dot.style.transform = `translate(${at.x}px, ${at.y}px)`;
  };
  const show = (on: boolean) => {
    dot.hidden = !on;
    deck.classList.toggle('is-pointing', on);
    if (on) place();
  };

  document.addEventListener('pointermove', (event) => {
    at = { x: event.clientX, y: event.clientY };
    if (event.pointerId === touch?.id && !touching) {
      if (Math.hypot(event.clientX - touch.x, event.clientY - touch.y) > holdSlop) {
        window.clearTimeout(touch.timer);
        touch = undefined;
      }
      return;
    }
    if (!dot.hidden) place();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'l' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event)) return;
    event.preventDefault();
    keyHeld = true;
    show(true);
  });
  const release = () => {
    keyHeld = false;
    if (!touching) show(false);
  };
  document.addEventListener('keyup', (event) => {
    if (event.key.toLowerCase() === 'l') release();
  });
  window.addEventListener('blur', release);

  deck.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    pointedByTouch = false;
    const { pointerId: id, clientX: x, clientY: y } = event;
    touch = {
      id,
      x,
      y,
      timer: window.setTimeout(() => {
        touching = true;
        pointedByTouch = true;
        show(true);
      }, holdMs),
    };
  });
  const lift = (event: PointerEvent) => {
    if (touch?.id !== event.pointerId) return;
    window.clearTimeout(touch.timer);
    touch = undefined;
    touching = false;
    if (!keyHeld) show(false);
  };
  deck.addEventListener('pointerup', lift);
  deck.addEventListener('pointercancel', lift);
  // A held finger would otherwise bring up the browser's menu or select text.
  deck.addEventListener('contextmenu', (event) => {
    if (touching) event.preventDefault();
  });

  return {
    get pointedByTouch() {
      return pointedByTouch;
    },
  };
}
