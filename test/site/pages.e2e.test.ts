/**
 * Every page of the website built from the bundled content pack, in real Chromium: accessibility
 * (axe-core, WCAG 2.2 AA), links, base path, the sitemap, print, the planner, no-JS, and the size
 * of the scripts.
 */
import { gzipSync } from 'node:zlib';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPage } from '../../src/pdf/browser.ts';
import { allPagePaths } from '../../src/domain/links.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { crawl, type PageFacts } from './crawl.ts';
import { htmlErrors } from './html-check.ts';
import { buildAndServe, watchRequests, type TestSite } from './helpers.ts';
import { englishIn, withoutNames } from '../helpers/english-words.ts';
import { pageText } from './english-words.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';

/**
 * The Spanish copy of one page of each kind ("es/", "es/exercises/", "es/exercises/<first>/", …):
 * the crawl visits these too, so /es/ is checked for axe, links and requests without doubling the
 * crawl (every Spanish page is checked by the Nu Html Checker and for English words).
 */
function spanishSample(library: Library): string[] {
  const kinds = new Map<string, string>();
  for (const page of allPagePaths(library)) {
    const parts = page.split('/');
    const kind = `${parts.length}${parts[0] ?? ''}`;
    if (!kinds.has(kind)) kinds.set(kind, `es/${page}`);
  }
  return [...kinds.values()];
}

/** What a routine page shows, read in the crawl's visit. */
interface RoutinePage {
  /** Card names, in order, over all sections. */
  readonly cards: readonly string[];
  readonly downloads: readonly string[];
  /** Whether the print button is hidden (the page's script shows it); null if there is none. */
  readonly printHidden: boolean | null;
  readonly note: string;
}

function routinePage(page: Page, pagePath: string): Promise<RoutinePage | undefined> {
  if (!pagePath.startsWith('routines/')) return Promise.resolve(undefined);
  return page.evaluate(() => {
    const print = document.querySelector<HTMLElement>('[data-print]');
    return {
      cards: [...document.querySelectorAll('.routine-section .exercise-card')].map(
        (card) => card.querySelector('.exercise-card__name')?.textContent.trim() ?? '',
      ),
      downloads: [...document.querySelectorAll('.downloads a')].map(
        (a) => a.getAttribute('href') ?? '',
      ),
      printHidden: print ? print.hidden === true : null,
      note: document.querySelector('.note')?.textContent ?? '',
    };
  });
}

