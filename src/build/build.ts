/** The whole build: check the content, then the site, every handout and every deck, swapped in at once. */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { findUserError } from '../core/errors.ts';
import { buildDecks } from '../decks/build.ts';
import { buildHandouts } from '../handouts/build.ts';
import { loadLibrary } from '../model/load.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { contentAdvice, formatAdvice } from '../quality/advice.ts';
import { templateEnv } from '../render/env.ts';
import { buildAtomically } from './atomic.ts';
import type { BuildContext } from './context.ts';
import { buildSite } from './site.ts';

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
    run: async ({ library, config }, folder) => {
      await buildSite(library, folder, config);
    },
  },
  {
    name: 'handouts',
    folder: 'handouts',
    // Copies go into the website too (site/handouts/), where routine pages link to them.
    run: async (context, folder) => {
      await buildHandouts(context, folder, path.join(path.dirname(folder), 'site'));
    },
  },
  {
    name: 'slide decks',
    folder: 'decks',
    // Copies go into the website too (site/decks/), where routine pages link to them.
    run: async (context, folder) => {
      await buildDecks(context, folder, path.join(path.dirname(folder), 'site'));
    },
  },
];

export interface BuildOptions {
  /** --browser-path from the command line. */
  readonly browserPath?: string | undefined;
}

/** Builds everything into config.output; returns the seconds it took. */
export async function buildEverything(config: Config, options: BuildOptions = {}): Promise<number> {
  const started = performance.now();
  const { browserPath } = options;
  const browser = sharedBrowser({ browserPath, config });
  const onWait = (holder: number) =>
    console.log(
      `Another build (process ${holder}) is writing ${config.output}/; waiting for it to finish…`,
    );
  try {
    // The content is read with the output locked, so of two builds the one started last reads
    // the newest content and finishes last.
    await buildAtomically(
      config.output,
      async (staging) => {
        const library = await loadLibrary(config.content);
        // The same advice as `npm run check`; it never stops the build.
        const advice = formatAdvice(contentAdvice(library));
        if (advice) console.log(`${advice}\n`);
        // Compile every template now, so a template error stops the build before anything is written.
        const context: BuildContext = {
          config,
          library,
          templates: templateEnv(config.templates),
          browser: () => browser.get(),
          browserPath,
        };
        for (const step of steps) {
          console.log(`Building the ${step.name}…`);
          await step.run(context, path.join(staging, step.folder)).catch((error: unknown) => {
            throw findUserError(error) ?? error;
          });
        }
      },
      { config, onWait },
    );
  } finally {
    await browser.close();
  }
  return (performance.now() - started) / 1000;
}
