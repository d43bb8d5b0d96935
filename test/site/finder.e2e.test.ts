/**
 * The routine finder in real Chromium, on a fixture library whose routines differ in every facet.
 * Expected results and counts are worked out here straight from the Library, not through the
 * finder's own code.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library, Routine } from '../../src/model/library.ts';
import { bodyAreaInfo } from '../../src/model/schema/body-area.ts';
import { en } from '../../src/domain/catalog/en.ts';
import { normalise, wordMatches, wordsOf } from '../../src/site/finder-core.ts';
import { withPage } from '../../src/pdf/browser.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { fixturesRoot } from '../helpers/fixtures.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';

interface Filters {
  time?: number | undefined;
  have?: string[] | undefined;
  level?: string | undefined;
  q?: string | undefined;
}

/**
 * What the finder should show, worked out from the routines themselves: the search reads titles,
 * exercise names and aliases, and what runners call the routine's conditions and body areas; a
 * typed word matches a word as wordMatches says (tested on its own in search.test.ts).
 */
function expected(library: Library, filters: Filters): Routine[] {
  const typed = wordsOf(normalise(filters.q ?? ''));
  return Object.values(library.routines).filter((r) => {
    const names = [...r.warmUp.items, ...r.main, ...r.coolDown].flatMap((i) => {
      const x = library.exercises[i.exercise];
      return x ? [x.name, x.alias] : [];
    });
    const conditions = r.conditions.flatMap((id) => {
      const c = library.conditions[id];
      return c ? [c.plainName, c.name, ...c.alsoCalled] : [];
    });
    const areas = r.areas.flatMap((a) => [en.areas[a], ...bodyAreaInfo[a].alsoCalled]);
    const words = wordsOf(normalise([r.title, ...names, ...conditions, ...areas].join(' ')));
    return (
      (filters.time === undefined || r.minutes <= filters.time) &&
      (filters.have === undefined || r.equipment.every((e) => filters.have?.includes(e))) &&
      (filters.level === undefined || r.level === filters.level) &&
      typed.every((t) => words.some((w) => wordMatches(t, w)))
    );
  });
}

/** Every count the finder should show for these filters: the result of picking each value. */
function expectedCounts(library: Library, filters: Filters): Record<string, number> {
  const counts: Record<string, number> = {};
  const n = (f: Filters) => expected(library, f).length;
  counts['time:'] = n({ ...filters, time: undefined });
  // The fixture's routines all take 30 minutes or less: 10 and 20 split them, 45 would not.
  for (const t of [10, 20]) counts[`time:${t}`] = n({ ...filters, time: t });
  const equipment = new Set(Object.values(library.routines).flatMap((r) => r.equipment));
  counts['have:none'] = n({ ...filters, have: [] });
  for (const e of equipment)
    counts[`have:${e}`] = n({ ...filters, have: [...(filters.have ?? []), e] });
  counts['level:'] = n({ ...filters, level: undefined });
  for (const level of new Set(Object.values(library.routines).map((r) => r.level)))
    counts[`level:${level}`] = n({ ...filters, level });
  return counts;
}

interface Shown {
  readonly url: string;
  readonly titles: string[];
  readonly counts: Record<string, number>;
  readonly checked: string[];
  readonly status: string;
}

/** What the page shows right now. */
async function shown(page: Page, keys: string[]): Promise<Shown> {
  const data = await page.evaluate((wanted: string[]) => {
    const counts: Record<string, number> = {};
    for (const key of wanted) {
      const el = document.querySelector(`[data-count="${key}"]`);
      if (el) counts[key] = Number(el.textContent);
    }
    return {
      titles: [...document.querySelectorAll<HTMLElement>('[data-finder-item]')]
        .filter((li) => li.offsetParent !== null)
        .map((li) => li.querySelector('h3')?.textContent.trim() ?? ''),
      counts,
      checked: [...document.querySelectorAll<HTMLInputElement>('#finder-form input:checked')]
        .map((i) => i.id)
        .sort(),
      status: document.querySelector('[data-finder-status]')?.textContent ?? '',
    };
  }, keys);
  return { url: page.url(), ...data };
}

const titles = (routines: Routine[]) => routines.map((r) => r.title).sort();

