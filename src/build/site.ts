/** Builds the Astro site into a folder, through Astro's programmatic API. */
import { build } from 'astro';
import type { Config } from '../core/config.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { withLibrariesHandedOver } from '../site/handover.ts';
import { writeServiceWorkers, type Precache } from './service-worker.ts';

/** The path part of the public address: https://example.org/hips/ → /hips/ */
export function basePath(library: Library): string {
  return new URL(library.settings.site.baseUrl).pathname;
}

/**
 * The site in every language of the settings: the content's own at the base path, each other one
 * under /<language>/ (src/pages/[lang]/).
 */
export async function buildSite(
  library: Library,
  outDir: string,
  config: Pick<Config, 'base' | 'debug'>,
): Promise<Precache[]> {
  const translated = await Promise.all(
    library.settings.languages.slice(1).map((language) => loadLibrary(library.root, { language })),
  );
  // The pages read these libraries instead of loading routines/ a second time.
  await withLibrariesHandedOver([library, ...translated], () =>
    build({
      root: process.cwd(),
      outDir,
      site: library.settings.site.baseUrl,
      base: config.base ?? basePath(library),
      // Astro logs errors with their stack; routine-press reports them itself (see cli/report.ts).
      logLevel: config.debug ? 'info' : 'silent',
    }),
  );
  // After the pages, so that the service workers can list them all to keep for offline use.
  return writeServiceWorkers(outDir, library.settings.languages);
}
