/**
 * A program checked by its Zod schema, as a `ProgramValidator`: what `domain/program-check.ts`
 * uses in Node (the CLI's `--program`, tests). The browser uses the same schema's rules instead
 * (`rulesValidator` there), without Zod.
 */
import type { z } from 'zod';
import { program as programSchema, type ProgramFile } from './schema/program.ts';

/** One thing wrong: where (a field path), and what, in words. */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type ProgramValidation =
  | { readonly success: true; readonly data: ProgramFile }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** Checks plain data as a program. */
export type ProgramValidator = (data: unknown) => ProgramValidation;

/** Zod's own words where the schema gives none, made plain. */
function plain(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.join(', ')}`;
  if (issue.code === 'unrecognized_keys') return 'is not part of a program';
  return undefined;
}

/** Where an issue is: an unknown field's own name, not the object that holds it. */
const pathOf = (issue: z.core.$ZodIssue): PropertyKey[] =>
  issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;

export const validateProgram: ProgramValidator = (data) => {
  const result = programSchema.safeParse(data, { error: plain });
  return result.success
    ? { success: true, data: result.data }
    : {
        success: false,
        issues: result.error.issues.map((issue) => ({
          path: pathOf(issue),
          message: issue.message,
        })),
      };
};
