/**
 * The 100× bench's memory check (src/bench/build-shard.ts): the peaks of a PDF step in the first
 * and the last quarter of its files, from samples taken once a second. Built on made-up samples: a
 * build that keeps what it prints shows a higher peak in the last quarter.
 */
import { describe, expect, it } from 'vitest';
import { quarterPeaks, type NodeSample } from '../../src/bench/build-shard.ts';
import type { TreeSample } from '../../src/bench/process-tree.ts';

const MiB = 2 ** 20;

/** 101 samples a second apart while 100 handouts are written, one a second; memory from `rss(i)`. */
function samples(rss: (i: number) => number): { node: NodeSample[]; chromium: TreeSample[] } {
  const seconds = Array.from({ length: 101 }, (_, i) => i);
  return {
    node: seconds.map((i) => ({
      atMs: 10_000 + i * 1000,
      rssBytes: rss(i),
      arrayBuffersBytes: rss(i) / 10,
      written: { handouts: i, decks: 0 },
    })),
    chromium: seconds.map((i) => ({
      atMs: 10_000 + i * 1000,
      cpuMs: i * 100,
      pssBytes: 400 * MiB,
    })),
  };
}

describe('peaks in the first and the last quarter of a step', () => {
  it('are the same when memory stays level, and tell a build that keeps each PDF', () => {
    const level = samples(() => 600 * MiB);
    expect(quarterPeaks(level.node, level.chromium, 'handouts', 10_000, 110_000)).toEqual({
      first: ['600 MiB', '60 MiB', '400 MiB'],
      last: ['600 MiB', '60 MiB', '400 MiB'],
    });
    // Each PDF kept: 1 MiB more a second. The first quarter ends when 25 are written.
    const growing = samples((i) => (600 + i) * MiB);
    expect(quarterPeaks(growing.node, growing.chromium, 'handouts', 10_000, 110_000)).toEqual({
      first: ['625 MiB', '63 MiB', '400 MiB'],
      last: ['700 MiB', '70 MiB', '400 MiB'],
    });
  });

  it('counts only the step’s own samples and files', () => {
    const { node, chromium } = samples((i) => (i < 50 ? 900 : 600) * MiB);
    // No decks written: no quarters to compare.
    expect(quarterPeaks(node, chromium, 'decks', 60_000, 110_000)).toBeUndefined();
    // A step from second 50: the 900 MiB before it and the 50 files already there are not its own.
    expect(quarterPeaks(node, chromium, 'handouts', 60_000, 110_000)).toEqual({
      first: ['600 MiB', '60 MiB', '400 MiB'],
      last: ['600 MiB', '60 MiB', '400 MiB'],
    });
  });
});
