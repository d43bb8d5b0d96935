/**
 * Issue 12: a routine's advice for the patient reaches the deck's summary slide, and its clinician
 * notes stay in the speaker notes, never on a slide.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckForRoutine } from '../../src/decks/plan.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { projectRoot } from '../helpers/cli.ts';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
});

describe("a routine deck's summary slide", () => {
  it('shows the advice for the patient, and keeps the clinician notes in the speaker notes', () => {
    const routine = library.routines['outer-hip-pain'];
    if (!routine?.notes) throw new Error('outer-hip-pain with advice and notes expected');
    expect(routine.advice.length).toBeGreaterThan(0);
    const slides = deckForRoutine(library, routine).slides;
    const summary = slides.find((s) => s.kind === 'summary');
    if (summary?.kind !== 'summary') throw new Error('no summary slide');
    expect(summary.advice).toEqual(routine.advice);
    const notes = summary.notes.sections.flatMap((s) => s.items);
    expect(notes).toContain(routine.notes);
    expect(notes).toEqual(expect.arrayContaining([...routine.advice]));
    // On no slide's face: only the notes carry it.
    for (const slide of slides) {
      const { notes: _notes, ...face } = slide;
      expect(JSON.stringify(face)).not.toContain(routine.notes);
    }
  });
});
