/**
 * Progress while rendering: "handouts 12/40". On a terminal one line is rewritten in place; in a
 * log (CI, tests) a line is written about every tenth of the way, so logs stay short.
 */

export interface Progress {
  /** One more document is done. */
  tick(): void;
  /** Ends the line; `note` is added after the count, e.g. "(38 from the cache)". */
  done(note?: string): void;
}

/** Where progress goes: process.stdout, process.stderr, or anything with `write` (tests). */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export function progress(
  label: string,
  total: number,
  stream: ProgressStream = process.stdout,
): Progress {
  let count = 0;
  let lastShown = 0;
  const tty = stream.isTTY ?? false;
  const step = Math.max(1, Math.ceil(total / 10));
  const show = (final: boolean, note = '') => {
    const text = `  ${label} ${count}/${total}${note ? ` ${note}` : ''}`;
    if (tty) stream.write(`\r${text}${final ? '\n' : ''}`);
    else if (final || count - lastShown >= step) stream.write(`${text}\n`);
    lastShown = count;
  };
  return {
    tick() {
      count++;
      if (count < total) show(false);
    },
    done(note) {
      show(true, note);
    },
  };
}
