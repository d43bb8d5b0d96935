/**
 * Progress while rendering: "handouts 12/40". On a terminal one line is rewritten in place. In a
 * log (CI, tests, `npm run build > build.log`) a line is written every tenth of the way and at
 * least every 10 seconds, so a slow document never leaves the log silent (it once stayed empty for
 * 8 minutes) while a fast build still writes only about ten lines.
 */

export interface Progress {
  /** One more document is done. */
  tick(): void;
  /** Ends the line; `note` is added after the count, e.g. "(38 from the cache)". */
  done(note?: string): void;
  /** Stops the clock without a final line (the work failed; its error says why). */
  stop(): void;
}

/** Where progress goes: process.stdout, process.stderr, or anything with `write` (tests). */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

/** The longest a log goes without a progress line, in milliseconds. */
export const quietLimitMs = 10_000;

export function progress(
  label: string,
  total: number,
  stream: ProgressStream = process.stdout,
  quietMs = quietLimitMs,
): Progress {
  let count = 0;
  let lastShown = 0;
  const tty = stream.isTTY ?? false;
  const step = Math.max(1, Math.ceil(total / 10));
  const line = (note = '') => `  ${label} ${count}/${total}${note ? ` ${note}` : ''}`;
  let timer: NodeJS.Timeout | undefined;
  const write = (text: string) => {
    stream.write(text);
    // A line was just written: the quiet time counts from now.
    if (timer) timer.refresh();
  };
  // Only logs need it; unref'd, so it never keeps the process alive on its own.
  if (!tty) timer = setInterval(() => write(`${line()}\n`), quietMs).unref();
  const show = (final: boolean, note = '') => {
    if (tty) write(`\r${line(note)}${final ? '\n' : ''}`);
    else if (final || count - lastShown >= step) {
      write(`${line(note)}\n`);
      lastShown = count;
    }
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  return {
    tick() {
      count++;
      if (count < total) show(false);
    },
    done(note) {
      stop();
      show(true, note);
    },
    stop,
  };
}
