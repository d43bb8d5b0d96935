/**
 * Moving figures already drawn, shared across one process and kept between builds. Working out a
 * movement is the costliest part of a figure (about 70 ms an exercise): a build asked for each
 * one up to three times (the website, in Astro's own copy of this module, the decks, and the
 * Spanish decks) and every build again. A build puts a store in a well-known global slot (the same
 * slot reaches Astro's copy of this module), and `drawFigure` looks there before drawing.
 */

/** Drawn moving SVGs by what they are drawn from (figure, pace and label, as one string). */
export interface MotionStore {
  get(input: string): string | undefined;
  set(input: string, svg: string): void;
}

const key = Symbol.for('routine-press.figures.motion-store');
const slot = globalThis as Record<symbol, MotionStore | undefined>;

/** Runs `fn` with `store` in the slot, then empties it. */
export async function withMotionStore<T>(store: MotionStore, fn: () => Promise<T>): Promise<T> {
  slot[key] = store;
  try {
    return await fn();
  } finally {
    slot[key] = undefined;
  }
}

/** `draw()`'s SVG for `input`, from the store when a build set one. */
export function storedMotion(input: string, draw: () => string): string {
  const store = slot[key];
  const kept = store?.get(input);
  if (kept !== undefined) return kept;
  const svg = draw();
  store?.set(input, svg);
  return svg;
}
