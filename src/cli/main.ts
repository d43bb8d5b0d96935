/** The routine-press command line: `node src/cli/main.ts <command> [options]`, run by npm scripts. */
import { readConfig, type Config } from '../core/config.ts';
import { UserError } from '../core/errors.ts';
import { closest } from '../model/suggest.ts';
import { runCommand, type Command } from './args.ts';
import { benchCommand } from './bench.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { deckCommand } from './deck.ts';
import { figuresCommand } from './figures.ts';
import { handoutCommand } from './handout.ts';
import { previewCommand } from './preview.ts';
import { report } from './report.ts';
import { schemaCommand } from './schema.ts';
import { setupBrowserCommand } from './setup-browser.ts';

const usage = `Usage: npm run <command>   (npm run <command> -- --help for its options)

  check      Check the content in routines/ and print a summary
  build      Build the website, every handout and every deck into output/
  preview    Serve the built website on this computer (--port 4321)
  handout    Make one personal handout
  deck       Make one slide deck, HTML and PDF
  setup:browser  Find Chrome, Chromium or Edge for PDFs, or install Chromium (Debian, as root)
  schema     Write the JSON Schema files used by editors
  figures    Write a contact sheet of every exercise figure (output/figures/) for review
  bench      Measure build speed and memory; figures go to README.md
`;

type Run = (config: Config, args: readonly string[]) => Promise<void>;
const runs =
  <V>(command: Command<V>): Run =>
  (config, args) =>
    runCommand(command, config, args);

/** By the name main.ts is given: the npm script's name, except setup:browser. */
const commands: Readonly<Record<string, Run>> = {
  check: runs(checkCommand),
  build: runs(buildCommand),
  bench: runs(benchCommand),
  handout: runs(handoutCommand),
  deck: runs(deckCommand),
  figures: runs(figuresCommand),
  'setup-browser': runs(setupBrowserCommand),
  preview: runs(previewCommand),
  schema: runs(schemaCommand),
};

async function main(argv: readonly string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage);
    return;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const near = closest(name, Object.keys(commands));
    throw new UserError(
      `Unknown command "${name}".${near ? ` Did you mean ${near}?` : ''}\n\n${usage}`,
    );
  }
  await command(config, args);
}

const config = readConfig();
main(process.argv.slice(2)).catch((error: unknown) => report(error, config.debug));
