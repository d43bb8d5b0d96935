/**
 * Issue 12's done-when, over every bundled routine: its Letter handout, printed by Chromium and
 * read back from the PDF, carries each stop rule and each rule for moving on of every exercise it
 * lists, the pain rule, the routine's advice, and, for a condition that says to pause or stop
 * running, a sentence that says so. And issue 12's layout: a routine of at most six exercises fits
 * on 4 pages, Letter and A4, with every figure at least 35 mm wide.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoutHtml } from '../../src/handouts/html.ts';
import { handoutFileName, type Variant } from '../../src/handouts/variants.ts';
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
const letter = { paper: 'letter', large: false } as const;
const a4 = { paper: 'a4', large: false } as const;
const fileOf = (id: string, variant: Variant = letter) =>
  path.join(folder, handoutFileName(id, variant));
/** At most six exercises (main and cool-down): issue 12's 4 pages, on A4 too. */
const isSmall = (routine: Routine) => routine.main.length + routine.coolDown.length <= 6;

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
  const routines = Object.values(library.routines);
  // Every routine on Letter; the short ones on A4 too.
  const printed = [
    ...routines.map((routine) => ({ routine, variant: letter })),
    ...routines.filter(isSmall).map((routine) => ({ routine, variant: a4 })),
  ];
  const browser = sharedBrowser();
  try {
    const jobs = await Promise.all(
      printed.map(async ({ routine, variant }) => ({
        source: {
          html: await handoutHtml(library, templates, routine.id, {
            ...variant,
            date: new Date(Date.UTC(2026, 0, 1)),
          }),
        },
        what: `The handout of ${routine.id}`,
        files: [fileOf(routine.id, variant)],
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
  for (const { routine, variant } of printed) {
    const file = fileOf(routine.id, variant);
    const pdf = await readPdf(file);
    pdfs.set(file, pdf);
    if (variant === letter) texts.set(routine.id, pdf.text.join(' '));
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

// Issue 12: a regular handout of up to six exercises takes at most 4 pages, Letter and A4, though
// each card carries every stop rule, the mistakes, the effort and when to move on, and its figures
// are at least 35 mm wide (issue 16): page 1 for the summary, advice, stop box and warm-up, the
// cards, then the tick-sheet, whole, last. No routine is let off, not even the ones for several
// conditions with their red flags and advice.
describe('every bundled regular handout of at most six exercises', () => {
  const small = () => Object.values(library.routines).filter(isSmall);

  it('takes at most 4 pages, Letter and A4, with the tick-sheet whole on the last', () => {
    expect(small().length).toBeGreaterThanOrEqual(13);
    for (const routine of small())
      for (const variant of [letter, a4]) {
        const { pages, text } = pdfs.get(fileOf(routine.id, variant)) ?? { pages: 0, text: [] };
        const what = `${routine.id} on ${variant.paper}`;
        expect(pages, what).toBeGreaterThan(0);
        expect(pages, `${what}: ${pages} pages`).toBeLessThanOrEqual(4);
        // The tick-sheet starts and ends on the last page: never split.
        expect(text.at(-2), what).not.toContain('Your tick-sheet');
        expect(text.at(-1), what).toContain('Your tick-sheet');
        expect(text.at(-1), what).toContain('Notes and questions');
      }
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
