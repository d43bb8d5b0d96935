/**
 * The service worker (bundled into the site's sw.js by src/build/service-worker.ts, which puts the
 * precache list in place of `self.__WB_MANIFEST`). With it, a site opened once works with no signal:
 * every page, script, style, font and picture of this build is kept, and a handout or deck is kept
 * the first time it is opened.
 *
 * A new build never takes over by itself: it waits until the visitor chooses "Reload" in the
 * page's note (offline.ts posts SKIP_WAITING), so no page is ever half old, half new. The first
 * worker does take the open pages at once (`clients.claim()`): they came from the network, from
 * this same build, and have no worker yet. So a clinician who opened the builder once can print
 * with no signal, without a second visit (offline.ts has the page fetch itself through the worker).
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { turnedFigureFiles } from '../domain/links.ts';
import { skipWaitingMessage } from './offline.ts';

/** The part of the worker's global scope used here (the project's types are the page's, DOM). */
interface WorkerScope {
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(
    type: 'activate',
    listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
}
const worker = self as unknown as WorkerScope;

cleanupOutdatedCaches();
// Written out as `self.__WB_MANIFEST`: the build looks for these words to put the list in.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
  // Pages are folders: routines/x/ is routines/x/index.html.
  directoryIndex: 'index.html',
  // A query only filters the finder, in the page: every query gets the one kept page.
  ignoreURLParametersMatching: [/./],
});

/**
 * Folders the build fills after the pages, with files too big to keep before they are wanted, and
 * the clinician's program builder (in any language folder). Drawings turned to the other side
 * (`turnedFigureFiles`) too: only a one-side program's follow-along shows them.
 */
const openedLater = /^(?:handouts\/|decks\/|(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*\/)?builder\/)/;
/**
 * From this worker's folder to the site's top ("./", or "../" for a language's worker in es/),
 * put in by the build (src/build/service-worker.ts): handouts and decks are there for every
 * language.
 */
declare const __SITE_ROOT__: string;
const sitePath = new URL(__SITE_ROOT__, self.location.href).pathname;
/**
 * The builder's parts (an exercise, a condition or a program to start from, as JSON): Print needs
 * every part of a program, so they are kept apart from the handouts and decks a clinician opens,
 * and as many as the build has (put in by src/build/service-worker.ts): none is dropped for
 * another while the library stays the same. The exercises' and conditions' parts are precached
 * too (a patient's program page needs them with no signal), and the precache's route, registered
 * first, answers them; this one keeps what it lacks (the programs to start from).
 */
const builderPart =
  /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*\/)?builder\/(?:exercises|conditions|starts)\//;
declare const __BUILDER_PARTS__: number;

/** Same site, under this worker's top, and `pattern` matches the path from there. */
const under =
  (pattern: RegExp) =>
  ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) =>
    sameOrigin &&
    url.pathname.startsWith(sitePath) &&
    pattern.test(url.pathname.slice(sitePath.length));

// First: a part is also under builder/, which the route after this one takes.
registerRoute(
  under(builderPart),
  new NetworkFirst({
    cacheName: 'routine-press-builder-parts',
    networkTimeoutSeconds: 6,
    plugins: [
      new ExpirationPlugin({ maxEntries: Math.max(1, __BUILDER_PARTS__) }) as WorkboxPlugin,
    ],
  }),
);

registerRoute(
  (request) => under(openedLater)(request) || under(turnedFigureFiles)(request),
  // Online the newest file; offline (or on a signal too weak to answer) the copy last opened.
  new NetworkFirst({
    cacheName: 'routine-press-files',
    networkTimeoutSeconds: 6,
    // Workbox's own types disagree under exactOptionalPropertyTypes (optional callbacks).
    plugins: [new ExpirationPlugin({ maxEntries: 80 }) as WorkboxPlugin],
  }),
);

/**
 * Pages the precache lacks: at 100× the content the finders' pages are over the precache's limit
 * (src/build/service-worker.ts leaves them out and says so), so each is kept the first time it is
 * opened, then served from there with no signal. A query only filters the finder in the page, so
 * every query is the one kept page. Registered after the routes above: a precached page never
 * comes here.
 */
const ignoreQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return Promise.resolve(url.href);
  },
};
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin &&
    url.pathname.startsWith(sitePath) &&
    (url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
  new NetworkFirst({
    cacheName: 'routine-press-pages',
    networkTimeoutSeconds: 6,
    plugins: [ignoreQuery, new ExpirationPlugin({ maxEntries: 40 }) as WorkboxPlugin],
  }),
);

// Only pages without a worker are claimed: a page of the old build keeps it until Reload.
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === skipWaitingMessage)
    void worker.skipWaiting();
});
