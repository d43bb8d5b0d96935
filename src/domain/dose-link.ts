/**
 * Personal doses in a link: a personal handout's QR code opens the routine page with the doses the
 * clinician set in its fragment, `#dose=clamshell:3x15,side-plank:2x30`, and the page's script
 * shows those doses on the cards. Sets × the amount in the unit the routine's dose already uses
 * (reps, seconds or metres), the same form as `--dose`. Browser-safe: no node: imports.
 */
import type { Dose } from '../model/schema/dose.ts';

export interface LinkDose {
  readonly sets: number;
  /** Reps, seconds or metres, in the field the routine's dose uses; null keeps the routine's. */
  readonly amount: number | null;
}

const amountOf = (d: Dose): number | undefined => d.reps ?? d.holdSeconds ?? d.seconds ?? d.metres;

/** The fragment for these doses by exercise id ("" for none), in the order given. */
export function doseFragment(doses: Readonly<Record<string, Dose>>): string {
  const parts = Object.entries(doses).map(([id, d]) => {
    const amount = amountOf(d);
    return `${id}:${d.sets}${amount === undefined ? '' : `x${amount}`}`;
  });
  return parts.length > 0 ? `#dose=${parts.join(',')}` : '';
}

/** The doses in a location hash; parts that are not well formed are left out. */
export function parseDoseFragment(hash: string): Map<string, LinkDose> {
  const found = new Map<string, LinkDose>();
  const match = /(?:^#|&)dose=([^&]*)/.exec(hash);
  for (const part of match?.[1]?.split(',') ?? []) {
    const m = /^([a-z0-9-]+):(\d{1,2})(?:x(\d{1,4}))?$/.exec(decodeURIComponent(part));
    if (!m?.[1] || !m[2]) continue;
    const sets = Number(m[2]);
    if (sets < 1) continue;
    found.set(m[1], { sets, amount: m[3] === undefined ? null : Number(m[3]) });
  }
  return found;
}

/** The routine's dose with the link's sets and amount, the amount in the field it already uses. */
export function applyLinkDose(base: Dose, link: LinkDose): Dose {
  if (link.amount === null || link.amount < 1) return { ...base, sets: link.sets };
  const field =
    base.reps !== undefined
      ? 'reps'
      : base.holdSeconds !== undefined
        ? 'holdSeconds'
        : base.seconds !== undefined
          ? 'seconds'
          : base.metres !== undefined
            ? 'metres'
            : null;
  return field === null
    ? { ...base, sets: link.sets }
    : { ...base, sets: link.sets, [field]: link.amount };
}
