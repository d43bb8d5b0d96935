/**
 * Plain data → typed data, through the Zod schema. Every Zod issue becomes a Problem that
 * names the field, points at the exact value in the file, shows what was written, and hints a fix.
 */
import type { z } from 'zod';
import { didYouMean } from './suggest.ts';
import { exists, locateKey, locateValue, sourceText, type FieldPath } from './locate.ts';
import type { ParsedFile } from './parse.ts';
import type { Problem } from '../core/problems.ts';
import { knownKeys, schemasAt } from './schema-walk.ts';
import { hintFor, writtenHint } from './issue-hints.ts';
import { hintsOf } from './schema/hints.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const typeWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of "key: value" lines',
};

/** Default wording, used only where the schema does not give its own message. */
function defaultMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : 'is not one of the allowed values';
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'is not valid';
  }
}

/** A field path as people read it: dose.sets, steps[3] (items count from 1). */
export function label(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment + 1}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || 'the file';
}

function problemsFor(file: ParsedFile, schema: z.ZodType, issue: Issue): Problem[] {
  const path = issue.path;
  const schemas = schemasAt(schema, file.data, path);
  if (issue.code === 'unrecognized_keys') {
    const keys = knownKeys(schema, file.data, path);
    const where = path.length ? label(path) : 'this file';
    return issue.keys.map((key) => ({
      file: file.file,
      ...locateKey(file, path, key),
      message: `"${key}" is not a field of ${where}`,
      hint: keys.length ? didYouMean(key, keys, 'field') : 'Delete this line.',
    }));
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && !exists(file, path)) {
    const key = path.at(-1);
    const parent = path.slice(0, -1);
    return [
      {
        file: file.file,
        ...locateValue(file, parent),
        message: `${label(path)} is missing`,
        hint:
          writtenHint(issue, undefined) ??
          (typeof key === 'string'
            ? `Add a line "${key}: …" here.`
            : hintFor(issue, undefined, schemas)),
      },
    ];
  }
  if (issue.code === 'invalid_type' && issue.input === null) {
    return [
      {
        file: file.file,
        ...locateValue(file, path),
        message: `${label(path)} is empty`,
        // A field can say why it may look empty (a colour's "#" starts a YAML comment).
        hint:
          schemas.map((schema) => hintsOf(schema)?.invalid_type).find(Boolean) ??
          'Write a value after the colon.',
      },
    ];
  }
  const written = sourceText(file, path);
  // "(got …)" helps for a single value; for a list or a group it only repeats what the message says.
  const showGot = written !== undefined && !['a list', 'a group of fields'].includes(written);
  return [
    {
      file: file.file,
      ...locateValue(file, path),
      message: `${label(path)} ${issue.message}${showGot ? ` (got ${written})` : ''}`,
      hint: hintFor(issue, written, schemas),
    },
  ];
}

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(file: ParsedFile, schema: S): Validated<z.output<S>> {
  const result = schema.safeParse(file.data, { reportInput: true, error: defaultMessage });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => problemsFor(file, schema, issue)),
  };
}
