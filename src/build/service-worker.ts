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
import { appFiles, pagePath } from '../domain/links.ts';

const entry = path.join(import.meta.dirname, '..', 'site', 'offline-worker.ts');

/**
 * What is precached. Handouts and decks are copied into the site after it is built and are cached
 * when opened; so is the program builder, the clinician's tool (150 KB no runner needs on a
 * phone). Only woff2 fonts: every browser with service workers reads woff2, so the woff copies
 * would only double the fonts' weight.
 */
const shared = 'js,css,woff2,svg,png,webp,jpg,jpeg,gif,ico,webmanifest';
const pages = 'html,xml';
const openedLater = [
  'handouts/**',
  'decks/**',
  '**/builder/**',
  `**/${appFiles.serviceWorker}`,
  // Drawings turned to the other side: only a one-side program's follow-along shows them.
  `figures/${pagePath.turnedFigureStem('*')}-*`,
];

export interface Precache {
  /** The language whose visitors keep this. */
  readonly language: string;
  /** The worker's folder in the site: "" at the top, "es/" for a language folder. */
  readonly folder: string;
  /** Files precached. */
  readonly count: number;
  /** Their total size in bytes: what a visitor's browser downloads to keep the site. */
  readonly bytes: number;
}

/** One worker: bundled into `<folder>sw.js`, then its list of files put in. */
async function writeWorker(
  site: string,
  precache: Omit<Precache, 'count' | 'bytes'>,
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
  const { count, size, warnings } = await injectManifest({
    globDirectory: site,
    globPatterns,
    globIgnores,
    swSrc: swDest,
    swDest,
    // Addresses from the worker's own folder: "../_astro/x.js" from es/sw.js.
    ...(siteRoot === './' ? {} : { modifyURLPrefix: { '': siteRoot } }),
    // Astro puts a hash in these names already.
    dontCacheBustURLsMatching: /^(?:\.\.\/)*_astro\//,
    // The largest page, a finder with every routine, is far below this; a picture may not be.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join(' ')}`);
  return { ...precache, count, bytes: size };
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
      [`**/*.{${pages},${shared}}`],
      [...openedLater, ...languageFolders],
      builderParts,
    ),
  ];
  for (const language of folders)
    workers.push(
      await writeWorker(
        site,
        { language, folder: `${language}/` },
        [`${language}/**/*.{${pages},${shared}}`, `**/*.{${shared}}`],
        [...openedLater, ...languageFolders.filter((f) => f !== `${language}/**`)],
        builderParts,
      ),
    );
  return workers;
}
