/**
 * Personal doses in a link's fragment, as a handout's QR code writes them:
 * `#dose=clamshell:3x15,side-plank:2x30s` — sets, or sets × the amount (reps, `s` seconds, `m`
 * metres), the same forms as `--dose`. The fragment never reaches a server. A dose that does not
 * fit its exercise (`clamshell:3x30s` on a counted exercise) or is out of range is left out, and
 * the view says some could not be used.
 */
import type { Dose } from '../model/schema/dose.ts';

export interface LinkDoses {
  readonly doses: Map<string, Dose>;
  /** Entries that could not be used, as written. */
  readonly refused: string[];
}

const form = /^(\d{1,2})(?:x(\d{1,4})(s|m)?)?$/;

/** The doses of a fragment, applied to the routine's doses by exercise id. */
export function linkDoses(hash: string, routineDoses: ReadonlyMap<string, Dose>): LinkDoses {
  const doses = new Map<string, Dose>();
  const refused: string[] = [];
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('dose');
  for (const entry of (value ?? '').split(',').filter(Boolean)) {
    const [id = '', spec = ''] = entry.split(':');
    const dose = routineDoses.get(id);
    const match = form.exec(spec.trim().toLowerCase());
    const changed = dose && match ? withAmount(dose, match) : undefined;
    if (changed) doses.set(id, changed);
    else refused.push(entry);
  }
  return { doses, refused };
}

function withAmount(dose: Dose, [, sets = '', amount, unit]: RegExpExecArray): Dose | undefined {
  const n = Number(sets);
  if (n < 1 || n > 10) return undefined;
  if (amount === undefined) return { ...dose, sets: n };
  const a = Number(amount);
  const timed = dose.holdSeconds !== undefined || dose.seconds !== undefined;
  const fits =
    unit === 's' ? timed : unit === 'm' ? dose.metres !== undefined : dose.reps !== undefined;
  if (!fits || a < 1 || a > (unit === 's' ? 1800 : unit === 'm' ? 400 : 100)) return undefined;
  if (dose.holdSeconds !== undefined) return { ...dose, sets: n, holdSeconds: a };
  if (dose.seconds !== undefined) return { ...dose, sets: n, seconds: a };
  if (dose.metres !== undefined) return { ...dose, sets: n, metres: a };
  return { ...dose, sets: n, reps: a };
}
