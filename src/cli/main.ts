/** The routine-press command line: `node src/cli/main.ts <command> [options]`, run through npm scripts. */
import { writeJsonSchemas } from '../model/json-schema.ts';
import { check } from './check.ts';
import { deck } from './deck.ts';
import { figures } from './figures.ts';
import { handout } from './handout.ts';
import { setupBrowser } from './setup-browser.ts';
import { CliError, report } from './errors.ts';
import { contentRoot } from './paths.ts';
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

const commands: Record<string, (args: string[]) => Promise<void>> = {
  check: async () => check(contentRoot()),
  // Loaded when asked for: build and bench pull in Astro, which takes seconds to import and which
  // the other commands (deck, handout, check) never use.
  build: async (args) => (await import('./build.ts')).buildAll(args),
  bench: async (args) => (await import('./bench.ts')).bench(args),
  handout: async (args) => handout(args),
  deck: async (args) => deck(args),
  figures: async (args) => figures(args),
  'setup-browser': async (args) => setupBrowser(args),
  preview: async (args) => preview(args),
  schema: async () => {
    const files = await writeJsonSchemas();
    console.log(
      `Wrote ${files.length} JSON Schema files:\n${files.map((f) => `  ${f}`).join('\n')}`,
    );
  },
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(usage);
    return;
  }
  const command = commands[name];
  if (!command) throw new CliError(`Unknown command "${name}".\n\n${usage}`);
  await command(args);
}

main(process.argv.slice(2)).catch(report);
