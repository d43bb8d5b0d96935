/**
 * Issue 18: a right-to-left name cannot reverse the words round it. A clinic named in Hebrew, a
 * patient and a clinician named in Arabic and Hebrew: printed by Chromium, the PDF read back with
 * MuPDF in the order it looks, and the same handout laid out in Chromium's DOM. Without the
 * isolates, "Call מרפאת הנהר: 555-0100." shows the phone number before the clinic's name.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoutHtml } from '../../src/handouts/html.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { visualLines } from '../helpers/pdf-layout.ts';

const clinic = 'מרפאת הנהר';
const patient = 'سارة علي';
const clinician = 'דנה כהן';
/** Hebrew or Arabic letters, in either order: their visual order is mirrored. */
const rtl = /[\u0590-\u06ff][\u0590-\u06ff\s]*[\u0590-\u06ff]/u;
/** The bidi isolates the handout puts round a name: invisible, but MuPDF reads them. */
const controls = /[\u2066-\u2069]/gu;

let content: string;
let folder: string;
let browser: BrowserContext;
let html: string;
let lines: string[];
/** The large-print handout's lines, as they look. */
let largeLines: string[];

beforeAll(async () => {
  content = await fixtureLibrary('handout-rtl');
  folder = await mkdtemp(path.join(tmpdir(), 'handout-rtl-'));
  const library = await loadLibrary(content);
  html = await handoutHtml(
    library,
    templateEnv(path.join(projectRoot, 'templates')),
    'side-hip-starter',
    {
      paper: 'letter',
      large: false,
      patient,
      clinician,
      personal: true,
      date: new Date(Date.UTC(2026, 0, 1)),
    },
  );
  const large = await handoutHtml(
    library,
    templateEnv(path.join(projectRoot, 'templates')),
    'side-hip-starter',
    { paper: 'letter', large: true, patient, personal: true, date: new Date(Date.UTC(2026, 0, 1)) },
  );
  browser = await testBrowser();
  const [file, largeFile] = [path.join(folder, 'rtl.pdf'), path.join(folder, 'rtl-large.pdf')];
  await renderPdfs(
    [
      { source: { html }, what: 'The handout', files: [file] },
      { source: { html: large }, what: 'The large-print handout', files: [largeFile] },
    ],
    { label: 'handouts', browser: () => Promise.resolve(browser), stream: { write: () => true } },
  );
  const linesOf = async (pdf: string) =>
    (await visualLines(pdf)).flat().map((line) => line.text.replace(controls, ''));
  [lines, largeLines] = await Promise.all([linesOf(file), linesOf(largeFile)]);
}, 120_000);

afterAll(async () => {
  await releaseBrowser(browser);
  if (folder) await rm(folder, { recursive: true, force: true });
  if (content) await removeFixture(content);
});

describe('right-to-left names on a handout', () => {
  it('keep the phone after the clinic name in "Call …: …" (PDF, as it looks)', () => {
    const call = lines.find((line) => line.includes('Call ') && line.includes('555-0100'));
    expect(call, lines.join('\n')).toBeDefined();
    // "Call", then the name (mirrored, as Hebrew is drawn), then ": 555-0100." in that order.
    expect(call).toMatch(new RegExp(`Call ${rtl.source}: 555-0100\\.`, 'u'));
  });

  it("keep the words of every page's footer in order round the patient's name (PDF)", () => {
    const footers = lines.filter((line) => line.startsWith('Page '));
    expect(footers.length).toBeGreaterThan(1);
    for (const footer of footers)
      expect(footer).toMatch(
        new RegExp(`^Page \\d of \\d · Name: ${rtl.source} · Date: January 1, 2026$`, 'u'),
      );
  });

  it("keep the large-print footer in order: the page and date, then the patient's name alone", () => {
    const footers = largeLines.flatMap((line, i) =>
      line.startsWith('Page ') ? [[line, largeLines[i + 1] ?? '']] : [],
    );
    expect(footers.length, largeLines.join('\n')).toBeGreaterThan(1);
    for (const [first, second] of footers) {
      expect(first).toMatch(/^Page \d+ of \d+ · Date: January 1, 2026$/);
      expect(second).toMatch(new RegExp(`^Name: ${rtl.source}$`, 'u'));
    }
  });

  it('lay out the names in their own direction, between their neighbours (DOM)', async () => {
    const page = await browser.newPage();
    try {
      await page.emulateMediaType('print');
      await page.setContent(html, { waitUntil: 'load' });
      const seen = await page.evaluate(
        (names) => {
          /** The left edge of `text` inside `element`, as laid out. */
          const left = (element: Element, text: string) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent?.indexOf(text) ?? -1;
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              return range.getBoundingClientRect().left;
            }
            return Number.NaN;
          };
          const urgent = document.querySelector('.stop-box__urgent');
          const who = Array.from(document.querySelectorAll('.who__field dd'));
          return {
            call: urgent
              ? [left(urgent, 'Call'), left(urgent, names.clinic), left(urgent, '555-0100')]
              : [],
            directions: who.map((dd) => getComputedStyle(dd).direction),
            whoText: who.map((dd) => dd.textContent),
          };
        },
        { clinic },
      );
      const [call = Number.NaN, name = Number.NaN, phone = Number.NaN] = seen.call;
      expect(call).toBeLessThan(name);
      expect(name).toBeLessThan(phone);
      // The name lines take the names' own direction (dir="auto"), the date line stays LTR.
      expect(seen.whoText.slice(0, 2)).toEqual([patient, clinician]);
      expect(seen.directions).toEqual(['rtl', 'rtl', 'ltr']);
    } finally {
      await page.close();
    }
  });
});
