/**
 * Browser tests of the website: the site built once a run for each content folder, served on
 * 127.0.0.1 for each test file, and a watch on requests.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { basePath } from '../../src/build/site.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { startStaticServer } from '../../src/site/serve.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';
import { builtSite } from '../helpers/site-build.ts';

export interface TestSite {
  readonly library: Library;
  /** The built site folder. */
  readonly root: string;
  /** http://127.0.0.1:<port>/<base>/ */
  readonly url: string;
  readonly base: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * The test changes files in the site: it gets a copy of its own. Without it the folder is the
   * run's one build of this content, which other test files read at the same time.
   */
  readonly writable?: boolean;
}

/**
 * Serves the site built from `content` (the bundled pack by default). Test files that ask for the
 * same content share one build a run; the files' names and bytes decide what is the same.
 */
export async function buildAndServe(
  name: string,
  content = path.join(projectRoot, 'routines'),
  { writable = false }: ServeOptions = {},
): Promise<TestSite> {
  const built = await builtSite(content);
  const work = writable ? await tempWorkFolder(name) : undefined;
  const root = work ? path.join(work, 'site') : built;
  if (work) await cp(built, root, { recursive: true });
  const library = await loadLibrary(content);
  const base = basePath(library);
  const server = await startStaticServer({ root, base });
  return {
    library,
    root,
    url: server.url,
    base,
    close: async () => {
      await server.close();
      if (work) await rm(work, { recursive: true, force: true });
    },
  };
}

/** Records every request the page makes that does not go to the test server. */
export function watchRequests(page: Page, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}
