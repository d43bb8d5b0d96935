/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import path from 'node:path';
import { buildAtomically } from '../build/atomic.ts';
import { buildSite } from '../build/site.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { templateEnv, type TemplateEnv } from '../render/env.ts';
import { findUserError } from './errors.ts';
import { contentRoot, outputRoot } from './paths.ts';

/** What every build step gets. */
export interface BuildContext {
  readonly library: Library;
  readonly templates: TemplateEnv;
}

/** One output: it fills `folder` (a new, empty folder inside the staging area). */
interface BuildStep {
  /** Shown while building: "website". */
  readonly name: string;
  /** The folder under output/ it replaces: "site". */
  readonly folder: string;
  run(context: BuildContext, folder: string): Promise<void>;
}

const steps: BuildStep[] = [
  {
    name: 'website',
    folder: 'site',
    run: async ({ library }, folder) => buildSite(library, folder),
  },
];

export async function buildAll(): Promise<void> {
  const started = performance.now();
  const library = await loadLibrary(contentRoot());
  // Compile every template now, so a template error stops the build before anything is written.
  const context: BuildContext = { library, templates: templateEnv() };
  const output = outputRoot();
  await buildAtomically(output, async (staging) => {
    for (const step of steps) {
      console.log(`Building the ${step.name}…`);
      await step.run(context, path.join(staging, step.folder)).catch((error: unknown) => {
        throw findUserError(error) ?? error;
      });
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Done in ${seconds} s. Everything is in ${output}/. See the website with "npm run preview".`,
  );
}
