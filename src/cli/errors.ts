/**
 * The one way a command fails. A CliError carries a message a person can act on and an exit code;
 * anything else is a bug, shown with its stack only when DEBUG is set.
 */
import { isUserError, markUserError } from '../model/problems.ts';

export const exitCodes = {
  /** Bad content, bad arguments or a missing browser: the user can fix it. */
  user: 1,
  /** A bug in routine-press itself. */
  internal: 2,
} as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? exitCodes.user;
    markUserError(this);
  }
}

const debug = () => Boolean(process.env['DEBUG']);

/** Astro and Vite wrap errors thrown while pages render; find ours inside the cause chain. */
export function findUserError(error: unknown): (Error & { exitCode?: number }) | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (isUserError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// Written straight to stderr: Astro's logger replaces console methods while it builds.
const print = (text: string) => process.stderr.write(`${text}\n`);

/** Prints an error the way a user should see it and sets the exit code. Never calls process.exit. */
export function report(error: unknown): void {
  const userError = findUserError(error);
  if (userError) {
    print(userError.message);
    if (userError.name === 'ContentError')
      print('\nNothing was written. Fix the problems above and run the command again.');
    if (debug()) print(String(userError.stack));
    process.exitCode = userError.exitCode ?? exitCodes.user;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    print(`routine-press stopped because of an internal error: ${message}`);
    print(
      debug() && error instanceof Error
        ? String(error.stack)
        : 'Run it again with DEBUG=1 to see the details, and report them.',
    );
    process.exitCode = exitCodes.internal;
  }
}
