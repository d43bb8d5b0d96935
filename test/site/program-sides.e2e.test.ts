/**
 * Issue 14's safety bug, in Chromium on the bundled site: a program whose clamshell is for the
 * right side only and side plank for the left only. Its patient page and its follow-along view say
 * the side and "Do not switch sides." where the exercise's own step says to switch; an exercise for
 * both sides keeps that step. The same in Spanish. A skater hop, whose sides take turns, cannot be
 * given one side: a link that does says so and does both; the builder's side picker is disabled.
 * The pages hold none of the library's exercises: they fetch the parts of their program's own, and
 * say so when one cannot be had.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, es } from '../../src/domain/catalog/index.ts';
import { pagePath } from '../../src/domain/links.ts';
import { programFragment } from '../../src/domain/program-link.ts';
import type { ProgramInput } from '../../src/model/schema/program.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

let site: TestSite;
let browser: BrowserContext | undefined;
beforeAll(async () => {
  site = await buildAndServe('program-sides');
  browser = await testBrowser();
}, 300_000);
afterAll(async () => {
  await releaseBrowser(browser);
  await site.close();
});

const program: ProgramInput = {
  format: 1,
  title: 'One side at a time',
  daysPerWeek: 3,
  items: [
    { exercise: 'clamshell', side: 'right' },
    { exercise: 'side-plank', side: 'left' },
    { exercise: 'side-lying-leg-raise' },
  ],
};

/** Each exercise on the page: its card's text before the steps, and its steps. */
function cards(
  page: Page,
  item: string,
  steps: string,
): Promise<{ head: string; steps: string[] }[]> {
  return page.$$eval(
    item,
    (entries, steps) =>
      entries.map((entry) => ({
        head: [...entry.querySelectorAll('p')].map((p) => p.textContent.trim()).join(' '),
        steps: [...entry.querySelectorAll(steps)].map((li) => li.textContent.trim()),
      })),
    steps,
  );
}

async function open(
  address: string,
  opened: ProgramInput = program,
): Promise<{ page: Page; outside: string[]; parts: string[] }> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage();
  const outside = watchRequests(page, site.url);
  // The parts the page asks for, by folder and file: "builder/exercises/clamshell.json".
  const parts: string[] = [];
  page.on('request', (request) => {
    const part = /(builder\/\w+|program\/cards)\/[^/]+\.json$/.exec(request.url());
    if (part) parts.push(part[0]);
  });
  await page.goto(`${site.url}${address}${await programFragment(opened)}`, { waitUntil: 'load' });
  return { page, outside, parts };
}

