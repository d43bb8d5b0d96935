/**
 * Where every page and download lives, relative to the site root, and what the files are called.
 * One scheme, so pages, the sitemap, the handout's QR code, the build steps and the tests agree,
 * and the handout and deck steps copy their files to the paths the site already links to.
 */
import type { Library } from '../model/library.ts';

export const pagePath = {
  finder: () => '',
  exercises: () => 'exercises/',
  exercise: (id: string) => `exercises/${id}/`,
  routine: (id: string) => `routines/${id}/`,
  /** The follow-along view of a routine, made for a phone in one hand. */
  follow: (id: string) => `routines/${id}/go/`,
  /** The runner's own log, kept in the browser. */
  log: () => 'log/',
  conditions: () => 'conditions/',
  condition: (id: string) => `conditions/${id}/`,
  warmups: () => 'warm-ups/',
  warmup: (id: string) => `warm-ups/${id}/`,
  prevention: () => 'prevention/',
  /** The program builder: a clinician makes one person's program. */
  builder: () => 'builder/',
  /** An exercise's full data and handout figures as JSON: the builder fetches it once the exercise is in a program. */
  builderExercise: (id: string) => `builder/exercises/${id}.json`,
  /** A condition's full data as JSON (red flags, advice): the builder fetches it for Print. */
  builderCondition: (id: string) => `builder/conditions/${id}.json`,
  /** A routine or a program file as a program to start from, as JSON: the builder fetches it on Open. */
  builderStart: (kind: 'routine' | 'program', id: string) => `builder/starts/${kind}/${id}.json`,
  /** A figure or picture of the website as a file of its own (src/site/figure-files.ts), in every language. */
  figureFile: (name: string) => `figures/${name}`,
  /**
   * The name an exercise's drawings take when turned to the other side (`figures/<id>-turned-…`):
   * only a program's follow-along shows them, so the service worker keeps them when they are
   * opened rather than ahead, like handouts (`turnedFigureFiles`).
   */
  turnedFigureStem: (id: string) => `${id}-turned`,
  /** One person's program as they should do it, from the fragment of the handout's QR code. */
  program: () => 'program/',
  /** The follow-along view of a program from a link (the program in the fragment, as above). */
  programFollow: () => 'program/go/',
  /** An exercise's card as the follow-along view shows it (its HTML in JSON, figures as files): a program's view fetches its own. */
  programCard: (id: string) => `program/cards/${id}.json`,
} as const;

/** Files of drawings turned to the other side (`pagePath.turnedFigureStem`), from the site's top. */
export const turnedFigureFiles = /^figures\/[^/]+-turned-(?:moving|start|end)-[^/]+\.svg$/;

/** The files that make the site installable and usable offline (made by the build and src/site/public/). */
export const appFiles = {
  /** The service worker, at the top so that its scope is the whole site. */
  serviceWorker: 'sw.js',
  manifest: 'manifest.webmanifest',
  favicon: 'favicon.ico',
  icons: 'icons/',
} as const;

/**
 * The language a library's pages and files are marked with: none for the language the content is
 * written in (the first of settings' `languages`, whose paths never change), else its tag ("es").
 */
export function pathLanguage(library: Pick<Library, 'settings'>): string | undefined {
  const { language, languages } = library.settings;
  return language === languages[0] ? undefined : language;
}

/** A page in a language: the content's own language at the root, any other under its tag: "es/routines/a/". */
export function languagePath(path: string, language?: string): string {
  return language === undefined ? path : `${language}/${path}`;
}

/** "-es" in a file name for a language other than the content's own, else nothing. */
const marked = (language: string | undefined) => (language === undefined ? '' : `-${language}`);

export const papers = ['a4', 'letter'] as const;
export type Paper = (typeof papers)[number];

/** side-hip-starter, letter, large → "side-hip-starter-letter-large.pdf"; in Spanish "side-hip-starter-es-letter-large.pdf". */
export function handoutFileName(
  routine: string,
  paper: Paper,
  large = false,
  language?: string,
): string {
  return `${routine}${marked(language)}-${paper}${large ? '-large' : ''}.pdf`;
}

/** A printable handout of a routine: handouts/<id>[-<language>]-<paper>[-large].pdf (made by the handout step). */
export function handoutPath(
  routine: string,
  paper: Paper,
  large = false,
  language?: string,
): string {
  return `handouts/${handoutFileName(routine, paper, large, language)}`;
}

/** A deck's files inside decks/: the slides as HTML and PDF, and the speaker notes' PDF; "<id>-es.html" in Spanish. */
export const deckFiles = {
  html: (id: string, language?: string) => `${id}${marked(language)}.html`,
  pdf: (id: string, language?: string) => `${id}${marked(language)}.pdf`,
  notesPdf: (id: string, language?: string) => `notes/${id}${marked(language)}.pdf`,
  /** The editable PowerPoint file. */
  pptx: (id: string, language?: string) => `${id}${marked(language)}.pptx`,
} as const;

/** A deck in the site: decks/<id>[-<language>].html or .pdf (made by the deck step). */
export function deckPath(deck: string, format: 'html' | 'pdf' | 'pptx', language?: string): string {
  return `decks/${deckFiles[format](deck, language)}`;
}

/** A page's full address: "https://example.org/hips/" + "routines/a/" (for QR codes, sitemaps). */
export function siteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${path}`;
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

/** "https://www.example.org/hips/routines/x/" → "example.org/hips/routines/x": easy to type. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
