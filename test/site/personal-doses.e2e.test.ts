/**
 * Issue 12: a personal handout's QR link (`#dose=clamshell:3x15`, see test/handouts/handout-cli)
 * opens the routine page, whose script shows those doses on the cards in the handout's words.
 */
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from '../../src/pdf/browser.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixturesRoot } from '../helpers/fixtures.ts';
import { buildAndServe, type TestSite } from './helpers.ts';
import path from 'node:path';

let site: TestSite;
let browser: BrowserContext | undefined;
beforeAll(async () => {
  site = await buildAndServe('personal-doses', path.join(fixturesRoot, 'valid'));
  browser = await testBrowser();
}, 240_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
});

async function cardDoses(hash: string) {
  if (!browser) throw new Error('no browser');
  return withPage(browser, async (page) => {
    await page.goto(`${site.url}routines/side-hip-starter/${hash}`, { waitUntil: 'load' });
    return page.evaluate(() => ({
      doses: [
        ...document.querySelectorAll(
          '#section-main ~ .exercise-card, .routine-section .exercise-card',
        ),
      ].map(
        (card) =>
          `${card.id}: ${card.querySelector('.exercise-card__dose strong')?.textContent ?? ''}`,
      ),
      note: document.querySelector<HTMLElement>('[data-personal-doses]')?.hidden ?? null,
    }));
  });
}

describe('the routine page opened from a personal QR code', () => {
  it('shows the doses in the link, and the routine doses without one', async () => {
    const plain = await cardDoses('');
    expect(plain.doses).toContain(
      'main-1-clamshell: 2 sets of 12 on each side, once a day, 3 days a week.',
    );
    expect(plain.note).toBe(true);
    const personal = await cardDoses('#dose=clamshell:3x15');
    expect(personal.doses).toContain(
      'main-1-clamshell: 3 sets of 15 on each side, once a day, 3 days a week.',
    );
    // The other cards keep the routine's doses, and a note says these are the clinician's.
    expect(personal.doses.filter((d) => !d.startsWith('main-1-'))).toEqual(
      plain.doses.filter((d) => !d.startsWith('main-1-')),
    );
    expect(personal.note).toBe(false);
  });
});
