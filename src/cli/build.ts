/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import path from 'node:path';
import { buildAtomically } from '../build/atomic.ts';
import { buildSite } from '../build/site.ts';
import { loadLibrary } from '../model/load.ts';
import { templateEnv } from '../render/env.ts';
import { findUserError } from './errors.ts';
import { contentRoot, outputRoot } from './paths.ts';

export async function buildAll(): Promise<void> {
  const started = performance.now();
  const library = await loadLibrary(contentRoot());
  templateEnv(); // compile every template now, so a template error stops the build before it starts
  const output = outputRoot();
  await buildAtomically(output, async (staging) => {
    console.log('Building the website…');
    await buildSite(library, path.join(staging, 'site')).catch((error: unknown) => {
      throw findUserError(error) ?? error;
    });
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Done in ${seconds} s. Open ${path.join(output, 'site', 'index.html')} or run "npm run preview".`,
  );
}
