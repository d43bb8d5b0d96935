/**
 * The library and template environment as the site's pages see them: loaded once per build
 * (and again in dev when a YAML file or a template changes, because the module is reloaded).
 */
import { contentRoot } from '../cli/paths.ts';
import { loadLibrary } from '../model/load.ts';
import { templateEnv } from '../render/env.ts';

export const library = await loadLibrary(contentRoot());
export const templates = templateEnv();

/** A link inside the site, honouring the configured base: href("exercises/clamshell/"). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}
