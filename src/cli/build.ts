/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { buildAtomically } from '../build/atomic.ts';
import { buildSite } from '../build/site.ts';
import { buildDecks } from '../decks/build.ts';
import { buildHandouts } from '../handouts/build.ts';
import type { Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { contentAdvice, formatAdvice } from '../quality/advice.ts';
import { templateEnv, type TemplateEnv } from '../render/env.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { CliError, findUserError } from './errors.ts';
import { contentRoot, outputRoot } from './paths.ts';

/** What every build step gets. */
export interface BuildContext {
  readonly library: Library;
  readonly templates: TemplateEnv;
  /**
   * The one browser of this build, launched on first call and shared by every step (handouts,
   * decks, screenshots). Steps never close it: the build does, in `finally`, after all steps.
   * Open pages with `withPage` or a page pool from src/pdf/; close them in your step.
   */
  readonly browser: () => Promise<Browser>;
  /** --browser-path from the command line, if given. */
  readonly browserPath: string | undefined;
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

/** `build [--browser-path <file>]` */
function browserPathOption(args: readonly string[]): string | undefined {
  const [flag, value, ...rest] = args;
  if (flag === undefined) return undefined;
  if (flag === '--browser-path' && value && rest.length === 0) return value;
  throw new CliError(
    `Unknown option "${args.join(' ')}" for build. The only option is --browser-path <file>.`,
  );
}

export async function buildAll(args: readonly string[] = []): Promise<void> {
  const started = performance.now();
  const browserPath = browserPathOption(args);
  const library = await loadLibrary(contentRoot());
  // The same advice as `npm run check`; it never stops the build.
  const advice = formatAdvice(await contentAdvice(library));
  if (advice) console.log(`${advice}\n`);
  const browser = sharedBrowser({ browserPath });
  // Compile every template now, so a template error stops the build before anything is written.
  const context: BuildContext = {
    library,
    templates: templateEnv(),
    browser: () => browser.get(),
    browserPath,
  };
  const output = outputRoot();
  try {
    await buildAtomically(output, async (staging) => {
      for (const step of steps) {
        console.log(`Building the ${step.name}…`);
        await step.run(context, path.join(staging, step.folder)).catch((error: unknown) => {
          throw findUserError(error) ?? error;
        });
      }
    });
  } finally {
    await browser.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Done in ${seconds} s. Everything is in ${output}/. See the website with "npm run preview".`,
  );
}
