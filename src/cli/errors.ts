/**
 * The one way a command fails. A CliError carries a message a person can act on and an exit code;
 * anything else is a bug, shown with its stack only when DEBUG is set.
 */
import { ContentError } from '../model/problems.ts';

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
  }
}

const debug = () => Boolean(process.env['DEBUG']);

/** Prints an error the way a user should see it and sets the exit code. Never calls process.exit. */
export function report(error: unknown): void {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error('\nNothing was written. Fix the problems above and run the command again.');
    process.exitCode = exitCodes.user;
  } else if (error instanceof CliError) {
    console.error(error.message);
    if (debug() && error.cause) console.error(error.cause);
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`routine-press stopped because of an internal error: ${message}`);
    console.error(debug() ? error : 'Run it again with DEBUG=1 to see the details, and report them.');
    process.exitCode = exitCodes.internal;
  }
}
