/**
 * Issue 12's done-when, over every bundled routine: its Letter handout, printed by Chromium and
 * read back from the PDF, carries each stop rule and each rule for moving on of every exercise it
 * lists, the pain rule, the routine's advice, and, for a condition that says to pause or stop
 * running, a sentence that says so. And issue 12's layout: a routine of at most six exercises fits
 * on 4 Letter pages, with every figure at least 35 mm wide.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoutHtml } from '../../src/handouts/html.ts';
import { handoutFileName } from '../../src/handouts/variants.ts';
import type { Library, Routine } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { lookup } from '../../src/model/lookup.ts';
import { saysToStopRunning } from '../../src/model/schema/condition-advice.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser } from '../../src/pdf/shared-browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import { projectRoot } from '../helpers/cli.ts';
import { svgBoxes } from '../helpers/pdf-layout.ts';
import { readPdf, type PdfFacts } from '../helpers/pdf-text.ts';

let library: Library;
let folder: string;
const texts = new Map<string, string>();
const pdfs = new Map<string, PdfFacts>();
const variant = { paper: 'letter', large: false } as const;
const fileOf = (id: string) => path.join(folder, handoutFileName(id, variant));

/** Spaces and line-break hyphens differ between the source and pdf.js's text: compare without. */
const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');

/** Whether a routine's handout says `words`; a failure names the words, not the whole text. */
function says(routine: Routine, words: string, what: string): void {
  expect(textOf(routine).includes(squash(words)), `${routine.id}: ${what}: "${words}"`).toBe(true);
}

beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
  const templates = templateEnv(path.join(projectRoot, 'templates'));
  folder = await mkdtemp(path.join(tmpdir(), 'bundled-handouts-'));
  const ids = Object.keys(library.routines).sort();
  const browser = sharedBrowser();
  try {
    const jobs = await Promise.all(
      ids.map(async (id) => ({
        source: {
          html: await handoutHtml(library, templates, id, {
            ...variant,
            date: new Date(Date.UTC(2026, 0, 1)),
          }),
        },
        what: `The handout of ${id}`,
        files: [fileOf(id)],
      })),
    );
    await renderPdfs(jobs, {
      label: 'handouts',
      browser: browser.get,
      stream: { write: () => true },
    });
  } finally {
    await browser.close();
  }
  for (const id of ids) {
    const pdf = await readPdf(fileOf(id));
    pdfs.set(id, pdf);
    texts.set(id, pdf.text.join(' '));
  }
}, 300_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

function textOf(routine: Routine): string {
  const text = texts.get(routine.id);
  if (text === undefined) throw new Error(`no handout for ${routine.id}`);
  return squash(text);
}

/** Every exercise a routine lists: warm-up items and drills of its warm-up, main, cool-down. */
function exercisesOf(routine: Routine): string[] {
  const protocol = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  return [
    ...(protocol?.phases.flatMap((p) => p.drills.map((d) => d.exercise)) ?? []),
    ...[...routine.warmUp.items, ...routine.main, ...routine.coolDown].map((i) => i.exercise),
  ];
}

