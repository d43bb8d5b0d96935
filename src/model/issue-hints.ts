/**
 * How to fix a Zod issue, for the "Hint:" after every content error. Most specific first: what was
 * written (a clock time, a typo), the check's own hint, the field's hints from its schema module,
 * advice for the kind of issue, and last the field's description; never empty.
 */
import type { z } from 'zod';
import { hintsOf } from './schema/hints.ts';
import { closest, didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** A hint that depends on what was written: a clock time, a quoted number, a near miss. */
export function writtenHint(issue: Issue, written: string | undefined): string | undefined {
  const input = issue.input;
  if (issue.code === 'invalid_type') {
    const expected = issue.expected;
    if ((expected === 'number' || expected === 'int') && typeof input === 'string') {
      const clock = /^(\d+):([0-5]\d)$/.exec(input);
      if (clock) {
        const seconds = Number(clock[1]) * 60 + Number(clock[2]);
        return `Write time as a plain number of seconds: ${input} is ${seconds}.`;
      }
      if (/^\d+(\.\d+)?$/.test(input)) return 'Remove the quotes around the number.';
      return 'Write it in digits, like 3.';
    }
    if (expected === 'boolean' && typeof input === 'string') {
      return `Write true or false. (YAML 1.2 reads ${written ?? input} as text, not as a yes/no.)`;
    }
    if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
      return `Put it in quotes so it stays as written: "${written ?? String(input)}".`;
    }
    if (expected === 'array' && typeof input === 'string') {
      return 'Make it a list: put each item on its own line, starting with "- ".';
    }
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    return didYouMean(input, issue.values.map(String), 'value');
  }
  if (issue.code === 'invalid_union' && issue.discriminator) {
    const options = ('options' in issue ? (issue.options ?? []) : []).map(String);
    const given = (input as Record<string, unknown> | undefined)?.[issue.discriminator];
    if (typeof given === 'string') {
      // The message already lists the kinds, so the hint only names a likely typo.
      const match = closest(given, options);
      return match
        ? `Did you mean "${match}"?`
        : 'Change it to one of those words, spelled as listed.';
    }
    return `Add a line "${issue.discriminator}: …" with one of: ${options.join(', ')}.`;
  }
  return undefined;
}

/** The parts of a Zod definition read here (Zod's own types do not name each check's fields). */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}
interface CheckDef {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
}

const defOf = (schema: unknown) => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** "Write a whole number from 1 to 10.", from the number schema's own limits. */
function rangeHint(issue: Issue, schemas: readonly unknown[]): string {
  const number = schemas.map(defOf).find((def) => def?.type === 'number');
  const checks = (number?.checks ?? []).map((c) => c._zod.def);
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const whole = checks.some((c) => c.check === 'number_format');
  const kind = whole ? 'a whole number' : 'a number';
  if (low?.value !== undefined && high?.value !== undefined)
    return low.inclusive === false
      ? `Write ${kind} above ${low.value}, up to ${high.value}.`
      : `Write ${kind} from ${low.value} to ${high.value}.`;
  if (low?.value !== undefined)
    return low.inclusive === false
      ? `Write ${kind} above ${low.value}.`
      : `Write ${low.value} or more.`;
  if (high?.value !== undefined) return `Write ${high.value} or less.`;
  if (issue.code === 'too_small') return `Write ${String(issue.minimum)} or more.`;
  if (issue.code === 'too_big') return `Write ${String(issue.maximum)} or less.`;
  return 'Write a number in the range the message gives.';
}

const typeHints: Record<string, string> = {
  number: 'Write it in digits, like 3.',
  int: 'Write it in digits, like 3.',
  string: 'Write some words after the colon.',
  boolean: 'Write true or false.',
  array: 'Make it a list: put each item on its own line, starting with "- ".',
  object: 'Write its fields on the lines below it, each indented by 2 spaces, like "  sets: 2".',
};

/** The field's own description, from its schema: what it is, usually with an example. */
function description(schemas: readonly unknown[]): string | undefined {
  for (const schema of schemas) {
    const text = (schema as { description?: unknown }).description;
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** What to do for each kind of issue, when neither the value nor the schema says more. */
function genericHint(issue: Issue, schemas: readonly unknown[]): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeHints[issue.expected];
    case 'too_small':
      if (issue.origin === 'array')
        return issue.minimum === 1
          ? 'Add one, on its own line starting with "- ".'
          : `Add at least ${String(issue.minimum)}, each on its own line starting with "- ".`;
      if (issue.origin === 'string') return 'Write some words after the colon.';
      return rangeHint(issue, schemas);
    case 'too_big':
      if (issue.origin === 'array') return `Keep at most ${String(issue.maximum)} here.`;
      if (issue.origin === 'string')
        return `Shorten it to ${String(issue.maximum)} characters or fewer.`;
      return rangeHint(issue, schemas);
    case 'invalid_value':
      return `Write one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Write it like front-desk@example.org.';
      if (issue.format === 'url') return 'Write the whole address, like https://example.org/hips/.';
      return undefined;
    case 'not_multiple_of':
      return `Write a multiple of ${String(issue.divisor)}.`;
    default:
      return undefined;
  }
}

/** How to fix an issue at a field described by `schemas` (see schemasAt), given what was written. */
export function hintFor(
  issue: Issue,
  written: string | undefined,
  schemas: readonly unknown[],
): string {
  const params =
    issue.code === 'custom' ? (issue.params as { hint?: unknown } | undefined) : undefined;
  const fromCheck = typeof params?.hint === 'string' ? params.hint : undefined;
  const fromField = schemas.map((schema) => hintsOf(schema)?.[issue.code]).find(Boolean);
  const about = description(schemas);
  return (
    writtenHint(issue, written) ??
    fromCheck ??
    fromField ??
    genericHint(issue, schemas) ??
    (about ? `This field is: ${about}` : 'Compare it with the same field in a file that loads.')
  );
}
