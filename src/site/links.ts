/**
 * Where every page and download lives, relative to the site root. One place, so pages, the
 * sitemap and tests agree, and so the handout and deck steps can copy their files to the paths
 * the site already links to.
 */
import type { Library } from '../model/library.ts';

export const pagePath = {
  finder: () => '',
  exercises: () => 'exercises/',
  exercise: (id: string) => `exercises/${id}/`,
  routine: (id: string) => `routines/${id}/`,
  conditions: () => 'conditions/',
  condition: (id: string) => `conditions/${id}/`,
  warmups: () => 'warm-ups/',
  warmup: (id: string) => `warm-ups/${id}/`,
  prevention: () => 'prevention/',
} as const;

export type Paper = 'a4' | 'letter';

/** A printable handout of a routine: handouts/<id>-<paper>[-large].pdf (made by the handout step). */
export function handoutPath(routine: string, paper: Paper, large = false): string {
  return `handouts/${routine}-${paper}${large ? '-large' : ''}.pdf`;
}

/** A routine's slide deck: decks/<id>.html or .pdf (made by the deck step). */
export function deckPath(routine: string, format: 'html' | 'pdf'): string {
  return `decks/${routine}.${format}`;
}

/** Where the warm-up link in the main menu goes: the protocol itself when there is only one. */
export function warmupMenuPath(library: Library): string {
  const ids = Object.keys(library.warmups);
  return ids.length === 1 && ids[0] ? pagePath.warmup(ids[0]) : pagePath.warmups();
}

/** Every HTML page of the site, for the sitemap and for tests that visit them all. */
export function allPagePaths(library: Library): string[] {
  return [
    pagePath.finder(),
    pagePath.exercises(),
    ...Object.keys(library.exercises).map(pagePath.exercise),
    ...Object.keys(library.routines).map(pagePath.routine),
    pagePath.conditions(),
    ...Object.keys(library.conditions).map(pagePath.condition),
    pagePath.warmups(),
    ...Object.keys(library.warmups).map(pagePath.warmup),
    pagePath.prevention(),
  ];
}
