/**
 * How a build hands its already loaded libraries to the pages: Astro renders them in the same
 * process but through its own module graph, so a well-known global slot carries them across.
 */
import type { Library } from '../model/library.ts';

const key = Symbol.for('routine-press.site.libraries');
const slot = globalThis as Record<symbol, readonly Library[] | undefined>;

/**
 * Runs `fn` (the Astro build) with `libraries` handed over to the pages: the library in each of
 * settings' languages, the content's own first.
 */
export async function withLibrariesHandedOver<T>(
  libraries: readonly Library[],
  fn: () => Promise<T>,
): Promise<T> {
  slot[key] = libraries;
  try {
    return await fn();
  } finally {
    slot[key] = undefined;
  }
}

/** The libraries a build handed over, if any (none in `npm run dev`). */
export function handedOverLibraries(): readonly Library[] | undefined {
  return slot[key];
}
