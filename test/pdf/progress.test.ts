/**
 * Progress to a log (issue 18): a build whose output went to a file printed nothing for 8 minutes
 * while one slow document rendered. Now a log gets a line every tenth of the way and at least
 * every 10 seconds (here 100 ms, so the test is quick).
 */
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/pdf/progress.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function log(isTTY = false) {
  const lines: string[] = [];
  return { lines, stream: { isTTY, write: (text: string) => lines.push(text) } };
}

describe('progress in a log', () => {
  it('writes about ten lines for many quick documents', () => {
    const { lines, stream } = log();
    const shown = progress('handouts', 40, stream, 60_000);
    for (let i = 0; i < 40; i++) shown.tick();
    shown.done('(2 unchanged, from the cache)');
    expect(lines).toEqual([
      ...[4, 8, 12, 16, 20, 24, 28, 32, 36].map((n) => `  handouts ${n}/40\n`),
      '  handouts 40/40 (2 unchanged, from the cache)\n',
    ]);
  });

  it('still writes a line while one document takes long, and stops when done', async () => {
    const { lines, stream } = log();
    const shown = progress('handouts', 40, stream, 100);
    shown.tick();
    // One slow document: a line after each quiet spell (timers may run late on a busy machine).
    await sleep(350);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lines)).toEqual(new Set(['  handouts 1/40\n']));
    for (let i = 1; i < 40; i++) shown.tick();
    shown.done();
    const written = lines.length;
    await sleep(250);
    expect(lines).toHaveLength(written);
  });

  it('stops the clock when the work fails, without a last line', async () => {
    const { lines, stream } = log();
    const shown = progress('decks', 3, stream, 50);
    shown.stop();
    await sleep(150);
    expect(lines).toEqual([]);
  });
});

describe('progress on a terminal', () => {
  it('rewrites one line, with no clock', async () => {
    const { lines, stream } = log(true);
    const shown = progress('decks', 2, stream, 50);
    await sleep(150);
    shown.tick();
    shown.tick();
    shown.done();
    expect(lines).toEqual(['\r  decks 1/2', '\r  decks 2/2\n']);
  });
});
