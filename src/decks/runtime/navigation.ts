/**
 * Which slide is showing. Slides are numbered from 1 in the address (#5 is the fifth slide), so a
 * link can open a deck at any slide; moving replaces the address instead of adding history, so the
 * browser's back button leaves the deck rather than stepping through every slide.
 */

export interface Navigation {
  readonly slides: readonly HTMLElement[];
  readonly index: number;
  go(index: number, options?: { readonly quiet?: boolean }): void;
  next(): void;
  previous(): void;
  /** Called after every move; `quiet` moves came from the other window and are not sent back. */
  onChange(listener: (index: number, quiet: boolean) => void): void;
}

/** "#5" → 4; anything else → undefined. */
export function indexFromHash(hash: string, count: number): number | undefined {
  const match = /^#(\d+)$/.exec(hash);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n >= 1 && n <= count ? n - 1 : undefined;
}

export function navigation(slides: readonly HTMLElement[], updateHash: boolean): Navigation {
  const listeners: ((index: number, quiet: boolean) => void)[] = [];
  let index = indexFromHash(location.hash, slides.length) ?? 0;

  const show = () => {
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === index);
      slide.classList.toggle('is-past', i < index);
      // A clinic's video stops when its slide is left; it plays only when the presenter starts it.
      if (i !== index) for (const video of slide.querySelectorAll('video')) video.pause();
    });
  };

  const setHash = () => {
    if (!updateHash) return;
    const hash = `#${index + 1}`;
    if (location.hash === hash) return;
    try {
      history.replaceState(null, '', hash);
    } catch {
      location.replace(hash); // a sandboxed frame may refuse replaceState
    }
  };

  const state: Navigation = {
    slides,
    get index() {
      return index;
    },
    go(target, options = {}) {
      const clamped = Math.max(0, Math.min(slides.length - 1, target));
      if (clamped === index) return;
      index = clamped;
      show();
      setHash();
      for (const listener of listeners) listener(index, options.quiet ?? false);
    },
    next: () => state.go(index + 1),
    previous: () => state.go(index - 1),
    onChange: (listener) => listeners.push(listener),
  };

  window.addEventListener('hashchange', () => {
    const target = indexFromHash(location.hash, slides.length);
    if (target !== undefined) state.go(target);
  });
  show();
  setHash();
  return state;
}
