/**
 * `--dose clamshell=3x15` for personal handouts. Forms: `3` (sets only), `3x15` (sets × the
 * exercise's own amount: reps, or seconds for a hold), `2x30s` (seconds: a hold for a hold
 * exercise, timed rounds otherwise), `2x10m` (metres). The result is checked by the same schema
 * as a routine's dose override, so the limits and messages match the YAML.
 */
import { UserError } from '../core/errors.ts';
import type { Exercise } from '../model/library.ts';
import { doseOverride, type DoseOverride } from '../model/schema/dose.ts';
import { closest } from '../model/suggest.ts';

export const doseHelp =
  'Write it as <exercise>=<sets>x<amount>: clamshell=3x15 (reps), side-plank=2x30s (seconds), band-walk=2x10m (metres), or clamshell=3 (sets only).';

function amountFor(exercise: Exercise, amount: number, unit: string): DoseOverride {
  if (unit === 'm') return { metres: amount };
  const holds = exercise.dose.holdSeconds !== undefined;
  if (unit === 's') return holds ? { holdSeconds: amount } : { seconds: amount };
  // No unit: the same kind of amount the exercise already uses.
  if (holds) return { holdSeconds: amount };
  if (exercise.dose.seconds !== undefined) return { seconds: amount };
  if (exercise.dose.metres !== undefined) return { metres: amount };
  return { reps: amount };
}

/** Parses every --dose value against the exercises of the routine; lists every problem at once. */
export function parseDoses(
  values: readonly string[],
  exercises: Readonly<Record<string, Exercise>>,
  routineId: string,
): Record<string, DoseOverride> {
  const doses: Record<string, DoseOverride> = {};
  const problems: string[] = [];
  const ids = Object.keys(exercises);
  for (const value of values) {
    const match = /^([a-z0-9-]+)=(\d+)(?:x(\d+)(s|m)?)?$/i.exec(value.trim().replace(/\s+/g, ''));
    if (!match) {
      problems.push(`--dose ${value}: not understood. ${doseHelp}`);
      continue;
    }
    const [, id = '', sets = '', amount, unit = ''] = match;
    const exercise = exercises[id];
    if (!exercise) {
      const match = closest(id, ids);
      const hint = match ? ` Did you mean "${match}"?` : '';
      problems.push(
        `--dose ${value}: "${id}" is not an exercise in ${routineId}.${hint} Its exercises are: ${ids.join(', ')}.`,
      );
      continue;
    }
    const override = {
      sets: Number(sets),
      ...(amount === undefined ? {} : amountFor(exercise, Number(amount), unit.toLowerCase())),
    };
    const checked = doseOverride.safeParse(override);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = issue?.path.join('.') ?? 'dose';
      problems.push(`--dose ${value}: ${field} ${issue?.message ?? 'is not valid'}.`);
      continue;
    }
    doses[id] = checked.data;
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return doses;
}
