/**
 * A tiny static file server for the built site: `npm run preview` and the browser tests use it.
 * It serves one folder under the site's base path on 127.0.0.1, with the right content types,
 * the site's own 404 page, and nothing outside the folder (no `..`, no symlinks out).
 *
 * Kept rather than replaced by sirv, whose source pipes files with `.pipe(res)` as this server did
 * (the leak below), checks the joined path rather than the real one (a symlink leads out), and
 * serves a folder's index.html without the trailing slash Astro's `trailingSlash: 'always'` wants.
 * Here every file is opened once and closed however the response ends: a client that hangs up
 * part way costs no descriptor.
 */
import { open, readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
  return types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticSite {
  /** The folder holding index.html. */
  readonly root: string;
  /** The path the site lives under, starting and ending with "/": "/routine-press/". */
  readonly base: string;
}

/** The file a URL path maps to, or undefined when it is outside the site or missing. */
async function fileFor(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.resolve(root, `.${path.posix.sep}${relative}`);
  const inside = (file: string) => file === root || file.startsWith(root + path.sep);
  if (!inside(candidate)) return undefined;
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || !inside(real)) return undefined;
  const info = await stat(real);
  if (info.isDirectory()) {
    const index = path.join(real, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return info.isFile() ? real : undefined;
}

function send(
  response: http.ServerResponse,
  status: number,
  headers: http.OutgoingHttpHeaders,
  body = '',
): void {
  response.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
  response.end(body);
}

/** A server for one built site; call `listen` yourself, or use startStaticServer. */
export function createStaticServer(site: StaticSite): http.Server {
  // Resolved on each request: output/site is a link that each build points at a new folder,
  // and the folder it pointed at when the server started is deleted by the next build.
  const currentRoot = () => realpath(site.root);
  const notFound = async (response: http.ServerResponse, head: boolean) => {
    const page = await readFile(path.join(await currentRoot(), '404.html')).catch(() =>
      Buffer.from('Not found'),
    );
    send(response, 404, { 'Content-Type': types['.html'] }, head ? '' : page.toString('utf8'));
  };
  const server = http.createServer((request, response) => {
    // A client that resets its connection makes these emit 'error'; unhandled, it would stop
    // the server. The response is ended or destroyed by the code below either way.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    void (async () => {
      const head = request.method === 'HEAD';
      if (request.method !== 'GET' && !head) {
        send(response, 405, { Allow: 'GET, HEAD' });
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(response, 400, { 'Content-Type': types['.txt'] }, 'Bad request');
        return;
      }
      if (pathname.includes('\0')) return notFound(response, head);
      if (pathname === site.base.slice(0, -1) || (pathname === '/' && site.base !== '/')) {
        send(response, 302, { Location: site.base + url.search });
        return;
      }
      if (!pathname.startsWith(site.base)) return notFound(response, head);
      const root = await currentRoot();
      const file = await fileFor(root, pathname.slice(site.base.length));
      if (!file) return notFound(response, head);
      // Directory URLs always end in "/" on this site (trailingSlash: always).
      if (
        file.endsWith(`${path.sep}index.html`) &&
        !pathname.endsWith('/') &&
        !pathname.endsWith('.html')
      ) {
        send(response, 301, { Location: `${url.pathname}/${url.search}` });
        return;
      }
      // Opened before the headers go out, so a file that cannot be opened (EMFILE) is a 500.
      const handle = await open(file, 'r');
      const size = await handle.stat().then(
        (info) => info.size,
        async (error: unknown) => {
          await handle.close();
          throw error;
        },
      );
      response.writeHead(200, {
        'Content-Type': contentType(file),
        'Content-Length': size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (head) {
        await handle.close();
        response.end();
        return;
      }
      // pipeline destroys the file stream (closing the file) when the client hangs up part way
      // and handles the errors of both sides; .pipe() left the file open on an abort.
      pipeline(handle.createReadStream(), response, () => undefined);
    })().catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, { 'Content-Type': types['.txt'] }, 'Server error');
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  return server;
}

export interface RunningSite {
  /** The site's address: http://127.0.0.1:4321/routine-press/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the site on 127.0.0.1; port 0 picks a free port. An error after it started (a failed
 * accept when no descriptor is left) goes to `onError` instead of stopping the process.
 */
export async function startStaticServer(
  site: StaticSite,
  port = 0,
  onError: (error: Error) => void = () => undefined,
): Promise<RunningSite> {
  const server = createStaticServer(site);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', onError);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${site.base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
