/**
 * Registers the service worker (src/site/offline-worker.ts, built into sw.js) and shows the note
 * "A new version is ready" when a new build has been downloaded. The new version takes over only
 * when the visitor chooses Reload, so a runner halfway through a routine is never interrupted.
 */

/** What the page posts to a waiting service worker to let it take over (offline-worker.ts). */
export const skipWaitingMessage = 'SKIP_WAITING';

/**
 * The worker for a page: a page in a language folder ("/base/es/…") has its own, which keeps that
 * language only (src/build/service-worker.ts); any other page, the one at the top.
 */
export function workerFor(
  pathname: string,
  site: { readonly base: string; readonly file: string; readonly languages: readonly string[] },
): { readonly url: string; readonly scope: string } {
  const folder = pathname.startsWith(site.base)
    ? pathname.slice(site.base.length).split('/')[0]
    : undefined;
  const scope = folder && site.languages.includes(folder) ? `${site.base}${folder}/` : site.base;
  return { url: `${scope}${site.file}`, scope };
}

export function startOffline(): void {
  const note = document.querySelector<HTMLElement>('[data-update-note]');
  const { worker: file, scope: base, languages = '' } = note?.dataset ?? {};
  if (!note || !file || !base || !('serviceWorker' in navigator)) return;
  const worker = workerFor(location.pathname, {
    base,
    file,
    languages: languages.split(' ').filter(Boolean),
  });
  const container = navigator.serviceWorker;
  const body = note.querySelector<HTMLElement>('[data-update-body]');
  const button = note.querySelector<HTMLButtonElement>('[data-update-reload]');
  let asked = false;
  // No worker yet: this page came from the network, and the first worker claims it (offline-worker.ts).
  let unclaimed = !container.controller;

  const show = (reload: () => void) => {
    if (!body || !button) return;
    body.hidden = false;
    button.onclick = reload;
  };
  /** A new build is installed and waits for this page's go-ahead. */
  const offer = (waiting: ServiceWorker) =>
    show(() => {
      asked = true;
      waiting.postMessage({ type: skipWaitingMessage });
    });

  container.addEventListener('controllerchange', () => {
    // The first worker took this page: nothing new to offer. The page fetches itself through it,
    // so a page the worker keeps only when opened (the builder) is kept from this first visit.
    if (unclaimed) {
      unclaimed = false;
      void fetch(location.href.split('#')[0] ?? location.href).catch(() => undefined);
      return;
    }
    // This tab asked: load the page again from the new build. Another tab asked: this page is
    // still the old one, so it only offers the reload.
    if (asked) location.reload();
    else show(() => location.reload());
  });

  container.register(worker.url, { scope: worker.scope }).then(
    (registration) => {
      // Only with a controller: the very first install is not an update.
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && container.controller) offer(installing);
        });
      });
    },
    // A browser that allows no service worker here (a private window, say): the site works online.
    () => undefined,
  );
}
