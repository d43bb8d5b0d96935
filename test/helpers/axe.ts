/** axe-core in a page of real Chromium: the one way the site, deck and figure tests check WCAG 2.2 AA. */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { projectRoot } from './cli.ts';

const axePath = path.join(projectRoot, 'node_modules/axe-core/axe.min.js');

/** The rule sets every test runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe on the page as it is now and returns one line per violation: "rule: help at targets".
 * An empty list means no violation. axe is added to the page on first use (as inline script, so a
 * page that may load nothing from outside, such as a deck from file://, can still take it).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Judge colours once they have settled: a chip the finder checks on load fades its background
  // in over 0.15 s, and axe caught it halfway (a flaky contrast failure).
  // A transition never ends while the page is hidden, so the wait has a limit of its own.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished)),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags: string[]) => {
    const result = await (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Details of passing and inapplicable rules are not read; leaving them out takes about a
      // third off each run on a long page. Violations are reported in full either way.
      resultTypes: ['violations'],
    });
    return result.violations;
  }, wcagTags);
  return violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
