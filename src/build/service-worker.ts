/**
 * The site's service worker, written after Astro has built the pages: src/site/offline-worker.ts
 * bundled with esbuild, then workbox-build's injectManifest puts in the list of every page, script,
 * style, font and picture to precache, each with its hash. A new build so makes a new sw.js, which
 * the browser installs next to the old one (see offline-worker.ts for how it takes over).
 *
 * injectManifest rather than generateSW: generateSW bundles with rollup and babel, 15 s on this
 * project's machine for every build; esbuild takes a fraction of a second.
 */
import path from 'node:path';
import { build } from 'esbuild';
// The module itself, not the package's index, which loads rollup and babel for generateSW (3 s).
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { appFiles } from '../domain/links.ts';

const entry = path.join(import.meta.dirname, '..', 'site', 'offline-worker.ts');

/**
 * What is precached, in any language folder (es/…) too. Handouts and decks are copied into the site
 * after it is built and are cached when opened. Only woff2 fonts: every browser with service
 * workers reads woff2, so the woff copies would only double the fonts' weight.
 */
const precache = {
  globPatterns: ['**/*.{html,js,css,woff2,svg,png,webp,jpg,jpeg,gif,ico,webmanifest,xml}'],
  globIgnores: ['handouts/**', 'decks/**', appFiles.serviceWorker],
};

export interface Precache {
  /** Files precached. */
  readonly count: number;
  /** Their total size in bytes: what a visitor's browser downloads to keep the whole site. */
  readonly bytes: number;
}

/** Writes sw.js into the built site `folder`. */
export async function writeServiceWorker(folder: string): Promise<Precache> {
  const swDest = path.join(folder, appFiles.serviceWorker);
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: swDest,
    format: 'iife',
    minify: true,
    // Workbox logs every step unless it is told this is a production build.
    define: { 'process.env.NODE_ENV': '"production"' },
    // The browsers the deck runtime supports (src/decks/runtime-bundle.ts).
    target: ['es2020', 'chrome87', 'firefox78', 'safari14.1'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const { count, size, warnings } = await injectManifest({
    globDirectory: folder,
    ...precache,
    swSrc: swDest,
    swDest,
    // Astro puts a hash in these names already.
    dontCacheBustURLsMatching: /^_astro\//,
    // The largest page, a finder with every routine, is far below this; a picture may not be.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join(' ')}`);
  return { count, bytes: size };
}