describe('the website', () => {
  let site: TestSite;
  let browser: BrowserContext;
  /** Every page, a few finder states and a missing page, each visited once in beforeAll. */
  let visited: PageFacts<RoutinePage | undefined>[];
  let states: string[];
  let spanish: string[];

  beforeAll(async () => {
    site = await buildAndServe('pages');
    browser = await testBrowser();
    spanish = spanishSample(site.library);
    states = [
      ...allPagePaths(site.library),
      ...spanish,
      '?time=20&have=none',
      '?q=zzzz',
      'exercises/?category=strength&have=none',
      'no-such-page/',
    ];
    visited = await crawl(browser, site.url, states, { probe: routinePage });
    // Each page load has a timeout of its own; this one only stops a run that makes no progress.
    // 15 min: the build makes every page in both languages, and on a loaded 2-core machine the
    // build and crawl took 9–10 min next to other browser tests.
  }, 900_000);

  afterAll(async () => {
    await releaseBrowser(browser);
    await site.close();
  });

  /** Opens a page for one test; it fails if the page asks for anything from another address. */
  const open = <T>(pagePath: string, fn: (page: Page) => Promise<T>, js = true) =>
    withPage(browser, async (page) => {
      await page.setJavaScriptEnabled(js);
      const outside = watchRequests(page, site.url);
      const response = await page.goto(`${site.url}${pagePath}`, { waitUntil: 'load' });
      expect(response?.status(), pagePath).toBe(200);
      const result = await fn(page);
      expect(outside, pagePath).toEqual([]);
      return result;
    });

  it('has no WCAG 2.2 AA problems on any page (axe-core)', () => {
    expect(visited.map((v) => v.path)).toEqual(states);
    expect(states.length).toBeGreaterThan(8);
    expect(visited.map((v) => `${v.status} /${v.path}`)).toEqual(
      states.map((s) => `${s === 'no-such-page/' ? 404 : 200} /${s}`),
    );
    expect(visited.flatMap((v) => v.axe.map((problem) => `/${v.path} ${problem}`))).toEqual([]);
  });

  it('links only to pages and places in them that exist, always under the base path', async () => {
    const pages = [...allPagePaths(site.library), ...spanish];
    const facts = visited.filter((v) => pages.includes(v.path));
    expect(facts).toHaveLength(pages.length);
    // Every page links at least to the home page, its style sheet and its script.
    for (const v of facts) expect(v.links.length, `/${v.path}`).toBeGreaterThanOrEqual(3);
    // The hreflang links are full public addresses, as search engines want them: checked here as
    // the paths they name on this server.
    const baseUrl = site.library.settings.site.baseUrl;
    const local = (href: string) =>
      href.startsWith(baseUrl) ? `${site.base}${href.slice(baseUrl.length)}` : href;
    const links = new Set(facts.flatMap((v) => v.links.map(local)));
    const notUnderBase = [...links].filter((href) => !href.startsWith(site.base));
    expect(notUnderBase).toEqual([]);
    // Handouts and decks are copied in by their own build steps, not by this site-only build.
    const targets = [...links].filter((href) => !/^.*\/(handouts|decks)\//.test(href));
    // Every page is linked from another, so the links reach them all.
    for (const page of pages) expect(targets).toContain(`${site.base}${page}`);
    const origin = new URL(site.url).origin;
    const broken: string[] = [];
    for (const href of targets) {
      const response = await fetch(new URL(href, origin), { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${href} → ${response.status}`);
    }
    expect(broken).toEqual([]);
    expect(targets.filter((href) => !href.includes('.') && !href.endsWith('/'))).toEqual([]);
    // A link to a place in a page ("#planner") finds an element with that id there.
    const missing = facts.flatMap((v) =>
      v.fragments.flatMap((href) => {
        const [page = '', id = ''] = href.split('#');
        // "#from=…", "#dose=…", "#p=…" carry state for the page's script, not a place in it.
        if (id.includes('=')) return [];
        const target = page === '' ? v : visited.find((t) => `${site.base}${t.path}` === page);
        return target?.ids.includes(decodeURIComponent(id)) ? [] : [`/${v.path} → ${href}`];
      }),
    );
    expect(missing).toEqual([]);
    expect(facts.flatMap((v) => v.fragments).length).toBeGreaterThan(0);
  }, 120_000);

  it('never requests anything from another address', () => {
    expect(visited).toHaveLength(states.length);
    expect(visited.flatMap((v) => v.outside.map((url) => `/${v.path} → ${url}`))).toEqual([]);
  });

  it('lists every page in the sitemap with its full public address', async () => {
    const sitemap = await readFile(path.join(site.root, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const baseUrl = site.library.settings.site.baseUrl;
    const pages = allPagePaths(site.library);
    expect(locs).toEqual([
      ...pages.map((p) => `${baseUrl}${p}`),
      ...pages.map((p) => `${baseUrl}es/${p}`),
    ]);
  });

  it('shows every routine on the home page without JavaScript', async () => {
    await open(
      '',
      async (page) => {
        const visible = await page.$$eval('[data-finder-item]', (items) =>
          items
            .filter((li) => (li as HTMLElement).offsetParent !== null)
            .map((li) => li.querySelector('a')?.getAttribute('href')),
        );
        const ids = Object.keys(site.library.routines).map((id) => `${site.base}routines/${id}/`);
        expect(visible.sort()).toEqual(ids.sort());
      },
      false,
    );
  });

  it('renders each routine section by section through the shared exercise card', () => {
    const routines = Object.values(site.library.routines);
    expect(routines.length).toBeGreaterThan(0);
    for (const routine of routines) {
      const shown = visited.find((v) => v.path === `routines/${routine.id}/`)?.probed;
      if (!shown) throw new Error(`routines/${routine.id}/ was not visited`);
      const items = [...routine.warmUp.items, ...routine.main, ...routine.coolDown];
      expect(shown.cards).toEqual(items.map((i) => site.library.exercises[i.exercise]?.name));
      expect(shown.downloads).toContain(`${site.base}handouts/${routine.id}-a4.pdf`);
      expect(shown.downloads).toContain(`${site.base}handouts/${routine.id}-letter-large.pdf`);
      expect(shown.downloads).toContain(`${site.base}decks/${routine.id}.html`);
      expect(shown.downloads).toContain(`${site.base}decks/${routine.id}.pptx`);
      expect(shown.printHidden).toBe(false);
      expect(shown.note).toContain('Education, not diagnosis.');
    }
  });

  it('prints a routine as a clean handout: no menu, no buttons, cards kept whole', async () => {
    const routine = Object.values(site.library.routines)[0];
    expect(routine).toBeDefined();
    await open(`routines/${routine?.id ?? ''}/`, async (page) => {
      await page.emulateMediaType('print');
      const look = await page.evaluate(() => {
        const display = (s: string) => {
          const el = document.querySelector(s);
          return el ? getComputedStyle(el).display : 'missing';
        };
        return {
          header: display('.site-header'),
          actions: display('.actions'),
          downloads: display('.downloads'),
          printHeader: display('.print-header'),
          disclaimer: display('.disclaimer'),
          cardBreak: getComputedStyle(document.querySelector('.exercise-card') ?? document.body)
            .breakInside,
        };
      });
      expect(look).toEqual({
        header: 'none',
        actions: 'none',
        downloads: 'none',
        printHeader: 'flex',
        disclaimer: 'block',
        cardBreak: 'avoid',
      });
    });
  });

  it('plans the next 6 weeks with the 10% rule, and shows a table without JavaScript', async () => {
    const percent = site.library.guidance.tenPercentRule.percent;
    await open('prevention/', async (page) => {
      await page.click('#planner-distance', { count: 3 });
      await page.type('#planner-distance', '30');
      await page.click('label[for="planner-unit-km"]');
      const weeks = await page.$$eval('[data-week]', (cells) => cells.map((c) => c.textContent));
      let most = 30;
      const expected = weeks.map(() => {
        most *= 1 + percent / 100;
        const value = Math.floor(most * 10 + 1e-9) / 10;
        return `${Number.isInteger(value) ? value : value.toFixed(1)} km`;
      });
      expect(weeks).toEqual(expected);
      expect(weeks).toHaveLength(6);
    });
    await open(
      'prevention/',
      async (page) => {
        expect(
          await page.$eval('[data-planner]', (f) => (f as HTMLElement).offsetParent),
        ).toBeNull();
        expect(
          await page.$$eval('.planner__table tbody tr', (rows) => rows.length),
        ).toBeGreaterThan(3);
      },
      false,
    );
  });

  it('has no Nu Html Checker error on any page', async () => {
    expect(await htmlErrors(site.root)).toEqual([]);
    // Java starts slowly on a busy 2-core machine; the check itself takes about 10 s.
  }, 180_000);

  it('answers a missing page with the 404 page', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto(`${site.url}no-such-page/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      expect(await page.$eval('h1', (h) => h.textContent)).toBe('We cannot find that page');
    });
  });

  it('keeps the script of each page under 8 KB gzipped', async () => {
    const routine = Object.keys(site.library.routines)[0] ?? '';
    for (const pagePath of ['', 'exercises/', 'prevention/', `routines/${routine}/`]) {
      const html = await readFile(path.join(site.root, pagePath, 'index.html'), 'utf8');
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => m[1] ?? '',
      );
      const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) =>
        path.join(site.root, (m[1] ?? '').slice(site.base.length)),
      );
      // Follow the module imports of linked scripts, so shared chunks count too.
      const linked: string[] = [];
      for (let file = files.shift(); file; file = files.shift()) {
        const code = await readFile(file, 'utf8');
        linked.push(code);
        for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g))
          files.push(path.resolve(path.dirname(file), m[1] ?? ''));
      }
      const js = [...inline, ...linked].join('\n');
      expect(js.length, pagePath).toBeGreaterThan(0);
      // Scripts bundle no catalog: the page hands over its own language's words (page-words.ts).
      expect(gzipSync(js).length, pagePath).toBeLessThan(8 * 1024);
    }
  });

  describe('in Spanish, under /es/', () => {
    let spanishLibrary: Library;
    beforeAll(async () => {
      spanishLibrary = await loadLibrary(site.library.root, { language: 'es' });
    });

    it('switches from an English routine page to the same routine in Spanish, fragment and all', async () => {
      const [id = '', routine] = Object.entries(site.library.routines)[0] ?? [];
      const hash = `#dose=${routine?.main[0]?.exercise ?? ''}:3x15`;
      await open(`routines/${id}/${hash}`, async (page) => {
        const alternates = () =>
          page.$$eval('link[rel="alternate"]', (links) =>
            links.map((l) => `${l.getAttribute('hreflang') ?? ''} ${l.getAttribute('href') ?? ''}`),
          );
        const baseUrl = site.library.settings.site.baseUrl;
        const both = [
          `en ${baseUrl}routines/${id}/`,
          `es ${baseUrl}es/routines/${id}/`,
          `x-default ${baseUrl}routines/${id}/`,
        ];
        expect(await alternates()).toEqual(both);
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.click('[data-language-switch] a[hreflang="es"]'),
        ]);
        expect(page.url()).toBe(`${site.url}es/routines/${id}/${hash}`);
        expect(await page.$eval('html', (html) => html.lang)).toBe('es');
        expect(await page.$eval('h1', (h) => h.textContent)).toBe(
          spanishLibrary.routines[id]?.title,
        );
        expect(spanishLibrary.routines[id]?.title).not.toBe(routine?.title);
        expect(await alternates()).toEqual(both);
        // Its downloads are the Spanish handouts and slides.
        const downloads = await page.$$eval('.downloads a', (links) =>
          links.map((a) => new URL(a.href).pathname),
        );
        expect(downloads).toContain(`${site.base}handouts/${id}-es-letter.pdf`);
        expect(downloads).toContain(`${site.base}handouts/${id}-es-a4-large.pdf`);
        expect(downloads).toContain(`${site.base}decks/${id}-es.pptx`);
        expect(downloads.filter((d) => !/-es[-.]/.test(d))).toEqual([]);
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.click('[data-language-switch] a[hreflang="en"]'),
        ]);
        expect(page.url()).toBe(`${site.url}routines/${id}/${hash}`);
        expect(await page.$eval('html', (html) => html.lang)).toBe('en');
      });
    });

    it('finds a routine by Spanish words, whatever the accents and capitals', async () => {
      const outerHip = spanishLibrary.routines['outer-hip-pain']?.title;
      expect(outerHip).toBe('Alivia el dolor en la parte externa de la cadera');
      const search = (words: string) =>
        open('es/', async (page) => {
          await page.type('#finder-q', words);
          await page.waitForFunction(
            (q) => new URL(location.href).searchParams.get('q') === q,
            {},
            words,
          );
          return page.evaluate(() => ({
            titles: [...document.querySelectorAll<HTMLElement>('[data-finder-item]')]
              .filter((item) => !item.hidden)
              .map((item) => item.querySelector('a')?.textContent.trim() ?? ''),
            status: document.querySelector('[data-finder-status]')?.textContent ?? '',
          }));
        });
      const found = await search('dolor en la parte externa de la cadera');
      expect(found.titles).toContain(outerHip);
      const all = Object.keys(site.library.routines).length;
      expect(found.status).toBe(`${found.titles.length} de ${all} rutinas`);
      // "gluteo" finds "glúteo", "CADERA" finds "cadera".
      const glute = Object.values(spanishLibrary.routines).filter((r) =>
        r.title.includes('glúteo'),
      );
      expect(glute.length).toBeGreaterThan(0);
      const unaccented = await search('GLUTEO');
      for (const r of glute) expect(unaccented.titles).toContain(r.title);
    });

    it('passes axe on the Spanish finder and a Spanish routine page (in the crawl)', () => {
      const checked = visited.filter((v) => spanish.includes(v.path));
      expect(checked.map((v) => v.path)).toEqual(spanish);
      expect(spanish).toContain('es/');
      expect(spanish.some((p) => p.startsWith('es/routines/'))).toBe(true);
      expect(checked.flatMap((v) => v.axe.map((problem) => `/${v.path} ${problem}`))).toEqual([]);
    });

    const firstRoutine = () => Object.keys(site.library.routines)[0] ?? '';

    it('shows no English interface word on any Spanish page', async () => {
      const files = await Array.fromAsync(glob('es/**/index.html', { cwd: site.root }));
      // Every page of every kind, in Spanish (not only the crawl's sample).
      expect(files).toHaveLength(
        allPagePaths(site.library).length +
          ['log', 'builder', 'program', 'program/go'].length +
          Object.keys(site.library.routines).length,
      );
      const englishOf = (html: string) => englishIn(withoutNames(pageText(html), site.library));
      // The check finds English: an English page passed off as Spanish shows dozens of words.
      const english = await readFile(
        path.join(site.root, 'routines', firstRoutine(), 'index.html'),
        'utf8',
      );
      expect(
        englishOf(english.replace('<html lang="en"', '<html lang="es"')).length,
      ).toBeGreaterThan(30);
      const found: string[] = [];
      for (const file of files)
        for (const word of englishOf(await readFile(path.join(site.root, file), 'utf8')))
          found.push(`${file}: ${word}`);
      expect(found).toEqual([]);
    });
  });
});
