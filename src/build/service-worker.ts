/**
 * The site's service workers, written after Astro has built the pages: src/site/offline-worker.ts
 * bundled with esbuild, then workbox-build's injectManifest puts in the list of every page, script,
 * style, font and picture to precache, each with its hash. A new build so makes a new sw.js, which
 * the browser installs next to the old one (see offline-worker.ts for how it takes over).
 *
 * One worker per language, so a visitor keeps only the site in their language: `sw.js` at the top
 * for the content's own language (every folder but the other languages'), and `<language>/sw.js`
 * for each other language, whose scope is its folder: its pages, and the scripts, styles, fonts
 * and pictures every language shares.
 *
 * injectManifest rather than generateSW: generateSW bundles with rollup and babel, 15 s on this
 * project's machine for every build; esbuild takes a fraction of a second.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
// The module itself, not the package's index, which loads rollup and babel for generateSW (3 s).
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { UserError } from '../core/errors.ts';
import { appFiles, pagePath } from '../domain/links.ts';

const entry = path.join(import.meta.dirname, '..', 'site', 'offline-worker.ts');

/**
 * What is precached. Handouts and decks are copied into the site after it is built and are cached
 * when opened; so is the program builder's page and its starting points, the clinician's tool
 * (150 KB no runner needs on a phone). The exercises' and conditions' parts (`builder/exercises/`,
 * `builder/conditions/`) and the follow-along cards (`program/cards/`) are precached: a patient's
 * program page fetches those of its program, and must work with no signal for a program never
 * opened before. Only woff2 fonts: every browser with service workers reads woff2, so the woff
 * copies would only double the fonts' weight.
 */
const shared = 'js,css,woff2,svg,png,webp,jpg,jpeg,gif,ico,webmanifest';
const pages = 'html,xml';
/** One pattern, so one with conditions' parts and none of exercises' matches (a site may have neither). */
const parts = '{builder/{exercises,conditions},program/cards}/*.json';
const openedLater = [
  'handouts/**',
  'decks/**',
  '**/builder/index.html',
  '**/builder/starts/**',
  `**/${appFiles.serviceWorker}`,
  // Drawings turned to the other side: only a one-side program's follow-along shows them.
  `figures/${pagePath.turnedFigureStem('*')}-*`,
];

/**
 * The largest file a worker precaches, workbox's own default. A page over it (at 100× the content,
 * the finders' pages, with every routine or exercise) is left out and kept when first opened
 * (offline-worker.ts); any other file over it stops the build (`tooBig`).
 */
export const precacheLimit = 4 * 1024 * 1024;

/** A file left out of a worker's precache, by its address from the worker's folder. */
export interface LeftOut {
  readonly url: string;
  readonly bytes: number;
}

