/**
 * Checks plain data against schema rules (`model/schema-rules.ts`: a Zod schema's JSON Schema,
 * made at build time), in the browser without Zod. Gives every broken rule with where it is, and
 * the value as the schema would give it back: defaults filled in, text trimmed. Text fields also
 * refuse the control characters the schema's text type refuses.
 */
import { controlCharacter } from '../core/terminal.ts';
import type { Rules } from '../model/schema-rules.ts';

/** A broken rule: where, which rule, and the rule's limit or values when it has one. */
export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly rule:
    | 'type'
    | 'const'
    | 'enum'
    | 'minimum'
    | 'maximum'
    | 'minLength'
    | 'maxLength'
    | 'pattern'
    | 'minItems'
    | 'maxItems'
    | 'required'
    | 'unknown'
    | 'control';
  readonly expected?: unknown;
}

export interface RulesResult {
  readonly issues: readonly RuleIssue[];
  /** The value with defaults filled in and text trimmed (meaningful when there are no issues). */
  readonly value: unknown;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const fits = (type: string, value: unknown) =>
  type === typeOf(value) || (type === 'number' && typeOf(value) === 'integer');

function check(
  rules: Rules,
  input: unknown,
  path: (string | number)[],
  issues: RuleIssue[],
): unknown {
  const fail = (rule: RuleIssue['rule'], expected?: unknown, at = path) =>
    issues.push({ path: at, rule, ...(expected === undefined ? {} : { expected }) });
  if (rules.type && !fits(rules.type, input)) {
    fail('type', rules.type);
    return input;
  }
  // Text is trimmed first (the schema's text type trims); ids and dates are not.
  const value = typeof input === 'string' && rules.minLength !== undefined ? input.trim() : input;
  if ('const' in rules && value !== rules.const) fail('const', rules.const);
  if (rules.enum && !rules.enum.includes(value)) fail('enum', rules.enum);
  if (typeof value === 'number') {
    if (rules.minimum !== undefined && value < rules.minimum) fail('minimum', rules.minimum);
    if (rules.maximum !== undefined && value > rules.maximum) fail('maximum', rules.maximum);
  }
  if (typeof value === 'string') {
    if (rules.minLength !== undefined && value.length < rules.minLength)
      fail('minLength', rules.minLength);
    if (rules.maxLength !== undefined && value.length > rules.maxLength)
      fail('maxLength', rules.maxLength);
    if (rules.pattern !== undefined && !new RegExp(rules.pattern, 'u').test(value)) fail('pattern');
    if (rules.minLength !== undefined && controlCharacter.test(value)) fail('control');
    return value;
  }
  if (Array.isArray(value)) {
    if (rules.minItems !== undefined && value.length < rules.minItems)
      fail('minItems', rules.minItems);
    if (rules.maxItems !== undefined && value.length > rules.maxItems)
      fail('maxItems', rules.maxItems);
    const items = rules.items;
    return items ? value.map((item, i) => check(items, item, [...path, i], issues)) : value;
  }
  if (value && typeof value === 'object' && rules.properties) {
    const out: Record<string, unknown> = {};
    const given = value as Record<string, unknown>;
    for (const [key, rule] of Object.entries(rules.properties)) {
      if (given[key] === undefined) {
        if (rules.required?.includes(key)) fail('required', undefined, [...path, key]);
        else if ('default' in rule) out[key] = structuredClone(rule.default);
        continue;
      }
      out[key] = check(rule, given[key], [...path, key], issues);
    }
    if (rules.additionalProperties === false)
      for (const key of Object.keys(given))
        if (!Object.hasOwn(rules.properties, key)) fail('unknown', undefined, [...path, key]);
    return out;
  }
  return value;
}

/** Every rule `value` breaks, and the value as the schema gives it back. */
export function checkRules(rules: Rules, value: unknown): RulesResult {
  const issues: RuleIssue[] = [];
  const checked = check(rules, value, [], issues);
  return { issues, value: checked };
}