describe('every bundled handout', () => {
  const routines = () => Object.values(library.routines);

  it('has a PDF for each of the bundled routines', () => {
    expect(texts.size).toBe(routines().length);
    expect(texts.size).toBeGreaterThanOrEqual(17);
  });

  it('prints every stop rule of every exercise it lists', () => {
    for (const routine of routines())
      for (const id of exercisesOf(routine))
        for (const rule of lookup(library, 'exercise', id).stopRules)
          says(routine, rule, `stop rule of ${id}`);
  });

  it('prints how hard each card should feel and when to move on, with the harder exercise', () => {
    for (const routine of routines())
      for (const item of [...routine.main, ...routine.coolDown]) {
        const exercise = lookup(library, 'exercise', item.exercise);
        if (exercise.effort) says(routine, exercise.effort, `effort of ${exercise.id}`);
        if (!exercise.moveOn) continue;
        says(routine, exercise.moveOn.when, `moving on from ${exercise.id}`);
        const harder = exercise.moveOn.harder;
        if (harder)
          says(routine, `Then try: ${lookup(library, 'exercise', harder).name}.`, exercise.id);
      }
    // The bundled exercises do give these, so the loop above checked something.
    const given = routines().flatMap((r) =>
      r.main.filter((i) => lookup(library, 'exercise', i.exercise).moveOn),
    );
    expect(given.length).toBeGreaterThan(50);
  });

  it('prints the pain rule, with the bands this routine uses', () => {
    const rule = library.guidance.painRule;
    for (const routine of routines()) {
      for (const words of [rule.scale, rule.green, rule.amber, rule.red, rule.nextDay])
        says(routine, words, 'pain rule');
      const { greenUpTo, amberUpTo } = routine.painRule;
      says(routine, `Green, 0 to ${greenUpTo}: ${rule.green}`, 'green band');
      says(routine, `Red, ${amberUpTo + 1} to 10: ${rule.red}`, 'red band');
    }
  });

  it("prints the routine's advice for the patient, and never its clinician notes", () => {
    let advised = 0;
    for (const routine of routines()) {
      for (const line of routine.advice) says(routine, line, 'advice');
      advised += routine.advice.length;
      if (routine.notes)
        expect(textOf(routine).includes(squash(routine.notes)), routine.id).toBe(false);
    }
    expect(advised).toBeGreaterThan(0);
  });

  it('says to pause or stop running when a condition it is for says so', () => {
    let checked = 0;
    for (const routine of routines())
      for (const id of routine.conditions) {
        const running = lookup(library, 'condition', id).running;
        if (running.action !== 'pause' && running.action !== 'stop') continue;
        const printed = [
          ...routine.advice,
          ...(routine.printConditionAdvice ? [running.advice] : []),
        ].filter(saysToStopRunning);
        expect(printed.length, `${routine.id} for ${id}`).toBeGreaterThan(0);
        expect(
          printed.some((line) => textOf(routine).includes(squash(line))),
          `${routine.id} for ${id}: its handout does not say to ${running.action} running`,
        ).toBe(true);
        checked++;
      }
    expect(checked).toBeGreaterThan(3);
  });

  it("prints the conditions' everyday advice", () => {
    for (const routine of routines()) {
      if (!routine.printConditionAdvice) continue;
      for (const condition of routine.conditions.map((id) => lookup(library, 'condition', id)))
        for (const line of Object.values(condition.everyday ?? {}))
          if (line !== undefined) says(routine, line, `everyday advice of ${condition.id}`);
    }
    const outerHip = library.routines['outer-hip-pain'];
    if (!outerHip) throw new Error('no outer-hip-pain routine');
    says(outerHip, 'pillow between your knees', 'sleeping');
  });
});

// Issue 12: a regular handout of up to six exercises takes at most 4 Letter pages, though each
// card carries every stop rule, the mistakes, the effort and when to move on, and its figures
// are at least 35 mm wide (issue 16). Page 1's summary, advice, stop box and warm-up come first
// and are never cut: where they run past page 1 (a routine for several conditions, each with its
// red flags and everyday advice), the cards still take at most 3 pages with the tick-sheet.
describe('every bundled regular handout of at most six exercises', () => {
  const small = () =>
    Object.values(library.routines).filter((r) => r.main.length + r.coolDown.length <= 6);

  it('fits its cards on 2 or 3 pages and its tick-sheet on the next: 4 pages in all', () => {
    expect(small().length).toBeGreaterThanOrEqual(10);
    for (const routine of small()) {
      const { pages, text } = pdfs.get(routine.id) ?? { pages: 0, text: [] };
      const start = text.findIndex((page) => page.includes('Your exercises')) + 1;
      expect(start, routine.id).toBeGreaterThan(0);
      expect(text.at(-1), routine.id).toContain('Your tick-sheet');
      expect(pages - start, `${routine.id}: ${pages} pages, exercises from page ${start}`).toBe(
        Math.min(pages - start, 3),
      );
      if (start === 1) expect(pages, routine.id).toBeLessThanOrEqual(4);
    }
    expect(pdfs.get('side-to-side-stability')?.pages).toBeLessThanOrEqual(4);
  });

  it('prints every figure at least 35 mm wide', async () => {
    let figures = 0;
    for (const routine of Object.values(library.routines)) {
      const boxes = await svgBoxes(fileOf(routine.id));
      for (const box of boxes)
        expect(box.width, `${routine.id} page ${box.page}`).toBeGreaterThanOrEqual(35);
      figures += boxes.length;
    }
    expect(figures).toBeGreaterThan(100);
  });
});
