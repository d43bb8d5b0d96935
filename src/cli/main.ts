/** The routine-press command line: `node src/cli/main.ts <command> [options]`, run through npm scripts. */
import { readConfig, type Config } from '../core/config.ts';
import { writeJsonSchemas } from '../model/json-schema.ts';
import { check } from './check.ts';
import { deck } from './deck.ts';
import { figures } from './figures.ts';
import { handout } from './handout.ts';
import { setupBrowser } from './setup-browser.ts';
import { UserError } from '../core/errors.ts';
import { report } from './report.ts';
import { preview } from './preview.ts';

const usage = `Usage: npm run <command>

  check      Check the content in routines/ and print a summary
  build      Build the website, every handout and every deck into output/
  preview    Serve the built website on this computer (--port 4321)
  handout    Make one personal handout (npm run handout -- --help)
  deck       Make one slide deck, HTML and PDF (npm run deck -- --help)
  setup:browser  Find Chrome, Chromium or Edge for PDFs, or install Chromium (Debian, as root)
  schema     Write the JSON Schema files used by editors
  figures    Write a contact sheet of every exercise figure (output/figures/) for review
  bench      Measure build speed and memory; figures go to README.md
`;

const commands: Record<string, (config: Config, args: string[]) => Promise<void>> = {
  check: async (config) => check(config),
  // Loaded when asked for: build and bench pull in Astro, which takes seconds to import and which
  // the other commands (deck, handout, check) never use.
  build: async (config, args) => (await import('./build.ts')).build(config, args),
  bench: async (config, args) => (await import('./bench.ts')).bench(config, args),
  handout: handout,
  deck: deck,
  figures: figures,
  'setup-browser': setupBrowser,
  preview: preview,
  schema: async () => {
    const files = await writeJsonSchemas();
    console.log(
      `Wrote ${files.length} JSON Schema files:\n${files.map((f) => `  ${f}`).join('\n')}`,
    );
  },
};

async function main(config: Config, argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(usage);
    return;
  }
  const command = commands[name];
  if (!command) throw new UserError(`Unknown command "${name}".\n\n${usage}`);
  await command(config, args);
}

const config = readConfig();
main(config, process.argv.slice(2)).catch((error: unknown) => report(error, config.debug));
