/**
 * The interface words a page's scripts use, handed over in the page itself: the sections of the
 * page's own catalog as JSON in `<script type="application/json" id="page-words">` (written by
 * `PageWords.astro`). So no browser script bundles a catalog, and a page carries only its
 * language's words: the same script file serves /routines/… and /es/routines/….
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { pageJson } from './program-data.ts';

export type Section = keyof Catalog;

/** The named sections of a catalog as JSON for the page. */
export function wordsJson(catalog: Catalog, sections: readonly Section[]): string {
  return pageJson(Object.fromEntries(sections.map((section) => [section, catalog[section]])));
}

/** In the browser: the sections the page handed over. A section the page lacks is our bug. */
export function pageWords<K extends Section>(...sections: K[]): Pick<Catalog, K> {
  const text = document.getElementById('page-words')?.textContent ?? '{}';
  const words = JSON.parse(text) as Partial<Catalog>;
  for (const section of sections)
    if (!(section in words))
      throw new Error(`This page does not hand over the words "${section}".`);
  return words as Pick<Catalog, K>;
}
