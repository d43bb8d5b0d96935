/** The handout PDFs of the run's shared `npm run build` of the six-exercise library, as printed. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handoutFileName as fileName } from '../../src/domain/links.ts';
import { handoutFileName, buildVariants } from '../../src/handouts/variants.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { en } from '../../src/domain/catalog/en.ts';
import { settings } from '../../src/model/schema/settings.ts';
import { doseWords } from '../../src/domain/dose-words.ts';
import { captionsWithoutFigures } from '../helpers/figure-captions.ts';
import { svgBoxes, textLines } from '../helpers/pdf-layout.ts';
import { inkMargins, qrOnPage } from '../helpers/pdf-raster.ts';
import { fontSizeOf, readPdf, smallestText, type PdfFacts } from '../helpers/pdf-text.ts';
import { sixBuild, sixId } from './content.ts';

let folder: string;
let library: Library;
const pdfs = new Map<string, PdfFacts>();
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  const built = await sixBuild();
  expect(built.result.code, built.result.stderr).toBe(0);
  folder = path.join(built.output, 'handouts');
  library = await loadLibrary(built.content);
  // Whatever the build wrote, so the first test can compare it with the list it should be.
  for (const name of await readdir(folder)) pdfs.set(name, await readPdf(file(name)));
}, 240_000);

function pdf(name: string): PdfFacts {
  const facts = pdfs.get(name);
  if (!facts) throw new Error(`no ${name}`);
  return facts;
}

/**
 * The handouts the build should have made, worked out from the library it built and the settings
 * schema, not from the build's own list: every routine, on every paper size settings.yaml may ask
 * for, in regular and large print.
 */
function expectedHandouts(): { routine: string; name: string }[] {
  return Object.keys(library.routines).flatMap((routine) =>
    settings.shape.paper.options.flatMap((paper) =>
      [false, true].map((large) => ({ routine, name: fileName(routine, paper, large) })),
    ),
  );
}

