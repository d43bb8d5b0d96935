/**
 * The runner's log, kept in this browser only (`localStorage`), never sent: one entry a finished
 * session with its pain score and how hard it felt. Export and import use a small JSON file, and
 * import checks every entry, so a wrong file changes nothing.
 */

export interface LoggedSession {
  readonly routine: string;
  readonly title: string;
  /** When it was saved: an ISO date and time. */
  readonly at: string;
  /** Pain 0–10 at the end of the session. */
  readonly pain: number;
  /** How hard it felt: 0 easy … 3 too hard. */
  readonly effort: number;
  /** Steps done of the routine's steps (skipped ones not counted). */
  readonly done: number;
  readonly steps: number;
  /** Days a week asked for, saved with a program's session (a routine's come from its page). */
  readonly daysPerWeek?: number;
}

export const storageKey = 'routine-press:log';
const fileFormat = 'routine-press-log';

function isWhole(value: unknown, from: number, to: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= from && value <= to;
}

/** One entry as read from storage or a file, or null when it is not a session. */
export function asSession(value: unknown): LoggedSession | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v['routine'] === 'string' &&
    typeof v['title'] === 'string' &&
    typeof v['at'] === 'string' &&
    !Number.isNaN(Date.parse(v['at'])) &&
    isWhole(v['pain'], 0, 10) &&
    isWhole(v['effort'], 0, 3) &&
    isWhole(v['done'], 0, 1000) &&
    isWhole(v['steps'], 0, 1000) &&
    (v['daysPerWeek'] === undefined || isWhole(v['daysPerWeek'], 1, 7));
  if (!ok) return null;
  const { routine, title, at, pain, effort, done, steps, daysPerWeek } =
    v as unknown as LoggedSession;
  return {
    routine,
    title,
    at,
    pain,
    effort,
    done,
    steps,
    ...(daysPerWeek === undefined ? {} : { daysPerWeek }),
  };
}

/** Sessions, oldest first. */
function sorted(sessions: readonly LoggedSession[]): LoggedSession[] {
  return [...sessions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function readLog(storage: Storage): LoggedSession[] {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return sorted(parsed.map(asSession).filter((s): s is LoggedSession => s !== null));
  } catch {
    return [];
  }
}

function write(storage: Storage, sessions: readonly LoggedSession[]): void {
  storage.setItem(storageKey, JSON.stringify(sorted(sessions)));
}

export function addSession(storage: Storage, session: LoggedSession): void {
  write(storage, [...readLog(storage), session]);
}

export function clearLog(storage: Storage): void {
  storage.removeItem(storageKey);
}

/** The log as a file's text. */
export function exportLog(sessions: readonly LoggedSession[]): string {
  return `${JSON.stringify({ format: fileFormat, version: 1, sessions }, null, 2)}\n`;
}

/**
 * Adds a file's sessions to the log (one already there, by time and routine, is not added twice).
 * Returns how many were added, or null when the file is not a log: then nothing changes.
 */
export function importLog(storage: Storage, text: string): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const file = parsed as { format?: unknown; sessions?: unknown } | null;
  if (file?.format !== fileFormat || !Array.isArray(file.sessions)) return null;
  const incoming = file.sessions.map(asSession);
  if (incoming.some((s) => s === null)) return null;
  const have = readLog(storage);
  const key = (s: LoggedSession) => `${s.at} ${s.routine}`;
  const seen = new Set(have.map(key));
  const added = (incoming as LoggedSession[]).filter((s) => !seen.has(key(s)));
  write(storage, [...have, ...added]);
  return added.length;
}

/** Monday 00:00 local time of the week a date falls in. */
export function weekStart(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

/** Sessions in each of the last `weeks` weeks up to `today`, oldest first. */
export function sessionsPerWeek(
  sessions: readonly LoggedSession[],
  today: Date,
  weeks = 8,
): { start: Date; count: number }[] {
  const thisWeek = weekStart(today);
  return Array.from({ length: weeks }, (_, i) => {
    const start = new Date(thisWeek);
    start.setDate(start.getDate() - 7 * (weeks - 1 - i));
    const end = new Date(start);
    end.setDate(end.getDate() + 7);
    const count = sessions.filter((s) => {
      const at = new Date(s.at);
      return at >= start && at < end;
    }).length;
    return { start, count };
  });
}

/** Different days this week on which a routine was done. */
export function daysThisWeek(
  sessions: readonly LoggedSession[],
  routine: string,
  today: Date,
): number {
  const start = weekStart(today);
  const days = new Set(
    sessions
      .filter((s) => s.routine === routine && new Date(s.at) >= start)
      .map((s) => new Date(s.at).toDateString()),
  );
  return days.size;
}
