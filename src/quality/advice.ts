/**
 * Advice for the people who edit the content: patient text that is hard to read, and figure
 * arrows that cannot be drawn. Unlike a Problem, advice never stops a check or a build; it is
 * printed after the summary so a therapist who never runs the tests still hears about it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { figureWarnings } from '../figures/warnings.ts';
import type { Library } from '../model/library.ts';
import { exists, locateValue, type FieldPath } from '../model/locate.ts';
import { parseYaml, type ParsedFile } from '../model/parse.ts';
import { formatProblem, sortProblems, type Note, type Position } from '../core/problems.ts';
import { label } from '../model/validate.ts';
import { patientTexts } from './patient-text.ts';
import { checkReading, patientLimits, type ReadingLimits } from './reading-check.ts';

/** One piece of advice, at a line and column when the field can be found in its file. */
export type Advice = Note;

/** Advice before it is located: the field path inside its file. */
interface Unplaced extends Omit<Advice, 'line' | 'col'> {
  readonly path: FieldPath;
}

/** `warmUp.items[0].note` (how patientTexts names a field) → ['warmUp', 'items', 0, 'note']. */
export function fieldPath(field: string): FieldPath {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map(([segment, index]) =>
    index === undefined ? segment : Number(index),
  );
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

function figureAdvice(library: Library): Unplaced[] {
  return Object.values(library.exercises).flatMap((exercise) =>
    figureWarnings(exercise).map((w) => ({ ...w, file: exercise.source })),
  );
}

/**
 * Finds fields in their files. The Library keeps no positions, so a file is read and parsed
 * again, once, and only when it has advice. A field that is not written in the file (a value
 * from a default) or a file that cannot be read again has no position: the advice names the file.
 */
function locator(): (file: string, where: FieldPath) => Promise<Position | undefined> {
  const parsed = new Map<string, Promise<ParsedFile | undefined>>();
  const parse = async (file: string) => {
    const source = await readFile(path.resolve(file), 'utf8').catch(() => undefined);
    return source === undefined ? undefined : parseYaml(file, source).parsed;
  };
  return async (file, where) => {
    let pending = parsed.get(file);
    if (!pending) parsed.set(file, (pending = parse(file)));
    const doc = await pending;
    return doc && exists(doc, where) ? locateValue(doc, where) : undefined;
  };
}

/** Every piece of advice for a valid library, sorted by file, then line and column. */
export async function contentAdvice(
  library: Library,
  limits: ReadingLimits = patientLimits,
): Promise<Advice[]> {
  const locate = locator();
  const placed = await Promise.all(
    [...readingAdvice(library, limits), ...figureAdvice(library)].map(
      async ({ path: where, ...rest }): Promise<Advice> => ({
        ...rest,
        ...(await locate(rest.file, where)),
      }),
    ),
  );
  return sortProblems(placed);
}

/** A heading and one line each, like a problem list; '' when there is no advice. */
export function formatAdvice(advice: readonly Advice[]): string {
  if (advice.length === 0) return '';
  const heading = `${advice.length} ${advice.length === 1 ? 'piece' : 'pieces'} of advice (the content is still valid):`;
  const lines = advice.map(formatProblem);
  return [heading, ...lines].join('\n');
}
