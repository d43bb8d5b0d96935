/**
 * The library and template environment as the site's pages see them, in every language of the
 * settings. A build hands over the libraries it has already loaded and checked (see
 * build/site.ts), so they are read once; the dev server loads them here, and again when a YAML
 * file or a template changes (the module reloads).
 *
 * The content's own language is at the base path; each other language has the same pages under
 * /<language>/ (src/pages/[lang]/). A page and its components find their language with
 * `siteOf(Astro)`, from the route's `lang` parameter.
 */
import { base } from 'astro:config/client';
import { readConfig } from '../core/config.ts';
import { catalogFor, type Catalog } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { isUserError } from '../core/problems.ts';
import { templateEnv } from '../render/env.ts';
import { handedOverLibraries } from './handover.ts';

// The dev server is an entry point of its own, so it reads the configuration itself.
const config = readConfig();

/**
 * In `npm run dev` the dev server prints and shows this error. A problem in the content is the
 * user's to fix, so they see the list of problems, not our code's stack.
 */
async function loadForDev(): Promise<Library[]> {
  try {
    const first = await loadLibrary(config.content);
    const others = first.settings.languages.slice(1);
    return [
      first,
      ...(await Promise.all(others.map((language) => loadLibrary(config.content, { language })))),
    ];
  } catch (error) {
    if (isUserError(error)) error.stack = error.message;
    throw error;
  }
}

const [first, ...translated] = handedOverLibraries() ?? (await loadForDev());
if (!first) throw new Error('The site was handed over no library.');
const byLanguage = new Map([first, ...translated].map((l) => [l.settings.language, l]));

/** The library in the content's own language (the site at the base path). */
export const library: Library = first;
export const templates = templateEnv(config.templates);
/** The interface words in the content's own language. */
export const catalog = catalogFor(library.settings.language);
/** Every language of the site, the content's own first. */
export const languages: readonly string[] = library.settings.languages;
/** The languages with their own copy of the site under /<language>/. */
export const otherLanguages: readonly string[] = languages.slice(1);

/**
 * A path inside the site, honouring the configured base, in no language: href("sitemap.xml"),
 * href("handouts/…"). The base comes from Astro's config, not import.meta.env.BASE_URL, which a
 * BASE_URL environment variable (set by some CI systems and by Vitest) would silently replace.
 */
export function href(path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** A page's path in a language: ("es", "routines/x/") → "es/routines/x/"; the first has none. */
export function inLanguage(language: string, path: string): string {
  const page = path.replace(/^\//, '');
  return language === languages[0] ? page : `${language}/${page}`;
}

/** A page's address → its path in no language: "/base/es/routines/x/" → "routines/x/". */
export function pathInNoLanguage(pathname: string, language: string): string {
  const root = href('');
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.slice(1);
  return language !== languages[0] && path.startsWith(`${language}/`)
    ? path.slice(language.length + 1)
    : path;
}

/** The pages' view of the site in one language. */
export interface Site {
  readonly language: string;
  readonly library: Library;
  readonly catalog: Catalog;
  /** A page of this language: href("routines/x/") → "/base/es/routines/x/". */
  href(path: string): string;
}

const sites = new Map<string, Site>();

/** The site in the language of the page being rendered (its route's `lang`, else the first). */
export function siteOf(astro: { params: Record<string, string | undefined> }): Site {
  const language = astro.params['lang'] ?? library.settings.language;
  const known = sites.get(language);
  if (known) return known;
  const translated = byLanguage.get(language);
  if (!translated) throw new Error(`The site has no pages in "${language}".`);
  const site: Site = {
    language,
    library: translated,
    catalog: catalogFor(language),
    href: (path) => href(inLanguage(language, path)),
  };
  sites.set(language, site);
  return site;
}

/** getStaticPaths for the other languages' copy of a page: each of its paths in each language. */
export async function inOtherLanguages<P extends { params: Record<string, string> }>(
  paths: () => P[] | Promise<P[]>,
): Promise<{ params: P['params'] & { lang: string } }[]> {
  const english = await paths();
  return otherLanguages.flatMap((lang) => english.map((p) => ({ params: { ...p.params, lang } })));
}

/** getStaticPaths for the other languages' copy of a page without parameters of its own. */
export function languagePaths(): { params: { lang: string } }[] {
  return otherLanguages.map((lang) => ({ params: { lang } }));
}