describe("the program's pages", () => {
  const own = ['clamshell', 'side-plank', 'side-lying-leg-raise'];
  it('hold none of the exercises, and fetch only the parts of the program', async () => {
    const others = Object.values(site.library.exercises).filter((x) => !own.includes(x.id));
    expect(others.length).toBeGreaterThan(30);
    const drills = new Set(
      Object.values(site.library.warmups).flatMap((w) =>
        w.phases.flatMap((p) => p.drills.map((d) => d.exercise)),
      ),
    );
    for (const page of [pagePath.program(), pagePath.programFollow()]) {
      const html = await readFile(path.join(site.root, page, 'index.html'), 'utf8');
      // Not a card, a name or a step of any exercise, in the program or not.
      expect(html).not.toContain('data-follow-card');
      for (const exercise of Object.values(site.library.exercises)) {
        // The warm-ups are in the page, and name their drills by id.
        if (!drills.has(exercise.id)) expect(html, page).not.toContain(`"${exercise.id}"`);
        expect(html, page).not.toContain(exercise.steps[0]);
      }
      // At the bundled size, a few kilobytes of page.
      expect(html.length, page).toBeLessThan(60_000);
    }
    const { page, parts } = await open(pagePath.programFollow());
    try {
      await page.waitForSelector('[data-follow-steps] .exercise-card');
      expect(parts.sort()).toEqual(
        [
          ...own.map((id) => `builder/exercises/${id}.json`),
          ...own.map((id) => `program/cards/${id}.json`),
        ].sort(),
      );
    } finally {
      await page.close();
    }
  }, 60_000);

  it('name an exercise whose part the site does not have, and show the rest', async () => {
    const withOld: ProgramInput = {
      ...program,
      items: [...program.items, { exercise: 'old-move' }],
    };
    for (const address of [pagePath.program(), pagePath.programFollow()]) {
      const { page, outside } = await open(address, withOld);
      try {
        await page.waitForSelector('[data-program-problems-box]:not([hidden])');
        expect(
          await page.$$eval('[data-program-problems] li', (l) => l.map((e) => e.textContent)),
        ).toEqual([
          'The details of "old-move" are missing or damaged on this site, so they were left out. Reload the page. If this happens again, tell your clinician.',
        ]);
        const names = await page.$$eval(
          address === pagePath.program()
            ? '[data-program-items] h2'
            : '[data-follow-steps] .exercise-card__name',
          (l) => l.map((e) => e.textContent.trim()),
        );
        expect(names, address).toHaveLength(3);
        expect(outside).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);
});

describe.each([
  {
    language: 'en',
    prefix: '',
    catalog: en,
    // The exercises' own words for it ("Do not switch sides." is not one).
    switchWords: /then .*switch sides|do the other side/i,
  },
  {
    language: 'es',
    prefix: 'es/',
    catalog: es,
    switchWords: /luego .*cambia de lado|haz el otro lado/i,
  },
])('a program for one side, in $language', ({ prefix, catalog, switchWords }) => {
  const { left, right } = catalog.program.sides;
  const instead = catalog.card.oneSide;
  it('on the patient page says the side and not to switch', async () => {
    const { page, outside } = await open(`${prefix}${pagePath.program()}`);
    try {
      await page.waitForSelector('[data-program]:not([hidden])');
      const [clamshell, plank, raise] = await cards(
        page,
        '[data-program-items] > li',
        ':scope > ol > li',
      );
      expect(clamshell?.head).toContain(right);
      expect(clamshell?.steps.at(-1)).toBe(instead);
      expect(plank?.head).toContain(left);
      expect(plank?.steps[5]).toBe(instead);
      expect(plank?.steps).toHaveLength(7);
      for (const one of [clamshell, plank])
        expect(one?.steps.filter((s) => switchWords.test(s))).toEqual([]);
      // Both sides: the step that says to switch is still there.
      expect(raise?.steps.filter((s) => switchWords.test(s))).toHaveLength(1);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('in the follow-along view says the side and not to switch', async () => {
    const { page, outside } = await open(`${prefix}${pagePath.programFollow()}`);
    try {
      await page.waitForSelector('[data-follow-steps] .exercise-card');
      const all = await cards(page, '[data-follow-steps] > li', '.exercise-card__steps > li');
      // The warm-up is none: the three exercises in order.
      const [clamshell, plank, raise] = all.slice(-3);
      expect(clamshell?.head).toContain(right);
      expect(clamshell?.steps.at(-1)).toBe(instead);
      expect(plank?.head).toContain(left);
      expect(plank?.steps[5]).toBe(instead);
      for (const one of [clamshell, plank])
        expect(one?.steps.filter((s) => switchWords.test(s))).toEqual([]);
      expect(raise?.steps.filter((s) => switchWords.test(s))).toHaveLength(1);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

/** A link that sets the skater hop (its sides take turns: `dose.alternates`) to the left only. */
const hops: ProgramInput = {
  format: 1,
  title: 'Hops',
  daysPerWeek: 3,
  items: [
    { exercise: 'clamshell', side: 'right' },
    { exercise: 'skater-hop', side: 'left' },
  ],
};

describe.each([
  { language: 'en', prefix: '', catalog: en, hop: 'Skater hop' },
  { language: 'es', prefix: 'es/', catalog: es, hop: 'Salto de patinador' },
])('an exercise whose sides take turns, in $language', ({ prefix, catalog, hop }) => {
  const message = catalog.program.check.alternates.replace('{n}', '2').replace('{name}', hop);

  it('in the builder: says so, does both sides, keeps the rest, and offers no one side', async () => {
    const { page, outside } = await open(`${prefix}${pagePath.builder()}`, hops);
    try {
      await page.waitForSelector('[data-builder-problems-box]:not([hidden])');
      const problems = await page.$$eval('[data-builder-problems] li', (li) =>
        li.map((x) => x.textContent.trim()),
      );
      expect(problems).toEqual([message]);
      const side = (n: number) =>
        page.$eval(`select[name="side-${n}"]`, (select) => ({
          value: select.value,
          disabled: select.disabled,
          why: document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent,
        }));
      expect(await side(0)).toEqual({ value: 'right', disabled: false, why: undefined });
      expect(await side(1)).toEqual({
        value: 'both',
        disabled: true,
        why: catalog.program.builder.alternates,
      });
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('on the patient page: says so and shows both exercises', async () => {
    const { page, outside } = await open(`${prefix}${pagePath.program()}`, hops);
    try {
      await page.waitForSelector('[data-program]:not([hidden])');
      const problems = await page.$$eval('[data-program-problems] li', (li) =>
        li.map((x) => x.textContent.trim()),
      );
      expect(problems).toEqual([message]);
      const [clamshell, skater] = await cards(
        page,
        '[data-program-items] > li',
        ':scope > ol > li',
      );
      expect(clamshell?.head).toContain(catalog.program.sides.right);
      expect(skater?.head).not.toContain(catalog.program.sides.left);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('a figure that shows the other side', () => {
  it('is turned to the side a program item works in the follow-along view', async () => {
    // Both files draw the right leg (figure.side: right); the march is for the left side only.
    const sides: ProgramInput = {
      format: 1,
      title: 'Left hip',
      daysPerWeek: 3,
      items: [
        { exercise: 'banded-hip-march', side: 'left' },
        { exercise: 'step-up', side: 'right' },
      ],
    };
    const { page, outside } = await open(pagePath.programFollow(), sides);
    try {
      await page.waitForSelector('[data-follow-steps] .exercise-card');
      const figures = await page.$$eval('[data-follow-steps] .exercise-card', (cards) =>
        cards.map((card) =>
          [...card.querySelectorAll('.exercise-figure--end img')].map((img) => ({
            alt: img.getAttribute('alt') ?? '',
            src: img.getAttribute('src') ?? '',
          })),
        ),
      );
      const [march, stepUp] = figures.slice(-2).map((f) => f[0]);
      expect(march?.alt).toContain('left leg highlighted');
      expect(stepUp?.alt).toContain('right leg highlighted');
      // The turned drawing is a file of the site, like the others.
      const status = await page.evaluate(
        async (src) => (await fetch(src)).status,
        march?.src ?? '',
      );
      expect(status).toBe(200);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
