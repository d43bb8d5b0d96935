/** The routine-press command line: `node src/cli/main.ts <command> [options]`, run by npm scripts. */
import { readConfig } from '../core/config.ts';
import { commandFor, usage } from './dispatch.ts';
import { report } from './report.ts';

async function main(argv: readonly string[]): Promise<void> {
  const chosen = commandFor(argv);
  if (!chosen) console.log(usage);
  else await chosen.command.main(config, chosen.args);
}

const config = readConfig();
main(process.argv.slice(2)).catch((error: unknown) => report(error, config.debug));
