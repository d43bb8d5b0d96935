/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import type { Config } from '../core/config.ts';
import { defineCommand, parseArgv } from './args.ts';

const buildArgs = { options: { 'browser-path': { type: 'string', value: '<file>' } } } as const;

export const buildCommand = defineCommand({
  script: 'build',
  usage: `Check the content, then build the website, every handout and every deck into output/.
If anything fails, output/ is left as it was.

Usage: npm run build [-- --browser-path <file>]

  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --help                 Show this help.
`,
  parse: (args) => parseArgv(buildArgs, args),
  run: async (config: Config, { values }) => {
    // Loaded when run: the build pulls in Astro, which takes seconds to import and which the
    // other commands never use.
    const { buildEverything } = await import('../build/build.ts');
    const seconds = await buildEverything(config, { browserPath: values['browser-path'] });
    console.log(
      `Done in ${seconds.toFixed(1)} s. Everything is in ${config.output}/. See the website with "npm run preview".`,
    );
  },
});
