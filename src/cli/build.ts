/** `npm run build`: check the content, then build the site, every handout and every deck into output/. */
import { buildEverything } from '../build/build.ts';
import type { Config } from '../core/config.ts';
import { UserError } from '../core/errors.ts';

/** `build [--browser-path <file>]` */
function browserPathOption(args: readonly string[]): string | undefined {
  const [flag, value, ...rest] = args;
  if (flag === undefined) return undefined;
  if (flag === '--browser-path' && value && rest.length === 0) return value;
  throw new UserError(
    `Unknown option "${args.join(' ')}" for build. The only option is --browser-path <file>.`,
  );
}

export async function build(config: Config, args: readonly string[] = []): Promise<void> {
  const seconds = await buildEverything(config, { browserPath: browserPathOption(args) });
  console.log(
    `Done in ${seconds.toFixed(1)} s. Everything is in ${config.output}/. See the website with "npm run preview".`,
  );
}
