/** A deadline for a wait that has no timeout of its own (page.evaluate, document.fonts.ready). */
import { UserError } from '../core/errors.ts';

/** Resolves like `promise`, or rejects with a UserError naming `what` after `ms` milliseconds. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new UserError(timedOut(what, ms)));
    }, ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The one wording for a timeout, also used when puppeteer's own timeouts fire. */
export function timedOut(what: string, ms: number): string {
  const seconds = ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
  return `${what} did not finish within ${seconds}, so it was stopped. Something in it may be waiting for a file that never arrives; run it again, and if it keeps happening, run with DEBUG=1 and report it.`;
}
