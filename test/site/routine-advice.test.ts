/**
 * Issue 12: the routine page shows what its handout says about running and daily life, from the
 * conditions it is for (the handout test proves the handout side, test/handouts/bundled.test.ts).
 * Read from the built page's HTML, the text a reader sees.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { sixBuild } from '../handouts/content.ts';

/** The website of the run's one `npm run build` of the six-exercise library. */
let root: string;
let library: Library;
beforeAll(async () => {
  // The six-exercise library: its outer-hip condition has running, clinician and everyday advice.
  const built = await sixBuild();
  expect(built.result.code, built.result.stderr).toBe(0);
  root = path.join(built.output, 'site');
  library = await loadLibrary(built.content);
}, 240_000);

/** The page's text without tags, scripts and styles, whitespace collapsed. */
async function pageText(routine: string): Promise<string> {
  const html = await readFile(path.join(root, 'routines', routine, 'index.html'), 'utf8');
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('a routine page', () => {
  it("shows its conditions' running and everyday advice, in the handout's words and order", async () => {
    const condition = library.conditions['trochanteric-bursitis'];
    if (!condition?.everyday) throw new Error('the fixture condition lost its everyday advice');
    const text = await pageText('six-move-hips');
    const expected = [
      'Running and daily life',
      'If you have sore outer hip:',
      `Running: ${condition.running.advice}`,
      `See a clinician: ${condition.running.seeClinician}`,
      `In bed: ${condition.everyday.sleeping ?? ''}`,
      `Sitting: ${condition.everyday.sitting ?? ''}`,
    ];
    const at = expected.map((line) => text.indexOf(line));
    expect(
      at.filter((i) => i < 0),
      `missing from the page: ${text.slice(0, 400)}`,
    ).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Before the exercises, as on the handout's first page.
    expect(at.at(-1)).toBeLessThan(text.indexOf('Clamshell'));
  });

  it('shows it on the page of every routine for that condition', async () => {
    const routines = Object.values(library.routines).filter((r) =>
      r.conditions.includes('trochanteric-bursitis'),
    );
    expect(routines.length).toBeGreaterThan(1);
    for (const routine of routines)
      expect(await pageText(routine.id), routine.id).toContain(
        'Running: Run less, on flat ground, until it settles.',
      );
  });
});