describe('the routine finder', () => {
  let site: TestSite;
  let browser: BrowserContext;
  let content: string;
  const outside: string[] = [];

  beforeAll(async () => {
    content = path.join(await mkdtemp(path.join(os.tmpdir(), 'routine-press-finder-')), 'routines');
    await cp(path.join(fixturesRoot, 'valid'), content, { recursive: true });
    await cp(path.join(import.meta.dirname, 'fixtures/finder'), content, { recursive: true });
    site = await buildAndServe('finder', content);
    browser = await testBrowser();
  });

  afterAll(async () => {
    await releaseBrowser(browser);
    await site.close();
    await rm(path.dirname(content), { recursive: true, force: true });
  });

  /** Opens a finder page, watching for requests that leave the test server. */
  const open = <T>(query: string, fn: (page: Page) => Promise<T>, js = true) =>
    withPage(browser, async (page) => {
      await page.setJavaScriptEnabled(js);
      outside.push(...watchRequests(page, site.url));
      await page.goto(`${site.url}${query}`, { waitUntil: 'load' });
      return fn(page);
    });

  const countKeys = () => Object.keys(expectedCounts(site.library, {}));

  it('counts what each click gives, as worked out from the library', async () => {
    await open('', async (page) => {
      const steps: [string, Filters][] = [
        ['#finder-time-20', { time: 20 }],
        ['#finder-have-resistance-band', { time: 20, have: ['resistance-band'] }],
        [
          '#finder-level-intermediate',
          { time: 20, have: ['resistance-band'], level: 'intermediate' },
        ],
        ['#finder-time-any', { have: ['resistance-band'], level: 'intermediate' }],
      ];
      const now = await shown(page, countKeys());
      expect(now.titles.sort()).toEqual(titles(expected(site.library, {})));
      expect(now.counts).toEqual(expectedCounts(site.library, {}));
      for (const [selector, filters] of steps) {
        // "Level" sits under "More filters"; open it like a person would.
        if (selector.includes('level')) await page.click('[data-finder-more] summary');
        await page.click(`label[for="${selector.slice(1)}"]`);
        const after = await shown(page, countKeys());
        expect(after.titles.sort(), selector).toEqual(titles(expected(site.library, filters)));
        expect(after.counts, selector).toEqual(expectedCounts(site.library, filters));
      }
      // At least one step must narrow the list, or this test would prove little.
      expect(expected(site.library, steps[1]?.[1] ?? {}).length).toBeLessThan(
        Object.keys(site.library.routines).length,
      );
    });
  });

  it('keeps the filters in the URL in a fixed order, and a reload gives the same view', async () => {
    const first = await open('', async (page) => {
      await page.click('label[for="finder-have-resistance-band"]');
      await page.click('label[for="finder-time-20"]');
      return shown(page, countKeys());
    });
    expect(new URL(first.url).search).toBe('?time=20&have=resistance-band');
    const reloaded = await open('?have=resistance-band&time=20', (page) =>
      shown(page, countKeys()),
    );
    expect(reloaded).toEqual(first);
  });

  it('restores each step with back and forward', async () => {
    await open('', async (page) => {
      const states: Shown[] = [await shown(page, countKeys())];
      for (const id of ['finder-time-10', 'finder-have-none', 'finder-time-any']) {
        await page.click(`label[for="${id}"]`);
        states.push(await shown(page, countKeys()));
      }
      await page.goBack();
      expect(await shown(page, countKeys())).toEqual(states[2]);
      await page.goBack();
      expect(await shown(page, countKeys())).toEqual(states[1]);
      await page.goForward();
      expect(await shown(page, countKeys())).toEqual(states[2]);
    });
  });

  it('searches names and aliases of the routines and their exercises', async () => {
    await open('', async (page) => {
      const before = await shown(page, countKeys());
      const entries = await page.evaluate(() => history.length);
      await page.type('#finder-q', 'side walk');
      const now = await shown(page, countKeys());
      expect(now.titles.sort()).toEqual(titles(expected(site.library, { q: 'side walk' })));
      expect(now.titles.length).toBeGreaterThan(0);
      // The address follows once typing pauses, as one history entry for the whole search.
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('q') === 'side walk',
      );
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      await page.goBack();
      expect(await shown(page, countKeys())).toEqual(before);
    });
  });

  it('keeps a search still waiting for the address as its own step when a filter follows', async () => {
    await open('', async (page) => {
      await page.type('#finder-q', 'hip');
      const typed = await shown(page, countKeys());
      await page.click('label[for="finder-time-20"]');
      expect(new URL(page.url()).search).toBe('?q=hip&time=20');
      await page.goBack();
      const back = await shown(page, countKeys());
      expect(new URL(back.url).search).toBe('?q=hip');
      expect(back.titles).toEqual(typed.titles);
    });
  });

  it('says when nothing matches and clears every filter in one click', async () => {
    await open('?q=trampoline', async (page) => {
      expect(await page.$eval('[data-finder-empty]', (el) => (el as HTMLElement).hidden)).toBe(
        false,
      );
      expect((await shown(page, [])).status).toBe(
        `0 of ${Object.keys(site.library.routines).length} routines`,
      );
      await page.click('[data-finder-empty] button');
      const now = await shown(page, countKeys());
      expect(now.titles).toHaveLength(Object.keys(site.library.routines).length);
      expect(new URL(now.url).search).toBe('');
      expect(await page.$eval('#finder-q', (el) => (el as HTMLInputElement).value)).toBe('');
    });
  });

  it('lists every routine without JavaScript, and the chips still filter', async () => {
    await open(
      '',
      async (page) => {
        const all = await shown(page, []);
        expect(all.titles.sort()).toEqual(titles(Object.values(site.library.routines)));
        await page.click('label[for="finder-time-10"]');
        expect((await shown(page, [])).titles.sort()).toEqual(
          titles(expected(site.library, { time: 10 })),
        );
        await page.click('label[for="finder-have-none"]');
        const both = await shown(page, []);
        expect(both.titles.sort()).toEqual(titles(expected(site.library, { time: 10, have: [] })));
        expect(await page.$eval('#finder-form', (f) => (f as HTMLFormElement).method)).toBe('get');
      },
      false,
    );
  });

  it('serves the exercise library with the same faceted view', async () => {
    await open('exercises/?have=none', async (page) => {
      const names = await page.$$eval('[data-finder-item]', (items) =>
        items
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => li.querySelector('h3')?.textContent.trim()),
      );
      const none = Object.values(site.library.exercises).filter((x) => x.equipment.length === 0);
      expect(names.sort()).toEqual(none.map((x) => x.name).sort());
      expect(names.length).toBeLessThan(Object.keys(site.library.exercises).length);
    });
  });

  it('never requests anything from another address', () => {
    expect(outside).toEqual([]);
  });
});
