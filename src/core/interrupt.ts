/**
 * What to tidy when the user presses Ctrl-C (SIGINT) or the system asks the process to stop
 * (SIGTERM, SIGHUP). Each part of a run registers its own cleanup (a staging folder, a browser and
 * its profile, a lock); one handler runs them all, then stops the process with the same signal, so
 * the shell still sees "interrupted". A cleanup must only remove what this process made: the old
 * output is never touched here. After SIGKILL nothing runs: the next start sweeps instead.
 */

type Cleanup = () => Promise<void> | void;

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const cleanups = new Set<Cleanup>();
/** A cleanup that hangs must not keep a process the user asked to stop. */
const cleanupLimitMs = 5_000;
let stopping = false;

async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  const all = [...cleanups].map(async (cleanup) => cleanup());
  const limit = new Promise((resolve) => setTimeout(resolve, cleanupLimitMs).unref());
  await Promise.race([Promise.allSettled(all), limit]);
  for (const name of signals) process.off(name, onSignal);
  process.kill(process.pid, signal);
}

function onSignal(signal: NodeJS.Signals): void {
  void stop(signal);
}

/** Runs `cleanup` if the process is interrupted; the returned function unregisters it. */
export function whenInterrupted(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) for (const name of signals) process.on(name, onSignal);
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0 && !stopping) for (const name of signals) process.off(name, onSignal);
  };
}

/**
 * Work that would publish results calls this first. Once a stop signal arrived it never settles:
 * the signal handler tidies up and ends the process, and no error is reported on the way out.
 */
export async function haltIfInterrupted(): Promise<void> {
  if (stopping) await new Promise<never>(() => undefined);
}
