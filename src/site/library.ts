/**
 * The library and template environment as the site's pages see them. A build hands over the
 * library it has already loaded and checked (see build/site.ts), so it is read once; the dev
 * server loads it here, and again when a YAML file or a template changes (the module reloads).
 */
import { base } from 'astro:config/client';
import { readConfig } from '../core/config.ts';
import { catalogFor } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { isUserError } from '../core/problems.ts';
import { templateEnv } from '../render/env.ts';
import { handedOverLibrary } from './handover.ts';

// The dev server is an entry point of its own, so it reads the configuration itself.
const config = readConfig();

/**
 * In `npm run dev` the dev server prints and shows this error. A problem in the content is the
 * user's to fix, so they see the list of problems, not our code's stack.
 */
async function loadForDev(): Promise<Library> {
  try {
    return await loadLibrary(config.content);
  } catch (error) {
    if (isUserError(error)) error.stack = error.message;
    throw error;
  }
}

export const library: Library = handedOverLibrary() ?? (await loadForDev());
export const templates = templateEnv(config.templates);
/** The interface words in the library's language. */
export const catalog = catalogFor(library.settings.language);

/**
 * A link inside the site, honouring the configured base: href("exercises/clamshell/"). The base
 * comes from Astro's config, not import.meta.env.BASE_URL, which a BASE_URL environment variable
 * (set by some CI systems and by Vitest) would silently replace.
 */
export function href(path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}
