/**
 * What the browsers this process started cost, read from /proc (Linux): CPU time (user + system)
 * and memory of every Chromium process under this one (browser, zygotes, GPU, network, renderers),
 * sampled while a build runs. A process's CPU time is its last sample, so a renderer that ends
 * between two samples loses at most one interval; memory is the sum of the processes' PSS
 * (shared pages split between them, so the sum is not inflated by what they share), read every
 * tenth sample (once a second). The watcher itself costs under a tenth of a core; it was a third
 * when it read every process on the machine and every PSS each 100 ms.
 */
import { readdir, readFile } from 'node:fs/promises';

export interface TreeUsage {
  /** CPU time of every Chromium process seen, in milliseconds. */
  readonly chromiumCpuMs: number;
  /** The largest sum of the Chromium processes' PSS seen in one sample, in bytes. */
  readonly chromiumPeakBytes: number;
  /** How many Chromium processes were seen in all. */
  readonly processes: number;
}

interface Stat {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  /** utime + stime in clock ticks. */
  readonly ticks: number;
  readonly threads: number;
}

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every mainstream kernel. */
const ticksPerSecond = 100;

/** PSS is read every this many samples. */
const pssEvery = 10;

async function readStat(pid: number): Promise<Stat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  // "pid (name) state ppid …": the name may hold spaces and brackets, so split after its last ")".
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return {
    pid,
    ppid: Number(fields[1]),
    name: text.slice(text.indexOf('(') + 1, close),
    ticks: Number(fields[11]) + Number(fields[12]),
    threads: Number(fields[17]),
  };
}

async function pssBytes(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kib = /^Pss:\s+(\d+) kB/m.exec(text)?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

/** The processes a thread of `pid` started: /proc/<pid>/task/<tid>/children lists each thread's own. */
async function childrenOf(pid: number, threads: number): Promise<number[]> {
  const tasks = threads === 1 ? [String(pid)] : await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(
    tasks.map((tid) => readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => '')),
  );
  return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number));
}

/**
 * The Chromium processes under `root`: descendants of a child whose name says Chrome or Chromium.
 * Found by following each process's children rather than reading every process on the machine:
 * a sample every 100 ms over all of /proc cost the build a third of a core.
 */
async function chromiumUnder(root: number): Promise<Stat[]> {
  const found: Stat[] = [];
  const walk = async (pid: number, inside: boolean, threads: number): Promise<void> => {
    const stats = await Promise.all(
      (await childrenOf(pid, threads)).map((child) => readStat(child)),
    );
    const chromium = stats.filter(
      (stat): stat is Stat => stat !== undefined && (inside || /chrom|msedge/i.test(stat.name)),
    );
    found.push(...chromium);
    // Renderers, the GPU and utility processes start none: only the browser and its zygotes do.
    await Promise.all(
      chromium
        .filter((stat) => !inside || stat.threads === 1)
        .map((stat) => walk(stat.pid, true, stat.threads)),
    );
  };
  await walk(root, false, 2);
  return found;
}

/**
 * Samples the Chromium processes under this process every `intervalMs` until stopped. CPU time
 * counts from the call: what processes already running had spent before is taken off.
 */
export async function watchChromium(intervalMs = 100): Promise<{ stop(): Promise<TreeUsage> }> {
  const baseline = new Map((await chromiumUnder(process.pid)).map((s) => [s.pid, s.ticks]));
  const ticks = new Map<number, number>();
  let peak = 0;
  let samples = 0;
  let sampling: Promise<void> = Promise.resolve();
  const sample = async (memory = samples++ % pssEvery === 0) => {
    const tree = await chromiumUnder(process.pid);
    for (const stat of tree) ticks.set(stat.pid, Math.max(ticks.get(stat.pid) ?? 0, stat.ticks));
    // Memory less often: reading a process's PSS makes the kernel walk all its mappings.
    if (!memory) return;
    const pss = await Promise.all(tree.map((stat) => pssBytes(stat.pid)));
    peak = Math.max(
      peak,
      pss.reduce((sum, bytes) => sum + bytes, 0),
    );
  };
  // One sample at a time: a slow /proc read never stacks up behind the next.
  const timer = setInterval(() => {
    sampling = sampling.then(() => sample());
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      await sample(true);
      let total = 0;
      for (const [pid, value] of ticks) total += value - (baseline.get(pid) ?? 0);
      return {
        chromiumCpuMs: (total / ticksPerSecond) * 1000,
        chromiumPeakBytes: peak,
        processes: ticks.size,
      };
    },
  };
}
