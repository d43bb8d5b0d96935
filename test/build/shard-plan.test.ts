/**
 * How a build is cut into shards, on the bundled pack at 3× (synthetic copies): each unit in one
 * shard, the website in shard 1, loads within one unit of each other, and the same split whatever
 * order the units come in.
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/bench/synthetic.ts';
import { assignShards, expectedFiles, workUnits, type WorkUnit } from '../../src/build/shards.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot } from '../helpers/cli.ts';

let work: string;
let units: WorkUnit[];
let library: Awaited<ReturnType<typeof loadLibrary>>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-shard-plan-'));
  await generateSynthetic(path.join(projectRoot, 'routines'), work, { copies: 3 });
  library = await loadLibrary(work);
  units = workUnits([library]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the shard plan', () => {
  it('lists the website, 4 handouts a routine and a unit a deck', () => {
    const routines = Object.keys(library.routines).length;
    const decks = routines + Object.keys(library.decks).length;
    expect(units.filter((u) => u.id.startsWith('handouts/'))).toHaveLength(4 * routines);
    expect(units.filter((u) => u.id.startsWith('decks/'))).toHaveLength(decks);
    expect(units[0]?.id).toBe('website');
  });

  it('gives every unit to one shard, balanced within the largest unit, the same in any order', () => {
    for (const total of [1, 2, 3, 4, 7]) {
      const owner = assignShards(units, total);
      expect(owner.size).toBe(units.length);
      expect(owner.get('website')).toBe(1);
      const load = Array.from({ length: total }, () => 0);
      for (const unit of units) {
        const at = (owner.get(unit.id) ?? 0) - 1;
        load[at] = (load[at] ?? 0) + unit.cost;
      }
      const largest = Math.max(...units.map((u) => u.cost));
      expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(largest);
      expect(assignShards([...units].reverse(), total)).toEqual(owner);
    }
  });

  it('names every file of the build once, with its shard', () => {
    const expected = expectedFiles([library], 3);
    const files = units.flatMap((u) => (u.id === 'website' ? ['site/'] : u.files));
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
    expect(new Set(Object.values(expected))).toEqual(new Set([1, 2, 3]));
  });
});
