/**
 * Clients that abort a download part way must not cost the preview server a file descriptor each.
 * The old server piped a read stream into the response and never closed it on an abort: 191–300
 * descriptors leaked per 300 aborts, and with a low limit it died of an unhandled EMFILE.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let folder: string;
let server: ChildProcess;
let url: string;
let exited: string | undefined;
let stderr = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-serve-aborts-'));
  await writeFile(path.join(folder, 'index.html'), '<h1>Home</h1>');
  // Far bigger than a socket's buffers, so every download is still running when it is aborted.
  await writeFile(path.join(folder, 'handout.pdf'), randomBytes(4 * 1024 * 1024));
  const child = path.join(import.meta.dirname, 'serve-child.ts');
  // A limit of 256 descriptors: a leak of one per abort runs out long before 1,000.
  server = spawn('sh', ['-c', 'ulimit -n 256 && exec "$0" "$@"', process.execPath, child, folder]);
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server.on('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  url = await new Promise<string>((resolve, reject) => {
    server.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    server.once('exit', () => reject(new Error(`The server did not start: ${stderr}`)));
  });
});

afterAll(async () => {
  server.kill();
  await rm(folder, { recursive: true, force: true });
});

/** Starts downloading the PDF and hangs up as soon as the first bytes arrive. */
function abortedDownload(): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(`${url}handout.pdf`, (response) => {
      response.once('data', () => request.destroy());
    });
    // Resolves on an abort or a refused connection alike: the server's state is what is checked.
    request.once('close', () => resolve());
    request.on('error', () => undefined);
  });
}

function get(file: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${file}`, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the preview server under aborted downloads', () => {
  it('survives 1,000 aborted downloads with ulimit -n 256, and keeps no descriptors', async () => {
    const pid = server.pid ?? 0;
    const descriptors = async () => (await readdir(`/proc/${pid}/fd`)).length;
    const before = await descriptors();
    for (let done = 0; done < 1000; done += 20)
      await Promise.all(Array.from({ length: 20 }, abortedDownload));
    expect(exited, stderr).toBeUndefined();
    expect(await get('index.html')).toEqual({ status: 200, body: '<h1>Home</h1>' });
    // Closing is asynchronous: give the last streams a moment, then count.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await descriptors()).toBeLessThan(before + 10);
    expect(stderr).toBe('');
  });
});
