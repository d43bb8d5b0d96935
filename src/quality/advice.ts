/**
 * Advice for the people who edit the content: patient text that is hard to read, figure
 * arrows that cannot be drawn, a step that says to switch sides without `switchStep`, and effort or
 * moveOn that say "on each side" without a one-side form. Unlike a Problem, advice never stops a check or a build; it is
 * printed after the summary so a therapist who never runs the tests still hears about it.
 */
import { figureWarnings, type FigureWarning } from '../figures/warnings.ts';
import type { Exercise, Library } from '../model/library.ts';
import type { FieldPath } from '../model/locate.ts';
import { fieldPath, positionAt } from '../model/positions.ts';
import { formatProblem, sortProblems, type Note } from '../core/problems.ts';
import { label } from '../model/validate.ts';
import { patientTexts } from './patient-text.ts';
import { checkReading, patientLimits, type ReadingLimits } from './reading-check.ts';
import { oneSideWordsAdvice } from './one-side-words.ts';
import { switchStepAdvice } from './switch-steps.ts';

/** One piece of advice, at a line and column when the field can be found in its file. */
export type Advice = Note;

/** Advice before it is located: the field path inside its file. */
interface Unplaced extends Omit<Advice, 'line' | 'col'> {
  readonly path: FieldPath;
}

/** The first few words of a text, so the reader can find it in a long list. */
function opening(text: string, count = 6): string {
  const all = text.trim().split(/\s+/);
  return all.length > count ? `${all.slice(0, count).join(' ')}…` : all.join(' ');
}

function readingAdvice(library: Library, limits: ReadingLimits): Unplaced[] {
  return checkReading(patientTexts(library), limits).tooHard.map((t) => {
    const where = fieldPath(t.field);
    return {
      file: t.file,
      path: where,
      message: `${label(where)} "${opening(t.text)}" reads at grade ${t.grade.toFixed(1)}; aim for ${limits.maxAverage} or lower.`,
      hint: 'Shorter sentences and shorter words help.',
    };
  });
}

/** An exercise's figure warnings: `figureWarnings`, or the build's copy kept between builds. */
export type WarningsOf = (exercise: Exercise) => readonly FigureWarning[];

function figureAdvice(library: Library, warningsOf: WarningsOf): Unplaced[] {
  return Object.values(library.exercises).flatMap((exercise) =>
    warningsOf(exercise).map((w) => ({ ...w, file: exercise.source })),
  );
}

/**
 * Every piece of advice for a valid library, sorted by file, then line and column. Positions come
 * from the Library; a field that is not written in its file (a value from a default) has none, so
 * the advice names the file alone.
 */
export function contentAdvice(
  library: Library,
  limits: ReadingLimits = patientLimits,
  warningsOf: WarningsOf = figureWarnings,
): Advice[] {
  const placed = [
    ...readingAdvice(library, limits),
    ...figureAdvice(library, warningsOf),
    ...switchStepAdvice(library),
    ...oneSideWordsAdvice(library),
  ].map(({ path: where, ...rest }): Advice => ({
    ...rest,
    ...positionAt(library.positions, rest.file, where),
  }));
  return sortProblems([...placed, ...library.advice]);
}

/** A heading and one line each, like a problem list; '' when there is no advice. */
export function formatAdvice(advice: readonly Advice[]): string {
  if (advice.length === 0) return '';
  const heading = `${advice.length} ${advice.length === 1 ? 'piece' : 'pieces'} of advice (the content is still valid):`;
  const lines = advice.map(formatProblem);
  return [heading, ...lines].join('\n');
}
