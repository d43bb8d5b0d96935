/** The routine-press command line: `node src/cli/main.ts <command> [options]`, run by npm scripts. */
import { readConfig } from '../core/config.ts';
import { UserError } from '../core/errors.ts';
import { closest } from '../model/suggest.ts';
import { commands } from './commands.ts';
import { report } from './report.ts';

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
  await command.main(config, args);
}

const config = readConfig();
main(process.argv.slice(2)).catch((error: unknown) => report(error, config.debug));
