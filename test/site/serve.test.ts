import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBase } from '../../src/cli/preview.ts';
import { startStaticServer, type RunningSite } from '../../src/site/serve.ts';

/** A raw request, so paths like /../ reach the server exactly as written. */
function get(
  url: string,
  rawPath: string,
  method = 'GET',
): Promise<{ status: number; type: string; location: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          location: response.headers.location ?? '',
          body,
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the preview server', () => {
  let folder: string;
  let site: RunningSite;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-serve-'));
    const root = path.join(folder, 'site');
    await mkdir(path.join(root, 'exercises/clamshell'), { recursive: true });
    await mkdir(path.join(root, '_astro'));
    await writeFile(path.join(root, 'index.html'), '<h1>Home</h1>');
    await writeFile(path.join(root, '404.html'), '<h1>We cannot find that page</h1>');
    await writeFile(path.join(root, 'exercises/clamshell/index.html'), '<h1>Clamshell</h1>');
    await writeFile(path.join(root, '_astro/site.css'), 'body{}');
    await writeFile(path.join(root, '_astro/font.woff2'), 'wOF2');
    await writeFile(path.join(root, 'sitemap.xml'), '<urlset/>');
    await writeFile(path.join(folder, 'secret.txt'), 'secret');
    await symlink(path.join(folder, 'secret.txt'), path.join(root, 'link.txt'));
    site = await startStaticServer({ root, base: '/hips/' });
  });

  afterAll(async () => {
    await site.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 under the base path', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hips\/$/);
  });

  it('serves pages and files with their content types', async () => {
    expect(await get(site.url, '/hips/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>Home</h1>',
    });
    expect(await get(site.url, '/hips/exercises/clamshell/')).toMatchObject({
      status: 200,
      body: '<h1>Clamshell</h1>',
    });
    expect((await get(site.url, '/hips/_astro/site.css')).type).toBe('text/css; charset=utf-8');
    expect((await get(site.url, '/hips/_astro/font.woff2')).type).toBe('font/woff2');
    expect((await get(site.url, '/hips/sitemap.xml')).type).toBe('application/xml; charset=utf-8');
    expect(await get(site.url, '/hips/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('adds the trailing slash to folders and sends / to the base path', async () => {
    expect(await get(site.url, '/hips/exercises/clamshell?x=1')).toMatchObject({
      status: 301,
      location: '/hips/exercises/clamshell/?x=1',
    });
    expect(await get(site.url, '/hips')).toMatchObject({ status: 302, location: '/hips/' });
    expect(await get(site.url, '/')).toMatchObject({ status: 302, location: '/hips/' });
  });

  it('answers a missing page with the site 404 page', async () => {
    const missing = await get(site.url, '/hips/no-such-page/');
    expect(missing).toMatchObject({ status: 404, type: 'text/html; charset=utf-8' });
    expect(missing.body).toContain('We cannot find that page');
    expect((await get(site.url, '/elsewhere/index.html')).status).toBe(404);
  });

  it('never serves a file outside the site folder', async () => {
    for (const raw of [
      '/hips/../secret.txt',
      '/hips/%2e%2e/secret.txt',
      '/hips/..%2fsecret.txt',
      '/hips/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/hips/link.txt',
      '/hips/%00',
      // Backslashes are not separators on Linux or in URLs, written plain or encoded.
      '/hips/..\\secret.txt',
      '/hips/..%5csecret.txt',
      '/hips/%5c..%5csecret.txt',
      '/hips/%2e%2e%5c%2e%2e%5csecret.txt',
      // NUL cuts a path short in C; here it never reaches the file system.
      '/hips/%00/../../secret.txt',
      '/hips/index.html%00.txt',
      // Doubly encoded: decoded once, it is a file literally named "%2e%2e", not "..".
      '/hips/%252e%252e/secret.txt',
    ]) {
      // Refused as any missing page is: the site's 404 page, never the file, never a redirect.
      const response = await get(site.url, raw);
      expect({ raw, status: response.status, body: response.body }).toEqual({
        raw,
        status: 404,
        body: '<h1>We cannot find that page</h1>',
      });
    }
    expect((await get(site.url, '/hips/%E0%A4%A')).status).toBe(400);
  });

  it('does decode paths, so the refusals above come from the check on the folder', async () => {
    // An encoded slash inside the site reaches the page; ".." that stays inside is followed.
    expect(await get(site.url, '/hips/exercises%2fclamshell/')).toMatchObject({
      status: 200,
      body: '<h1>Clamshell</h1>',
    });
    expect(await get(site.url, '/hips/exercises/%2e%2e/')).toMatchObject({
      status: 200,
      body: '<h1>Home</h1>',
    });
  });

  it('refuses to change anything', async () => {
    expect((await get(site.url, '/hips/', 'POST')).status).toBe(405);
  });
});

describe('npm run preview', () => {
  it('serves under the base path the site was built with', () => {
    expect(builtBase('<link rel="sitemap" href="/routine-press/sitemap.xml">')).toBe(
      '/routine-press/',
    );
    expect(builtBase('<link rel="sitemap" href="/sitemap.xml">')).toBe('/');
    expect(builtBase('<html></html>')).toBe('/');
  });
});
