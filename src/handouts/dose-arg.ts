/**
 * `--dose clamshell=3x15` for personal handouts. Forms: `3` (sets only), `3x15` (sets × the amount
 * the exercise is done in), `2x30s` (seconds) and `2x10m` (metres). A unit must fit the exercise:
 * a counted exercise takes reps, a hold or timed one seconds, a walk metres, so `clamshell=3x15m`
 * is refused instead of printing "3 sets of 16 yards". The result is checked by the same schema as
 * a routine's dose override, so the limits and messages match the YAML.
 */
import type { ArgProblem } from '../core/problems.ts';
import type { Routine } from '../model/library.ts';
import { doseOverride, type Dose, type DoseOverride } from '../model/schema/dose.ts';
import { closest } from '../model/suggest.ts';

export const doseHelp =
  'Write it as <exercise>=<sets>x<amount>: clamshell=3x15 (reps), side-plank=2x30s (seconds), band-walk=2x10m (metres), or clamshell=3 (sets only).';

type Kind = 'reps' | 'seconds' | 'metres';

function kindOf(dose: Dose): Kind {
  if (dose.metres !== undefined) return 'metres';
  return dose.holdSeconds !== undefined || dose.seconds !== undefined ? 'seconds' : 'reps';
}

const units: Readonly<Record<string, Kind>> = { s: 'seconds', m: 'metres' };
const suffix: Readonly<Record<Kind, string>> = { reps: '', seconds: 's', metres: 'm' };
const kindWords: Readonly<Record<Kind, string>> = {
  reps: 'is counted in repetitions',
  seconds: 'is timed in seconds',
  metres: 'is measured in metres',
};

/** The amount in the field the routine's dose already uses (a hold stays a hold). */
function amountFor(dose: Dose, amount: number): DoseOverride {
  const kind = kindOf(dose);
  if (kind === 'metres') return { metres: amount };
  if (kind === 'reps') return { reps: amount };
  return dose.holdSeconds !== undefined ? { holdSeconds: amount } : { seconds: amount };
}

/** `clamshell=3x15m`: says what the exercise is done in, and the same dose written that way. */
function wrongUnit(id: string, kind: Kind, unit: Kind, sets: string, amount: string) {
  const message = `${id} ${kindWords[kind]}, not ${unit}.`;
  // "m" read as minutes is the likely slip on a hold or a timed exercise.
  if (unit === 'metres' && kind === 'seconds') {
    const minutes = Number(amount) === 1 ? '1 minute' : `${amount} minutes`;
    return { message, hint: `For ${minutes}, write ${id}=${sets}x${Number(amount) * 60}s.` };
  }
  return { message, hint: `Write ${id}=${sets}x${amount}${suffix[kind]}.` };
}

/** The routine's doses by exercise id: the ones a --dose can change (main and cool-down). */
export function routineDoses(routine: Routine): Record<string, Dose> {
  const items = [...routine.main, ...routine.coolDown];
  return Object.fromEntries(items.map((item) => [item.exercise, item.dose]));
}

/**
 * Parses every --dose value against the doses of the routine's exercises (by exercise id); returns
 * the changes and every problem at once, each naming the --dose it is about.
 */
export function parseDoses(
  values: readonly string[],
  doses: Readonly<Record<string, Dose>>,
  routineId: string,
): { doses: Record<string, DoseOverride>; problems: ArgProblem[] } {
  const changes: Record<string, DoseOverride> = {};
  const firstFor = new Map<string, string>();
  const problems: ArgProblem[] = [];
  const ids = Object.keys(doses);
  for (const value of values) {
    const arg = `--dose ${value}`;
    const problem = (message: string, hint?: string) => problems.push({ arg, message, hint });
    const match = /^([a-z0-9-]+)=(\d+)(?:x(\d+)([a-z]*))?$/i.exec(value.trim().replace(/\s+/g, ''));
    if (!match) {
      problem('not understood.', doseHelp);
      continue;
    }
    const [, id = '', sets = '', amount, unit = ''] = match;
    const dose = doses[id];
    if (!dose) {
      const near = closest(id, ids);
      problem(
        `"${id}" is not an exercise in ${routineId}.`,
        `${near ? `Did you mean "${near}"? ` : ''}Its exercises are: ${ids.join(', ')}.`,
      );
      continue;
    }
    const first = firstFor.get(id);
    if (first !== undefined) {
      problem(`changes ${id} again (after --dose ${first}).`, 'Give one --dose for each exercise.');
      continue;
    }
    firstFor.set(id, value);
    const kind = units[unit.toLowerCase()];
    if (unit !== '' && kind === undefined) {
      problem(`"${unit}" is not a unit.`, doseHelp);
      continue;
    }
    if (amount !== undefined && kind !== undefined && kind !== kindOf(dose)) {
      problems.push({ arg, ...wrongUnit(id, kindOf(dose), kind, sets, amount) });
      continue;
    }
    const override = {
      sets: Number(sets),
      ...(amount === undefined ? {} : amountFor(dose, Number(amount))),
    };
    const checked = doseOverride.safeParse(override);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      problem(`${issue?.path.join('.') ?? 'dose'} ${issue?.message ?? 'is not valid'}.`);
      continue;
    }
    changes[id] = checked.data;
  }
  return { doses: changes, problems };
}
