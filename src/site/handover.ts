/**
 * How a build hands its already loaded library to the pages: Astro renders them in the same
 * process but through its own module graph, so a well-known global slot carries it across.
 */
import type { Library } from '../model/library.ts';

const key = Symbol.for('routine-press.site.library');
const slot = globalThis as Record<symbol, Library | undefined>;

/** Runs `fn` (the Astro build) with `library` handed over to the pages. */
export async function withLibraryHandedOver<T>(library: Library, fn: () => Promise<T>): Promise<T> {
  slot[key] = library;
  try {
    return await fn();
  } finally {
    slot[key] = undefined;
  }
}

/** The library a build handed over, if any (none in `npm run dev`). */
export function handedOverLibrary(): Library | undefined {
  return slot[key];
}