describe('a handout PDF for every routine', () => {
  it('is made in A4 and Letter, regular and large print', () => {
    const expected = expectedHandouts().map(({ name }) => name);
    // Two routines (side-hip-starter and six-move-hips) × 2 papers × 2 print sizes.
    expect(expected).toHaveLength(8);
    expect([...pdfs.keys()].sort()).toEqual(expected.sort());
    for (const [name, facts] of pdfs) expect(facts.pages, name).toBeGreaterThan(0);
  });

  it('contains every exercise name, plain name and dose of the routine, in every variant', () => {
    for (const { routine: id, name } of expectedHandouts()) {
      const routine = library.routines[id];
      if (!routine) throw new Error(`no routine ${id}`);
      const text = pdf(name).text.join(' ');
      for (const item of routine.main) {
        const exercise = library.exercises[item.exercise];
        expect(text, name).toContain(exercise?.name);
        expect(text, name).toContain(exercise?.alias);
        expect(text, name).toContain(doseWords(item.dose, library.settings.units, en.dose));
      }
      // The routine's own dose.
      if (id === sixId) expect(text, name).toContain('3 sets of 10, once a day, 3 days a week');
    }
  });

  it('has the parts in the order the issue lists them', () => {
    const text = pdf(`${sixId}-letter.pdf`).text.join(' ');
    const order = [
      'Stronger, steadier hips for running',
      'Name',
      'Clinician',
      'Date',
      'Riverside Running Physio',
      'At a glance',
      'What this is for',
      'What to do and avoid',
      'Running and daily life',
      // The stop box (its name is in the summary box too, so its call line marks it).
      'Call Riverside Running Physio: 555-0100.',
      'First, warm up',
      '1. Clamshell',
      '6. Kneeling hip flexor stretch',
      'Your tick-sheet',
      'Score your pain from 0 to 10',
      'Notes and questions for your next visit',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions.slice(5)).toEqual([...positions.slice(5)].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0)).toBe(true);
  });

  it('has the paper size asked for on every page', () => {
    expect(new Set(pdf(`${sixId}-a4.pdf`).sizes.map(String))).toEqual(new Set(['595,842']));
    expect(new Set(pdf(`${sixId}-letter.pdf`).sizes.map(String))).toEqual(new Set(['612,792']));
    expect(new Set(pdf(`${sixId}-letter-large.pdf`).sizes.map(String))).toEqual(
      new Set(['612,792']),
    );
  });

  // Issue 12: a typical six-exercise routine on at most 4 pages of Letter, though each card
  // carries every stop rule, the mistakes to avoid, the effort and when to move on, its figures are
  // at least 35 mm wide (issue 16), and page 1 the summary box, the advice and the stop box. The
  // tick-sheet is always the last page, on its own.
  it('fits a six-exercise routine on at most 4 pages, the tick-sheet last, on A4 and Letter', () => {
    for (const [name, most] of [
      [`${sixId}-a4.pdf`, 4],
      [`${sixId}-letter.pdf`, 4],
    ] as const) {
      const { pages, text } = pdf(name);
      expect(pages, name).toBeLessThanOrEqual(most);
      expect(text.at(-1), name).toContain('Your tick-sheet');
      expect(text.at(-1), name).toContain('Pain after, 0 to 10');
      expect(text.slice(0, -1).join(' '), name).not.toContain('Your tick-sheet');
      expect(text.join(' ').indexOf('Stop and call your clinician if'), name).toBeLessThan(
        text.join(' ').indexOf('Your tick-sheet'),
      );
    }
    // Large print: about one card a page; the tick-sheet's table whole on one page, then the pain
    // rule and the notes lines, which are always there.
    const large = pdf(`${sixId}-letter-large.pdf`);
    expect(large.pages).toBeGreaterThan(6);
    expect(large.pages).toBeLessThanOrEqual(12);
    const table = large.text.findIndex((page) => page.includes('Your tick-sheet'));
    expect(large.text[table]).toContain('Pain after, 0 to 10');
    expect(large.text.slice(table).join(' ')).toContain('How much pain is OK');
    expect(large.text.at(-1)).toContain('Notes and questions for your next visit');
  });

  // Issue 16: at about 23 mm a figure was too small to read the movement. Each drawn figure (the
  // start and the end of every exercise that has pose data) is at least 35 mm across.
  it('prints every exercise figure at least 35 mm wide in regular print', async () => {
    const routine = library.routines[sixId];
    const drawn = (routine?.main ?? []).filter(
      (item) => library.exercises[item.exercise]?.figure !== undefined,
    );
    expect(drawn.length).toBeGreaterThan(3);
    for (const name of [`${sixId}-a4.pdf`, `${sixId}-letter.pdf`]) {
      const boxes = await svgBoxes(file(name));
      expect(boxes, name).toHaveLength(drawn.length * 2);
      for (const box of boxes)
        expect(box.width, `${name} page ${box.page}`).toBeGreaterThanOrEqual(35);
    }
  });

  // A large-print card may run on to the next page, but its figures stay with their captions: the
  // bundled front-hip-groin-pain once printed a figure at a page's foot and "Start", "End" on top
  // of the next.
  it('keeps every figure on the page of its Start and End captions, in every variant', async () => {
    const captions = [en.figures.start, en.figures.end];
    for (const name of [...pdfs.keys()]) {
      expect(await captionsWithoutFigures(file(name), captions), name).toEqual([]);
    }
  });

  // Issue 12: with one card a page, large-print pages were 40 to 50% blank. Cards now run on
  // from one to the next, so no page is more than half empty unless a section ends there: the
  // last card before the tick-sheet (or the cool-down), or the last page. Measured from the lowest
  // line of text above the footer on each page.
  it('leaves no large-print page more than half empty, except where a section ends', async () => {
    const names = buildVariants
      .filter((variant) => variant.large)
      .flatMap((variant) => [sixId, 'side-hip-starter'].map((id) => handoutFileName(id, variant)));
    for (const name of names) {
      const pages = await textLines(file(name));
      const title = pdf(name).title.split(' – ')[0] ?? '';
      const starts = [title, 'Your exercises', 'Cool-down'];
      const body = pages.map((lines) => {
        const footer = Math.min(
          ...lines.filter((line) => line.text.startsWith('Page ')).map((line) => line.top),
        );
        return lines.filter((line) => line.bottom <= footer);
      });
      const top = Math.min(...body.flat().map((line) => line.top));
      const bottom = Math.max(...body.flat().map((line) => line.bottom));
      body.slice(0, -1).forEach((lines, i) => {
        const lowest = Math.max(...lines.map((line) => line.bottom));
        if (lowest - top >= (bottom - top) / 2) return;
        const next = [...(body[i + 1] ?? [])].sort((a, b) => a.top - b.top)[0]?.text ?? '';
        expect(
          starts.some((start) => next.startsWith(start)),
          `${name} page ${i + 1} ends ${Math.round(lowest)} mm down, page ${i + 2} starts "${next}"`,
        ).toBe(true);
      });
    }
  });

  // Office printers cannot print the outer 4 to 6 mm of a sheet; a footer that ran into it lost
  // its last line and half the QR code on paper, though it looked fine on screen.
  it('keeps all ink at least 6 mm from every edge, so a printer cuts nothing off', async () => {
    for (const name of pdfs.keys()) {
      const pages = await inkMargins(file(name));
      expect(pages).toHaveLength(pdf(name).pages);
      pages.forEach((margins, i) => {
        for (const [edge, mm] of Object.entries(margins))
          expect(mm, `${name} page ${i + 1}, ${edge} edge`).toBeGreaterThanOrEqual(6);
      });
    }
  });

  it('prints 12 pt body text, and 18 pt in large print', async () => {
    expect(
      await fontSizeOf(file(`${sixId}-a4.pdf`), 'Lie on your side with your hips'),
    ).toBeCloseTo(12, 1);
    expect(
      await fontSizeOf(file(`${sixId}-a4-large.pdf`), 'Lie on your side with your hips'),
    ).toBeCloseTo(18, 1);
  });

  // In large print a card can be longer than a page, so there it may run on to the next.
  // Issue 12: large print is 18 pt for every word the patient reads, the footer, the figure
  // captions and the tick-sheet's day numbers and doses included, measured from the PDF.
  it('prints no word smaller than 18 pt in large print, and none smaller than 10 pt in regular', async () => {
    for (const variant of buildVariants) {
      const name = handoutFileName(sixId, variant);
      const { size, texts } = await smallestText(file(name));
      expect(size, `${name}: ${texts.slice(0, 5).join(' | ')}`).toBeGreaterThanOrEqual(
        variant.large ? 17.95 : 9.95,
      );
    }
  });

  it('never splits an exercise card across pages in regular print', () => {
    for (const variant of buildVariants.filter((v) => !v.large)) {
      const { text } = pdf(handoutFileName(sixId, variant));
      for (const [index, item] of (library.routines[sixId]?.main ?? []).entries()) {
        const exercise = library.exercises[item.exercise];
        if (!exercise) throw new Error(item.exercise);
        // The numbered name, the last step and when to move on are the top and bottom of the
        // card (the bare name can be on another card, as the harder exercise to move on to; a
        // stop rule can be on another card too).
        const parts = [
          `${index + 1}. ${exercise.name}`,
          exercise.steps.at(-1) ?? '',
          exercise.moveOn?.when ?? '',
        ];
        const pages = parts.map((part) => text.findIndex((page) => page.includes(part)));
        expect(
          pages[0],
          `${exercise.name} in ${handoutFileName(sixId, variant)}`,
        ).toBeGreaterThanOrEqual(0);
        expect(new Set(pages).size, `${exercise.name} in ${handoutFileName(sixId, variant)}`).toBe(
          1,
        );
      }
    }
  });

  it('says page X of Y, name and date lines, version, disclaimer and short address on every page', () => {
    for (const name of [`${sixId}-a4.pdf`, `${sixId}-letter-large.pdf`]) {
      const { text, pages } = pdf(name);
      text.forEach((page, i) => {
        // Large print gives the name a footer line of its own, so a long name fits.
        expect(page, `${name} page ${i + 1}`).toMatch(
          name.includes('large')
            ? new RegExp(`Page ${i + 1} of ${pages} · Date: _+ Name: _+`)
            : new RegExp(`Page ${i + 1} of ${pages} · Name: _+ · Date: _+`),
        );
        if (!name.includes('large'))
          expect(page, `${name} page ${i + 1}`).toContain('· Version 1.0 · January 1, 2026');
        expect(page).toContain('This is education, not a diagnosis.');
        expect(page).toContain('example.org/routine-press/routines/six-move-hips');
      });
    }
  });

  it('has a QR code on the first and last page that opens the routine on the website', async () => {
    const name = file(`${sixId}-letter.pdf`);
    const url = 'https://example.org/routine-press/routines/six-move-hips/';
    expect(await qrOnPage(name, 1)).toBe(url);
    expect(await qrOnPage(name, pdf(`${sixId}-letter.pdf`).pages)).toBe(url);
  });

  it('is a tagged PDF with a title, a language and an outline', () => {
    const facts = pdf(`${sixId}-a4.pdf`);
    expect(facts.catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(facts.catalog).toMatch(/\/MarkInfo <<\/Type \/MarkInfo \/Marked true>>/);
    expect(facts.catalog).toContain('/Lang (en)');
    expect(facts.catalog).toMatch(/\/Outlines \d+ 0 R/);
    expect(facts.title).toBe('Stronger, steadier hips for running – Riverside Running Physio');
    expect(facts.outline).toEqual(
      expect.arrayContaining([
        'What this is for',
        'First, warm up',
        'Clamshell',
        'Kneeling hip flexor stretch',
        'Stop and call your clinician if…',
        'Your tick-sheet',
      ]),
    );
    expect(facts.outline).not.toContain('Your tick-sheetYour tick-sheet');
  });

  it('leaves the patient, clinician and date lines blank', () => {
    expect(pdf(`${sixId}-a4.pdf`).text[0]).toMatch(/Name Clinician Date/);
  });
});
