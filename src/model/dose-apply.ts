/**
 * A dose override applied to a dose: plain code without Zod, so the browser's builder, print and
 * follow-along pages use it without the schema library (`schema/dose.ts` re-exports it).
 */
import type { Dose, DoseOverride } from './schema/dose.ts';

/** The amount fields of a dose: a dose has exactly one. */
export const amountKeys = ['reps', 'holdSeconds', 'seconds', 'metres'] as const;
export type AmountKey = (typeof amountKeys)[number];

/** Keeps only the fields that are set, so spreading never writes `undefined` over a value. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Applies an override: a new amount replaces the old one; other fields replace field by field. */
export function applyDose(base: Dose, override: DoseOverride | undefined): Dose {
  if (!override) return base;
  const { reps, holdSeconds, seconds, metres, frequency: freq, ...rest } = override;
  const newAmount = defined({ reps, holdSeconds, seconds, metres });
  const keep =
    Object.keys(newAmount).length > 0
      ? Object.fromEntries(
          Object.entries(base).filter(([key]) => !(amountKeys as readonly string[]).includes(key)),
        )
      : base;
  return {
    ...keep,
    ...defined(rest),
    ...newAmount,
    frequency: { ...base.frequency, ...defined(freq ?? {}) },
  } as Dose;
}