export interface Precache {
  /** The language whose visitors keep this. */
  readonly language: string;
  /** The worker's folder in the site: "" at the top, "es/" for a language folder. */
  readonly folder: string;
  /** Files precached. */
  readonly count: number;
  /** Their total size in bytes: what a visitor's browser downloads to keep the site. */
  readonly bytes: number;
  /** Pages over `precacheLimit`, left out: the worker keeps them when first opened. */
  readonly leftOut: readonly LeftOut[];
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
/** A worker's address ("../es/index.html" from es/sw.js) as a path in the site ("es/index.html"). */
const inSite = (url: string) => url.replace(/^(?:\.\.\/)+/, '');
const isPage = (url: string) => /\.(?:html|xml)$/.test(url);

/** The error for files other than pages over the limit: which, how big, and what to do. */
function tooBig(files: readonly LeftOut[]): UserError {
  const list = files.map((f) => `${inSite(f.url)} (${megabytes(f.bytes)})`);
  return new UserError(
    `The website's offline copy cannot keep ${list.join(', ')}: a file over ${megabytes(precacheLimit)} is too big for a phone to keep before it is opened. ` +
      'Hint: Make the file smaller (a picture: fewer pixels, or JPEG or WebP instead of PNG), or leave it out of the content.',
  );
}

/** Workbox's own failure, said as the build's: what failed, and what to try. */
function workboxFailed(error: unknown, folder: string): UserError {
  const message = error instanceof Error ? error.message : String(error);
  return new UserError(
    `The website's offline copy (${folder}${appFiles.serviceWorker}) could not be written: ${message} ` +
      'Hint: Build again; if it fails the same way, run with DEBUG=1 and report the message.',
    { cause: error },
  );
}

/** One worker: bundled into `<folder>sw.js`, then its list of files put in. */
async function writeWorker(
  site: string,
  precache: Omit<Precache, 'count' | 'bytes' | 'leftOut'>,
  globPatterns: string[],
  globIgnores: string[],
  builderParts: number,
): Promise<Precache> {
  const swDest = path.join(site, precache.folder, appFiles.serviceWorker);
  // From the worker's folder to the site's top: where handouts/ and decks/ are.
  const siteRoot =
    precache.folder === '' ? './' : '../'.repeat(precache.folder.split('/').length - 1);
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: swDest,
    format: 'iife',
    minify: true,
    define: {
      // Workbox logs every step unless it is told this is a production build.
      'process.env.NODE_ENV': '"production"',
      __SITE_ROOT__: JSON.stringify(siteRoot),
      // Every language's parts: the workers of one site share their caches.
      __BUILDER_PARTS__: String(builderParts),
    },
    // The browsers the deck runtime supports (src/decks/runtime-bundle.ts).
    target: ['es2020', 'chrome87', 'firefox78', 'safari14.1'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const leftOut: LeftOut[] = [];
  const result = await injectManifest({
    globDirectory: site,
    globPatterns,
    globIgnores,
    swSrc: swDest,
    swDest,
    // Addresses from the worker's own folder: "../_astro/x.js" from es/sw.js.
    ...(siteRoot === './' ? {} : { modifyURLPrefix: { '': siteRoot } }),
    // Astro puts a hash in these names already.
    dontCacheBustURLsMatching: /^(?:\.\.\/)*_astro\//,
    // Every file reaches the transform below, which says what is too big (workbox would only warn).
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [
      (entries) => {
        for (const { url, size } of entries)
          if (size > precacheLimit) leftOut.push({ url, bytes: size });
        return { manifest: entries.filter((e) => e.size <= precacheLimit), warnings: [] };
      },
    ],
  }).catch((error: unknown) => {
    throw workboxFailed(error, precache.folder);
  });
  // A site without exercises has no parts: the parts' pattern may match nothing.
  const warnings = result.warnings.filter((w) => !w.includes(`"${precache.folder}${parts}"`));
  if (warnings.length > 0) throw workboxFailed(new Error(warnings.join(' ')), precache.folder);
  const notPages = leftOut.filter((f) => !isPage(f.url));
  if (notPages.length > 0) throw tooBig(notPages);
  return {
    ...precache,
    count: result.count,
    bytes: result.size,
    leftOut,
  };
}

/**
 * Writes the service workers into the built site `site`: one for `languages[0]` at the top, one in
 * each other language's folder that the build made.
 */
export async function writeServiceWorkers(
  site: string,
  languages: readonly string[],
): Promise<Precache[]> {
  const [first = 'en', ...others] = languages;
  const folders = others.filter((language) => existsSync(path.join(site, language)));
  const languageFolders = folders.map((language) => `${language}/**`);
  // The builder's parts, kept in a cache of their own that holds them all (offline-worker.ts).
  const builderParts = (await readdir(site, { recursive: true })).filter((file) =>
    /(?:^|\/)builder\/[^/]+\/.+\.json$/.test(file.split(path.sep).join('/')),
  ).length;
  const workers = [
    await writeWorker(
      site,
      { language: first, folder: '' },
      [`**/*.{${pages},${shared}}`, parts],
      [...openedLater, ...languageFolders],
      builderParts,
    ),
  ];
  for (const language of folders)
    workers.push(
      await writeWorker(
        site,
        { language, folder: `${language}/` },
        [`${language}/**/*.{${pages},${shared}}`, `**/*.{${shared}}`, `${language}/${parts}`],
        [...openedLater, ...languageFolders.filter((f) => f !== `${language}/**`)],
        builderParts,
      ),
    );
  return workers;
}

/**
 * What the build says of pages left out of the precache, or undefined: which, their sizes, and
 * that a visitor's browser keeps each the first time it is opened.
 */
export function leftOutNotice(workers: readonly Precache[]): string | undefined {
  const pages = workers.flatMap((w) =>
    w.leftOut.map((f) => `${inSite(f.url)} (${megabytes(f.bytes)})`),
  );
  if (pages.length === 0) return undefined;
  return (
    `  Notice: ${pages.length === 1 ? 'this page is' : `these ${pages.length} pages are`} over ${megabytes(precacheLimit)}, too big to keep for offline use before a visit: ${pages.join(', ')}. ` +
    'A visitor keeps each one the first time they open it; the rest of the site works offline after one visit.'
  );
}
