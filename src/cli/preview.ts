/** `npm run preview`: serve the built website from output/site/ on this computer only. */
import type { Config } from '../core/config.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from '../site/serve.ts';
import { UserError } from '../core/errors.ts';

const defaultPort = 4321;

/**
 * The base path the site was built with. The home page says it in its sitemap link, so preview
 * serves what was built even if settings.yaml changed since.
 */
export function builtBase(indexHtml: string): string {
  const match = /<link rel="sitemap" href="([^"]*\/)sitemap\.xml"/.exec(indexHtml);
  return match?.[1] ?? '/';
}

function portOf(args: string[]): number {
  const at = args.indexOf('--port');
  if (at < 0) return defaultPort;
  const port = Number(args[at + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UserError(`--port needs a number from 1 to 65535 (got "${args[at + 1] ?? ''}").`);
  return port;
}

export async function preview(config: Config, args: string[]): Promise<void> {
  const root = path.join(config.output, 'site');
  const index = await readFile(path.join(root, 'index.html'), 'utf8').catch(() => undefined);
  if (index === undefined)
    throw new UserError(`There is no built website in ${root}/. Run "npm run build" first.`);
  const port = portOf(args);
  const site = await startStaticServer({ root, base: builtBase(index) }, port).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new UserError(
          `Port ${port} is in use, perhaps by another preview. Try: npm run preview -- --port ${port + 1}`,
        );
      throw error;
    },
  );
  console.log(
    `Serving ${root}/ at ${site.url}\nOpen that address in your browser. Press Ctrl+C to stop.`,
  );
}
