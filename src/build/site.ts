/** Builds the Astro site into a folder, through Astro's programmatic API. */
import { build } from 'astro';
import type { Config } from '../core/config.ts';
import type { Library } from '../model/library.ts';
import { withLibraryHandedOver } from '../site/handover.ts';
import { writeServiceWorkers, type Precache } from './service-worker.ts';

/** The path part of the public address: https://example.org/hips/ → /hips/ */
export function basePath(library: Library): string {
  return new URL(library.settings.site.baseUrl).pathname;
}

export async function buildSite(
  library: Library,
  outDir: string,
  config: Pick<Config, 'base' | 'debug'>,
): Promise<Precache[]> {
  // The pages read this library instead of loading routines/ a second time.
  await withLibraryHandedOver(library, () =>
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
