/** "Did you mean …?" for unknown ids, keys and values. */

function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const list = [...candidates];
  // A clear start of one id ("band-glute" for "band-glute-strength") is as good as a typo.
  const starting = list.filter((c) => lower.length >= 4 && c.toLowerCase().startsWith(lower));
  if (starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of list) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  if (bestScore <= allowed) return best;
  return typedStart(lower, list);
}

/**
 * The one candidate whose start is a word with a typo ("beginer-hip" for
 * "beginner-hip-strength"): the start of the same length, give or take a letter, is 1 edit away.
 */
function typedStart(lower: string, candidates: readonly string[]): string | undefined {
  if (lower.length < 5) return undefined;
  const near = candidates.filter((candidate) => {
    const c = candidate.toLowerCase();
    return [-1, 0, 1].some((d) => distance(lower, c.slice(0, lower.length + d)) <= 1);
  });
  return near.length === 1 ? near[0] : undefined;
}

/** A hint naming the closest candidate, or listing a few when none is close. */
export function didYouMean(word: string, candidates: readonly string[], noun: string): string {
  const match = closest(word, candidates);
  if (match) return `Did you mean "${match}"?`;
  if (candidates.length === 0) return `There are no ${noun}s yet.`;
  const shown = candidates
    .slice(0, 8)
    .map((c) => `"${c}"`)
    .join(', ');
  const more = candidates.length > 8 ? `, and ${candidates.length - 8} more` : '';
  return `Known ${noun}s: ${shown}${more}.`;
}
