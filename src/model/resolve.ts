/**
 * Validated files → the Library: first the checks between files (references, and running advice
 * that reaches the patient), then, only when every file is valid and every reference resolves, the
 * assembly of one frozen Library.
 */
import { assemble } from './assemble.ts';
import type { Entries } from './entries.ts';
import { deepFreeze, type Library } from './library.ts';
import type { Problem } from '../core/problems.ts';
import { checkReferences } from './references.ts';
import { checkRunningAdvice } from './running-check.ts';

/**
 * `translated`, when given, is the same files in another language: the checks read the originals
 * (the running check reads English words), the Library is assembled from the translation.
 */
export function resolve(
  root: string,
  entries: Entries,
  translated: Entries = entries,
): { library?: Library; problems: Problem[] } {
  const problems = [...checkReferences(root, entries), ...checkRunningAdvice(entries)];
  if (problems.length > 0 || !entries.allValid()) return { problems };
  const assembled = assemble(root, translated);
  if (assembled.problems.length > 0 || !assembled.library) return { problems: assembled.problems };
  return { library: deepFreeze(assembled.library), problems: [] };
}
