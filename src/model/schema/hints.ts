import type { z } from 'zod';

/**
 * How to fix a field, written next to the field in its schema module and read by validate.ts when
 * the field fails. Keyed by the kind of Zod issue, because one field can fail in several ways
 * (empty, too long) and each needs its own advice. A hint is for the person editing the YAML.
 */
export type FieldHints = Partial<Record<z.core.$ZodIssue['code'], string>>;

/**
 * Keyed by the schema's definition, not the schema: `.describe()` returns a copy that shares the
 * definition, so `id.describe('The exercise id')` keeps the hints given to `id`. Kept out of the
 * generated JSON Schema on purpose (editors already show each field's `.describe()` text).
 */
const byDefinition = new WeakMap<object, FieldHints>();

/**
 * Gives `schema` hints and returns it. Call it after the checks (`.min()`, `.max()`, `.regex()`
 * each make a new definition); `.describe()`, `.optional()` and `.default()` afterwards keep them.
 */
export function hinted<S extends z.ZodType>(schema: S, hints: FieldHints): S {
  byDefinition.set(schema._zod.def, hints);
  return schema;
}

/** The hints given to a schema, if any. */
export function hintsOf(schema: unknown): FieldHints | undefined {
  const def = (schema as { _zod?: { def?: object } } | undefined)?._zod?.def;
  return def ? byDefinition.get(def) : undefined;
}

/** A hint for an issue raised by `ctx.addIssue` or `.refine`: Zod keeps `params` on the issue. */
export function hintParams(hint: string): { params: { hint: string } } {
  return { params: { hint } };
}
