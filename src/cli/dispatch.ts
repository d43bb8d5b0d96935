/** Which command the first word names, parsed apart from running it so tests check it in-process. */
import { UserError } from '../core/errors.ts';
import { closest } from '../model/suggest.ts';
import type { CliCommand } from './args.ts';
import { commands } from './commands.ts';

export const usage = `Usage: npm run <command>   (npm run <command> -- --help for its options)

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

/**
 * The command and its arguments; undefined when the words ask for the overall help (none, "help",
 * --help or -h). An unknown name is a UserError with the closest command.
 */
export function commandFor(
  argv: readonly string[],
): { command: CliCommand; args: readonly string[] } | undefined {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return undefined;
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command) return { command, args };
  const near = closest(name, Object.keys(commands));
  throw new UserError(
    `Unknown command "${name}".${near ? ` Did you mean ${near}?` : ''}\n\n${usage}`,
  );
}
