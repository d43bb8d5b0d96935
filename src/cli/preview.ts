/** `npm run preview`: serve the built website from output/site/ on this computer only. */
import type { Config } from '../core/config.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from '../site/serve.ts';
import { UserError } from '../core/errors.ts';
import type { ArgProblem } from '../core/problems.ts';
import { defineCommand, parseArgv, type Parsed } from './args.ts';

const defaultPort = 4321;

/**
 * The base path the site was built with. The home page says it in its sitemap link, so preview
 * serves what was built even if settings.yaml changed since.
 */
export function builtBase(indexHtml: string): string {
  const match = /<link rel="sitemap" href="([^"]*\/)sitemap\.xml"/.exec(indexHtml);
  return match?.[1] ?? '/';
}

const previewArgs = { options: { port: { type: 'string', value: '<number>' } } } as const;

interface PreviewOptions {
  readonly port: number;
}

/** The port: a whole number from 1 to 65535; 4321 when not given. */
export function parsePreview(args: readonly string[]): Parsed<PreviewOptions> {
  const parsed = parseArgv(previewArgs, args);
  const typed = parsed.values.port;
  const port = typed === undefined ? defaultPort : Number(typed);
  const bad: ArgProblem[] =
    Number.isInteger(port) && port >= 1 && port <= 65535 && /^\d+$/.test(typed ?? '1')
      ? []
      : [
          {
            arg: `--port ${typed ?? ''}`,
            message: 'not a port number.',
            hint: 'Use a whole number from 1 to 65535, like --port 4400.',
          },
        ];
  return { ...parsed, values: { port }, problems: [...parsed.problems, ...bad] };
}

async function preview(config: Config, { values }: Parsed<PreviewOptions>): Promise<void> {
  const root = path.join(config.output, 'site');
  const index = await readFile(path.join(root, 'index.html'), 'utf8').catch(() => undefined);
  if (index === undefined)
    throw new UserError(`There is no built website in ${root}/. Run "npm run build" first.`);
  const { port } = values;
  // It keeps serving after an error (a connection it could not accept): say so on stderr.
  const onError = (error: Error) =>
    process.stderr.write(`The preview server could not answer a request: ${error.message}\n`);
  const site = await startStaticServer({ root, base: builtBase(index) }, port, onError).catch(
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

export const previewCommand = defineCommand({
  script: 'preview',
  usage: `Serve the built website from output/site/ on this computer only, under the base path it was
built with.

Usage: npm run preview [-- --port <number>]

  --port <number>  The port to listen on, 1 to 65535. Default: ${defaultPort}.
  --help           Show this help.
`,
  parse: parsePreview,
  run: preview,
});
