/** Reads a Zod schema along a field path: field names for "did you mean", and the schemas there for hints. */
import type { z } from 'zod';

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;
}

/** Unwraps optional, default, pipe and similar wrappers down to the schema that holds the shape. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (!def) return current;
    if ('innerType' in def) current = def['innerType'];
    else if (def.type === 'pipe') current = def['in'];
    else return current;
  }
  return current;
}

/** For a union (such as slide kinds), the options that match the data's discriminator. */
function pick(schema: unknown, data: unknown): unknown[] {
  const current = unwrap(schema);
  const def = defOf(current);
  if (def?.type !== 'union') return [current];
  const options = def['options'] as unknown[];
  const discriminator = def['discriminator'] as string | undefined;
  if (discriminator && data && typeof data === 'object') {
    const value = (data as Record<string, unknown>)[discriminator];
    const matching = options.filter((option) => {
      const shape = defOf(unwrap(option))?.['shape'] as Record<string, unknown> | undefined;
      const literal = defOf(shape?.[discriminator])?.['values'] as unknown[] | undefined;
      return literal?.includes(value);
    });
    if (matching.length) return matching;
  }
  return options;
}

/**
 * Follows `path` down `schema`, given the actual data: the schemas written for the field at the
 * end (`fields`, as declared, wrappers included), and what they hold once unwrapped (`candidates`).
 */
function descend(
  schema: unknown,
  data: unknown,
  path: readonly PropertyKey[],
): { fields: unknown[]; candidates: unknown[] } {
  let fields = [schema];
  let candidates = pick(schema, data);
  let value = data;
  for (const segment of path) {
    const next: unknown[] = [];
    for (const candidate of candidates) {
      const def = defOf(candidate);
      if (def?.type === 'object')
        next.push((def['shape'] as Record<string, unknown>)[String(segment)]);
      else if (def?.type === 'array') next.push(def['element']);
      else if (def?.type === 'record') next.push(def['valueType']);
    }
    value =
      value && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined;
    fields = next.filter(Boolean);
    candidates = fields.flatMap((c) => pick(c, value));
  }
  return { fields, candidates };
}

/** Each schema and every schema it wraps: optional(default(number)) → all three. */
function layers(schema: unknown): unknown[] {
  const found = [schema];
  for (let current = schema; found.length < 20;) {
    const def = defOf(current);
    const inner =
      def && 'innerType' in def ? def['innerType'] : def?.type === 'pipe' ? def['in'] : undefined;
    if (!inner) break;
    found.push(inner);
    current = inner;
  }
  return found;
}

/**
 * Every schema that could describe the value at `path`, outermost first: the field as declared,
 * what it wraps, and for a union each option that matches the data. Hints and ranges are read here.
 */
export function schemasAt(schema: unknown, data: unknown, path: readonly PropertyKey[]): unknown[] {
  const { fields, candidates } = descend(schema, data, path);
  return [...new Set([...fields.flatMap(layers), ...candidates.flatMap(layers)])];
}

/** The field names allowed at `path` inside `schema`, given the actual data. */
export function knownKeys(schema: unknown, data: unknown, path: readonly PropertyKey[]): string[] {
  const { candidates } = descend(schema, data, path);
  const keys = new Set<string>();
  for (const candidate of candidates) {
    const shape = defOf(candidate)?.['shape'] as Record<string, unknown> | undefined;
    if (shape) for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}
