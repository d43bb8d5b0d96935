/** Browser tests of the website: build it once per test file, serve it on 127.0.0.1, watch requests. */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { basePath } from '../../src/build/site.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { startStaticServer } from '../../src/site/serve.ts';
import { projectRoot, tempWorkFolder } from '../helpers/cli.ts';

export interface TestSite {
  readonly library: Library;
  /** The built site folder. */
  readonly root: string;
  /** http://127.0.0.1:<port>/<base>/ */
  readonly url: string;
  readonly base: string;
  close(): Promise<void>;
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, DEBUG: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Builds the site from `content` (the bundled pack by default) and serves it. */
export async function buildAndServe(
  name: string,
  content = path.join(projectRoot, 'routines'),
): Promise<TestSite> {
  const work = await tempWorkFolder(name);
  const root = path.join(work, 'site');
  const built = await run([path.join(projectRoot, 'test/site/build-site.ts'), content, root]);
  if (built.code !== 0) throw new Error(`the site build failed:\n${built.output}`);
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
      await rm(work, { recursive: true, force: true });
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
