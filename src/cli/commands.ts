/** Every command, by the name main.ts is given: the npm script's name (setup:browser is setup-browser). */
import type { CliCommand } from './args.ts';
import { benchCommand } from './bench.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { deckCommand } from './deck.ts';
import { figuresCommand } from './figures.ts';
import { handoutCommand } from './handout.ts';
import { previewCommand } from './preview.ts';
import { schemaCommand } from './schema.ts';
import { setupBrowserCommand } from './setup-browser.ts';

export const commands: Readonly<Record<string, CliCommand>> = {
  check: checkCommand,
  build: buildCommand,
  preview: previewCommand,
  handout: handoutCommand,
  deck: deckCommand,
  'setup-browser': setupBrowserCommand,
  schema: schemaCommand,
  figures: figuresCommand,
  bench: benchCommand,
};
