/**
 * Peak memory of this process while `fn` runs: the resident set size sampled every 10 ms, plus
 * one sample at the end. Sampling can miss a spike shorter than 10 ms; builds run for seconds.
 */
export async function withPeakMemory<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; peakBytes: number }> {
  let peakBytes = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
  }, 10);
  try {
    const result = await fn();
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
    return { result, peakBytes };
  } finally {
    clearInterval(timer);
  }
}

export const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
