/** The runner's log in storage: add, weeks, days this week, export and a checked import. */
import { describe, expect, it } from 'vitest';
import {
  addSession,
  clearLog,
  daysThisWeek,
  exportLog,
  importLog,
  readLog,
  sessionsPerWeek,
  type LoggedSession,
} from '../../src/site/log-store.ts';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const session = (at: string, pain = 2): LoggedSession => ({
  routine: 'side-hip-starter',
  title: 'Side hips',
  at,
  pain,
  effort: 1,
  done: 5,
  steps: 5,
});

describe('the log', () => {
  it('keeps sessions oldest first and counts them by week and by day', () => {
    const storage = memoryStorage();
    addSession(storage, session('2026-12-03T08:00:00'));
    addSession(storage, session('2026-12-01T08:00:00'));
    addSession(storage, session('2026-12-01T18:00:00'));
    addSession(storage, session('2026-11-25T08:00:00'));
    expect(readLog(storage).map((s) => s.at.slice(0, 10))).toEqual([
      '2026-11-25',
      '2026-12-01',
      '2026-12-01',
      '2026-12-03',
    ]);
    const today = new Date('2026-12-03T12:00:00');
    expect(sessionsPerWeek(readLog(storage), today, 3).map((w) => w.count)).toEqual([0, 1, 3]);
    expect(daysThisWeek(readLog(storage), 'side-hip-starter', today)).toBe(2);
    clearLog(storage);
    expect(readLog(storage)).toEqual([]);
  });

  it('imports its own file without repeats, and refuses anything else without changing the log', () => {
    const storage = memoryStorage();
    addSession(storage, session('2026-12-01T08:00:00'));
    const file = exportLog([session('2026-12-01T08:00:00'), session('2026-12-02T08:00:00', 6)]);
    expect(importLog(storage, file)).toBe(1);
    expect(readLog(storage).map((s) => s.pain)).toEqual([2, 6]);
    const badPain = file.replace('"pain": 6', '"pain": 11');
    expect(importLog(storage, badPain)).toBeNull();
    expect(importLog(storage, '{"sessions": []}')).toBeNull();
    expect(importLog(storage, 'not json')).toBeNull();
    expect(readLog(storage)).toHaveLength(2);
  });
});
