/**
 * What the browsers this process started cost, read from /proc (Linux): CPU time (user + system)
 * and memory of every Chromium process under this one (browser, zygotes, GPU, network, renderers),
 * sampled while a build runs. A process's CPU time is its last sample, so a renderer that ends
 * between two samples loses at most one interval; memory is the sum of the processes' PSS
 * (shared pages split between them, so the sum is not inflated by what they share), read every
 * tenth sample (once a second). The watcher itself costs about 0.03 of a core (synchronous reads); it was a third
 * when it read every process on the machine and every PSS each 100 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A file of /proc, or '' when the process is gone. Read at once, not through the thread pool: each
 * read takes microseconds, and a promise and a pool thread for each cost the build more than that.
 */
function readProc(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export interface TreeUsage {
  /** CPU time of every Chromium process seen, in milliseconds. */
  readonly chromiumCpuMs: number;
  /** The largest sum of the Chromium processes' PSS seen in one sample, in bytes. */
  readonly chromiumPeakBytes: number;
  /** How many Chromium processes were seen in all. */
  readonly processes: number;
  /** Every memory sample (about one a second), in order, for memory over time. */
  readonly timeline: readonly TreeSample[];
}

/** One sample of the Chromium processes: when, CPU so far, and memory then. */
export interface TreeSample {
  /** Milliseconds since the watch started. */
  readonly atMs: number;
  /** CPU time of every Chromium process so far, in milliseconds (as `chromiumCpuMs`). */
  readonly cpuMs: number;
  /** The sum of their PSS, in bytes. */
  readonly pssBytes: number;
}

interface Stat {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  /** utime + stime in clock ticks. */
  readonly ticks: number;
}

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every mainstream kernel. */
const ticksPerSecond = 100;

/** PSS is read every this many samples. */
const pssEvery = 10;

function readStat(pid: number): Stat | undefined {
  const text = readProc(`/proc/${pid}/stat`);
  if (!text) return undefined;
  // "pid (name) state ppid …": the name may hold spaces and brackets, so split after its last ")".
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return {
    pid,
    ppid: Number(fields[1]),
    name: text.slice(text.indexOf('(') + 1, close),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

function pssBytes(pid: number): number {
  const text = readProc(`/proc/${pid}/smaps_rollup`);
  const kib = /^Pss:\s+(\d+) kB/m.exec(text)?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

/** The processes a thread of `pid` started: /proc/<pid>/task/<tid>/children lists each thread's own. */
function childrenOf(pid: number, allThreads: boolean): number[] {
  let tasks = [String(pid)];
  if (allThreads)
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  return tasks.flatMap((tid) =>
    readProc(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number),
  );
}

/**
 * The Chromium processes under `root`: descendants of a child whose name says Chrome or Chromium.
 * Found by following each process's children rather than reading every process on the machine:
 * a sample every 100 ms over all of /proc cost the build a third of a core.
 */
function chromiumUnder(root: number): Stat[] {
  const found: Stat[] = [];
  // The builder and the browser start processes from any thread; the others (zygotes) from their
  // main thread, and renderers, the GPU and utility processes start none.
  const walk = (pid: number, depth: number): void => {
    const stats = childrenOf(pid, depth < 2).map((child) => readStat(child));
    const chromium = stats.filter(
      (stat): stat is Stat => stat !== undefined && (depth > 0 || /chrom|msedge/i.test(stat.name)),
    );
    found.push(...chromium);
    for (const stat of chromium) walk(stat.pid, depth + 1);
  };
  walk(root, 0);
  return found;
}

export interface ChromiumWatch {
  /** A sample now (memory too): CPU so far, e.g. at the start and end of a build step. */
  now(): TreeSample;
  stop(): Promise<TreeUsage>;
}

/**
 * Samples the Chromium processes under this process every `intervalMs` until stopped. CPU time
 * counts from the call: what processes already running had spent before is taken off.
 */
export function watchChromium(intervalMs = 100): Promise<ChromiumWatch> {
  const baseline = new Map(chromiumUnder(process.pid).map((s) => [s.pid, s.ticks]));
  const ticks = new Map<number, number>();
  const started = performance.now();
  const timeline: TreeSample[] = [];
  let peak = 0;
  let samples = 0;
  const cpuMs = () => {
    let total = 0;
    for (const [pid, value] of ticks) total += value - (baseline.get(pid) ?? 0);
    return (total / ticksPerSecond) * 1000;
  };
  const sample = (memory = samples++ % pssEvery === 0) => {
    const tree = chromiumUnder(process.pid);
    for (const stat of tree) ticks.set(stat.pid, Math.max(ticks.get(stat.pid) ?? 0, stat.ticks));
    // Memory less often: reading a process's PSS makes the kernel walk all its mappings.
    if (!memory) return;
    const pss = tree.map((stat) => pssBytes(stat.pid)).reduce((sum, bytes) => sum + bytes, 0);
    peak = Math.max(peak, pss);
    timeline.push({ atMs: performance.now() - started, cpuMs: cpuMs(), pssBytes: pss });
  };
  // Each sample is synchronous, so one never overlaps the next.
  const timer = setInterval(() => sample(), intervalMs);
  // Promises, so that callers need not change if sampling ever waits for something.
  return Promise.resolve({
    now() {
      sample(true);
      const last = timeline.at(-1);
      if (!last) throw new Error('A sample with memory was just taken.');
      return last;
    },
    stop() {
      clearInterval(timer);
      sample(true);
      return Promise.resolve({
        chromiumCpuMs: cpuMs(),
        chromiumPeakBytes: peak,
        processes: ticks.size,
        timeline,
      });
    },
  });
}
