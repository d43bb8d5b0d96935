/**
 * A Zod schema as plain rules the browser can check without Zod: the schema's JSON Schema (input
 * side), made at build time, without the descriptions. The builder and the patient's pages check a
 * program link with these rules (`domain/rules-check.ts`) so Zod (about 37 KB gzipped) stays out of
 * their scripts; the schema stays the one definition. Checks that JSON Schema cannot say (custom
 * refinements such as the stages' week order) are not in the rules: Node checks them with Zod when
 * the program is printed (`--program`) or committed (`npm run check`).
 */
import { z } from 'zod';

/** The JSON Schema keywords the rules use; `checkRules` knows every one of them. */
export interface Rules {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly properties?: Readonly<Record<string, Rules>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: Rules;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
}

const known = new Set<string>([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'default',
]);
const dropped = new Set(['description', '$schema', 'title']);

function strip(node: unknown, where: string): Rules {
  if (!node || typeof node !== 'object' || Array.isArray(node))
    throw new Error(`schema rules: ${where} is not a schema`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    // A keyword the browser's check does not know would be skipped there: refuse it here instead.
    if (!known.has(key) || (key === 'type' && typeof value !== 'string'))
      throw new Error(`schema rules: ${where} uses "${key}" in a way checkRules does not know`);
    if (key === 'properties')
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, rule]) => [
          name,
          strip(rule, `${where}.${name}`),
        ]),
      );
    else if (key === 'items') out[key] = strip(value, `${where}[]`);
    else out[key] = value;
  }
  return out;
}

/** The rules of `schema`; throws when it needs a keyword the browser's check does not know. */
export function schemaRules(schema: z.ZodType): Rules {
  return strip(z.toJSONSchema(schema, { io: 'input' }), 'the schema');
}
