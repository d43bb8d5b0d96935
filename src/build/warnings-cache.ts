/**
 * Figure warnings kept between builds (the build's advice, `contentAdvice`): working them out lays
 * out every drawn figure, about a second of a no-op build at 10× the content. A file's name is the
 * hash of what the warnings come from (the exercise's figure and steps) and of the code that works
 * them out (src/figures/ and the pose schema, as for moving figures), so a change to either works
 * them out again. Kept in the cache folder and pruned with the PDF cache (unused for 30 days).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figureWarnings, type FigureWarning } from '../figures/warnings.ts';
import type { WarningsOf } from '../quality/advice.ts';
import { drawingCode } from './motion-cache.ts';

/** A warning as written in its file: JSON has no undefined, so a hint it lacks is null. */
interface Kept extends Omit<FigureWarning, 'hint'> {
  readonly hint: string | null;
}

/** `figureWarnings`, each exercise's read from `folder` when it was worked out before. */
export async function cachedFigureWarnings(folder: string): Promise<WarningsOf> {
  const code = await drawingCode();
  return (exercise) => {
    // Nothing is drawn, so nothing is worked out: no file for it.
    if (!exercise.figure || exercise.media.length > 0) return figureWarnings(exercise);
    const name = path.join(
      folder,
      `${createHash('sha256')
        .update('figure warnings 1\0')
        .update(code)
        .update('\0')
        .update(JSON.stringify([exercise.figure, exercise.steps]))
        .digest('hex')}.json`,
    );
    try {
      const kept = JSON.parse(readFileSync(name, 'utf8')) as Kept[];
      const now = new Date();
      // Touched, so pruning keeps what is still in use.
      utimesSync(name, now, now);
      return kept.map((w) => ({ ...w, hint: w.hint ?? undefined }));
    } catch {
      // Not kept yet (or unreadable): worked out below.
    }
    const warnings = figureWarnings(exercise);
    // Written whole or not at all; a cache that cannot be written only costs the next build the work.
    const temporary = `${name}.${process.pid}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      const kept: Kept[] = warnings.map((w) => ({ ...w, hint: w.hint ?? null }));
      writeFileSync(temporary, JSON.stringify(kept));
      renameSync(temporary, name);
    } catch {
      rmSync(temporary, { force: true });
    }
    return warnings;
  };
}
