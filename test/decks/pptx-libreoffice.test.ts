/**
 * The PowerPoint files of bundled decks open in LibreOffice Impress (headless) and convert to PDF
 * with a notes page for each slide: the page count matches, each slide shows its title (an
 * exercise's name on its slide) and each notes page its notes; no line of text is set over another
 * (a long title over the body, a warning over the timer line) and each dose badge reads on one
 * line. Runs only where `soffice` is
 * installed (.ci/run installs it, with Liberation Sans, which has Arial's widths); elsewhere it is
 * skipped, and says so.
 *
 * Every bundled deck, each run: the PowerPoint files are made with one picture cache (a figure that
 * shows in several decks is drawn once) and all of them open in one LibreOffice process, which
 * pays its start once. PPTX_FEW=1 converts only the deck file and the first and last routine decks.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext } from 'puppeteer-core';
import { browserVersion } from '../../src/pdf/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckCaches } from '../../src/decks/build.ts';
import { allDecks } from '../../src/decks/plan.ts';
import { deckPptx } from '../../src/decks/pptx.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { tempWorkFolder } from '../helpers/cli.ts';
import { textLines, type TextLine } from '../helpers/pdf-layout.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf-text.ts';

const run = promisify(execFile);
const soffice = await run('sh', ['-c', 'command -v soffice']).then(
  ({ stdout }) => stdout.trim(),
  () => '',
);

let browser: BrowserContext;
let work: string;
let plans: DeckPlan[];
const pdfs = new Map<string, PdfFacts>();
const layouts = new Map<string, TextLine[][]>();

/** Whitespace and case aside, as a line broken over two lines in the PDF still matches. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines of text on one page that sit on each other: they share more than 15% of the shorter one's
 * height (lines that follow each other only touch) and more than 1 mm across.
 */
function overlapping(lines: readonly TextLine[]): string[] {
  const height = (line: TextLine) => line.bottom - line.top;
  return lines.flatMap((a, i) =>
    lines.slice(i + 1).flatMap((b) => {
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      return down > 0.15 * Math.min(height(a), height(b)) && across > 1
        ? [`"${a.text.trim()}" over "${b.text.trim()}"`]
        : [];
    }),
  );
}

beforeAll(async () => {
  if (!soffice) return;
  work = await tempWorkFolder('pptx-libreoffice');
  browser = await testBrowser();
  const library = await loadLibrary('routines');
  const every = allDecks(library);
  const routineDecks = every.filter((plan) => plan.id in library.routines);
  plans =
    process.env['PPTX_FEW'] === '1'
      ? [
          ...every.filter((plan) => plan.id in library.decks),
          ...[routineDecks[0], routineDecks.at(-1)].filter((plan) => plan !== undefined),
        ]
      : every;
  const caches = deckCaches(path.join(work, 'cache'), browserVersion());
  const files: string[] = [];
  for (const plan of plans) {
    const file = path.join(work, `${plan.id}.pptx`);
    await writeFile(file, await deckPptx(library, plan, browser, new Date(), caches));
    files.push(file);
  }
  await releaseBrowser(browser);
  const out = path.join(work, 'pdf');
  await mkdir(out);
  // A profile of its own: another LibreOffice running on this machine cannot get in the way.
  const profile = pathToFileURL(path.join(work, 'lo-profile')).href;
  // Notes pages, and the pictures kept as they are: by default LibreOffice scales every picture
  // down to 300 dpi as it writes the PDF, and that took over half of its CPU (the largest deck:
  // 18.1 s with, 7.5 s without). Only the PDF's text and its place on the page are checked.
  const options = {
    ExportNotesPages: { type: 'boolean', value: 'true' },
    ReduceImageResolution: { type: 'boolean', value: 'false' },
  };
  const notes = `pdf:impress_pdf_Export:${JSON.stringify(options)}`;
  await run(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      notes,
      '--outdir',
      out,
      ...files,
    ],
    { timeout: 1_100_000 },
  );
  for (const plan of plans) {
    const pdf = path.join(out, `${plan.id}.pdf`);
    pdfs.set(plan.id, await readPdf(pdf));
    layouts.set(plan.id, await textLines(pdf));
  }
}, 1_200_000);
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!soffice)('bundled decks as PowerPoint, opened in LibreOffice Impress', () => {
  // The decks ask for Arial. Without a font of its widths LibreOffice falls back to DejaVu Sans,
  // which is wider, and lines wrap that PowerPoint keeps whole: then the checks below fail for the
  // machine, not the deck. Say so first.
  it("has a font with Arial's widths, as every office computer does", async () => {
    const { stdout } = await run('fc-match', ['-f', '%{family}', 'Arial']);
    expect(
      stdout,
      'Arial falls back to a wider font here: install fonts-liberation2 (.ci/run does)',
    ).toMatch(/Arial|Liberation Sans/);
  });

  it('converts to a PDF with each slide and then its notes page', () => {
    for (const plan of plans)
      expect(pdfs.get(plan.id)?.pages, plan.id).toBe(2 * plan.slides.length);
  });

  it("shows each slide's title as text, an exercise's name on its slide", () => {
    for (const plan of plans) {
      const pdf = pdfs.get(plan.id);
      plan.slides.forEach((slide, i) =>
        expect(flat(pdf?.text[i] ?? ''), `${plan.id} slide ${i + 1}`).toContain(flat(slide.title)),
      );
      const exercises = plan.slides.filter((s) => s.kind === 'exercise');
      if (plan.id !== 'hip-pain-after-running')
        expect(exercises.length, plan.id).toBeGreaterThan(0);
    }
  });

  it("has the speaker notes as text on each slide's notes page", () => {
    for (const plan of plans) {
      const pdf = pdfs.get(plan.id);
      plan.slides.forEach((slide, i) => {
        const first = slide.notes.text ?? slide.notes.sections[0]?.items[0];
        if (!first) return;
        // The first 60 characters: enough to know the notes, short of where a long note is cut.
        expect(
          flat(pdf?.text[plan.slides.length + i] ?? ''),
          `${plan.id} notes ${i + 1}`,
        ).toContain(flat(first).slice(0, 60));
      });
    }
  });

  it('sets no line of text over another on a slide, and each dose badge on one line', () => {
    for (const plan of plans) {
      const pages = layouts.get(plan.id) ?? [];
      plan.slides.forEach((slide, i) => {
        const lines = pages[i] ?? [];
        expect(overlapping(lines), `${plan.id} slide ${i + 1}`).toEqual([]);
        if (slide.kind === 'exercise')
          expect(
            lines.map((line) => flat(line.text)),
            `${plan.id} slide ${i + 1}: the badge "${slide.card.dose.numbers}" on one line`,
          ).toContainEqual(expect.stringContaining(flat(slide.card.dose.numbers)));
      });
    }
  });
});
