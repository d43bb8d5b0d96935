/**
 * A program item for one side on an exercise whose sides take turns (a skater hop: left, right,
 * left…; its dose says `alternates: true`) cannot be done as written, so it is refused at the
 * item's `side`, in `routines/programs/` (`references.ts`) and in a `--program` file
 * (`program-file.ts`). The builder and the patient's pages say the same in the catalog's words
 * (`domain/program-check.ts`).
 */
import type { Problem } from '../core/problems.ts';
import { problemAt, type Entry } from './entries.ts';
import { dataOf, entriesOf, field } from './reference-fields.ts';
import { label } from './validate.ts';

/** Problems for every item of a program entry that sets one side on an alternating exercise. */
export function alternatingSideProblems(
  entry: Entry,
  alternates: (exercise: string) => boolean,
): Problem[] {
  return entriesOf(field(dataOf(entry), 'items')).flatMap(([i, item]) => {
    const exercise = field(item, 'exercise');
    const side = field(item, 'side');
    if (typeof exercise !== 'string' || (side !== 'left' && side !== 'right')) return [];
    if (!alternates(exercise)) return [];
    return problemAt(
      entry,
      ['items', i, 'side'],
      `${label(['items', i, 'side'])} is ${side}, but ${exercise} works both sides in turn (its dose says alternates: true), so it cannot be done on one side only`,
      `Delete this line to do both sides, or choose an exercise done one side at a time.`,
    );
  });
}
