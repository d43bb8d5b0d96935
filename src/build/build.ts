/** The whole build: check the content, then the site, every handout and every deck, swapped in at once. */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { findUserError } from '../core/errors.ts';
import { buildDecks } from '../decks/build.ts';
import { buildHandouts } from '../handouts/build.ts';
import { loadLibrary } from '../model/load.ts';
import type { RenderStats } from '../pdf/render-pdfs.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { contentAdvice, formatAdvice } from '../quality/advice.ts';
import { templateEnv } from '../render/env.ts';
import { buildAtomically } from './atomic.ts';
import { buildShardFolder, contentVersion, expectedFiles, type Shard } from './shards.ts';
import type { BuildContext } from './context.ts';
import { currentLink } from './generations.ts';
import { buildOrCopySite, buildSite } from './site.ts';
import { withMotionStore } from '../figures/motion-store.ts';
import { motionCache } from './motion-cache.ts';
import { cachedFigureWarnings } from './warnings-cache.ts';

/** One output: it fills `folder` (a new, empty folder inside the staging area). */
interface BuildStep {
  /** Shown while building: "website". */
  readonly name: string;
  /** The folder under output/ it replaces: "site". */
  readonly folder: string;
  /** A step that prints PDFs returns what it printed and what came from the cache. */
  run(context: BuildContext, folder: string): Promise<RenderStats | undefined>;
  /**
   * In a sharded build (`--shard 2/4`) the step runs in every shard and makes only the files
   * `context.prints` gives it. Steps without it run whole in the shard that builds the website.
   */
  readonly sharded?: true;
}

const steps: BuildStep[] = [
  {
    name: 'website',
    folder: 'site',
    run: async ({ library, config, prints }, folder) => {
      // A shard's folder has no earlier build next to it; a whole build may copy the last one's.
      if (prints) await buildSite(library, folder, config);
      else if (
        await buildOrCopySite(library, folder, config, path.join(config.output, currentLink))
      )
        console.log('  website unchanged since the last build, copied');
      return undefined;
    },
  },
  {
    name: 'handouts',
    folder: 'handouts',
    // Copies go into the website too (site/handouts/), where routine pages link to them.
    run: (context, folder) =>
      buildHandouts(context, folder, path.join(path.dirname(folder), 'site')),
    sharded: true,
  },
  {
    name: 'slide decks',
    folder: 'decks',
    // Copies go into the website too (site/decks/), where routine pages link to them.
    run: (context, folder) => buildDecks(context, folder, path.join(path.dirname(folder), 'site')),
    sharded: true,
  },
];

export interface BuildOptions {
  /** --browser-path from the command line. */
  readonly browserPath?: string | undefined;
  /** --shard 2/4: make only this shard's part, into output/shard-2-of-4/ (see shards.ts). */
  readonly shard?: Shard | undefined;
  /** Told as each step starts and ends ("handouts"), e.g. for the bench to time the steps. */
  readonly onStep?: ((name: string, phase: 'start' | 'end') => void) | undefined;
}

export interface BuildReport {
  readonly seconds: number;
  /** What each PDF step printed and took from the cache, by step name ("handouts"). */
  readonly printed: Readonly<Record<string, RenderStats>>;
}

/** Builds everything into config.output; says how long it took and what was printed. */
export async function buildEverything(
  config: Config,
  options: BuildOptions = {},
): Promise<BuildReport> {
  const started = performance.now();
  const printed: Record<string, RenderStats> = {};
  const { browserPath, shard, onStep } = options;
  const browser = sharedBrowser({ browserPath, config });
  const onWait = (holder: number) =>
    console.log(
      `Another build (process ${holder}) is writing ${config.output}/; waiting for it to finish…`,
    );
  const fill = async (staging: string) => {
    const library = await loadLibrary(config.content);
    const libraries = [
      library,
      ...(await Promise.all(
        library.settings.languages
          .slice(1)
          .map((language) => loadLibrary(config.content, { language })),
      )),
    ];
    // The same advice as `npm run check`; it never stops the build.
    const advice = formatAdvice(
      contentAdvice(library, undefined, await cachedFigureWarnings(config.cache)),
    );
    if (advice) console.log(`${advice}\n`);
    const expected = shard ? expectedFiles(libraries, shard.total) : {};
    const mine = (file: string) => expected[file] === shard?.index;
    // Compile every template now, so a template error stops the build before anything is written.
    const context: BuildContext = {
      config,
      library,
      libraries,
      templates: templateEnv(config.templates),
      browser: () => browser.get(),
      browserPath,
      ...(shard ? { prints: mine } : {}),
    };
    for (const step of steps) {
      if (shard && !step.sharded && !mine('site/')) continue;
      console.log(`Building the ${step.name}…`);
      onStep?.(step.name, 'start');
      const stats = await step
        .run(context, path.join(staging, step.folder))
        .catch((error: unknown) => {
          throw findUserError(error) ?? error;
        });
      onStep?.(step.name, 'end');
      if (stats) printed[step.name] = stats;
    }
    return { version: shard ? await contentVersion(config) : '', expected };
  };
  try {
    // Moving figures drawn once for every step, and kept for the next build (motion-cache.ts).
    await withMotionStore(await motionCache(config.cache), async () => {
      if (shard) {
        await buildShardFolder(config.output, shard, fill);
      } else {
        // The content is read with the output locked, so of two builds the one started last reads
        // the newest content and finishes last.
        await buildAtomically(config.output, fill, { config, onWait });
      }
    });
  } finally {
    await browser.close();
  }
  return { seconds: (performance.now() - started) / 1000, printed };
}
