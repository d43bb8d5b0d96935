/**
 * A server on 127.0.0.1 that answers nothing, ever: a picture that never arrives holds a document
 * in Chromium for as long as a test needs (to time out, or to be killed mid-print).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface HangingServer {
  /** "http://127.0.0.1:<port>", set once the suite's beforeAll ran. */
  readonly origin: string;
  /** Requests received so far, never answered. */
  readonly waiting: readonly ServerResponse[];
}

/** Starts the server before the suite's tests and closes it after them. */
export function hangingServer(): HangingServer {
  const waiting: ServerResponse[] = [];
  const server = createServer((_request, response) => void waiting.push(response));
  const state = { origin: '', waiting };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const response of waiting) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return state;
}
