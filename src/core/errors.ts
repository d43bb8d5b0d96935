/**
 * The one way a command fails. A UserError carries a message a person can act on and an exit code;
 * anything else is a bug, shown with its stack only when DEBUG is set (see src/cli/report.ts).
 */
import { isUserError, markUserError } from './problems.ts';

export const exitCodes = {
  /** Bad content, bad arguments or a missing browser: the user can fix it. */
  user: 1,
  /** A bug in routine-press itself. */
  internal: 2,
} as const;

export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? exitCodes.user;
    markUserError(this);
  }
}

/** Astro and Vite wrap errors thrown while pages render; find ours inside the cause chain. */
export function findUserError(error: unknown): (Error & { exitCode?: number }) | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (isUserError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
