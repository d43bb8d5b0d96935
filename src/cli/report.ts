/** The one place errors are printed: a user error as its message, anything else as a bug. */
import { exitCodes, findUserError } from '../core/errors.ts';
import { escapeControls } from '../core/terminal.ts';

// Written straight to stderr: Astro's logger replaces console methods while it builds. A message
// may quote content or arguments, so control characters are shown as escapes, never sent raw.
const print = (text: string) => process.stderr.write(`${escapeControls(text)}\n`);

/** Prints an error the way a user should see it and sets the exit code. Never calls process.exit. */
export function report(error: unknown, debug: boolean): void {
  const userError = findUserError(error);
  if (userError) {
    print(userError.message);
    if (userError.name === 'ContentError')
      print('\nNothing was written. Fix the problems above and run the command again.');
    if (debug) print(String(userError.stack));
    process.exitCode = userError.exitCode ?? exitCodes.user;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    print(`routine-press stopped because of an internal error: ${message}`);
    print(
      debug && error instanceof Error
        ? String(error.stack)
        : 'Run it again with DEBUG=1 to see the details, and report them.',
    );
    process.exitCode = exitCodes.internal;
  }
}
