/**
 * A program file anywhere on disk (one downloaded from the builder, say), read like content: parsed,
 * checked by the program schema and against the library's ids, every problem at file:line:col.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type Problem } from '../core/problems.ts';
import { entrySet, type Entry } from './entries.ts';
import type { Library, Program } from './library.ts';
import { displayPath } from './display-path.ts';
import { parseYaml } from './parse.ts';
import { alternatingSideProblems } from './program-sides.ts';
import { references } from './reference-fields.ts';
import { unknownReference } from './references.ts';
import { program as programSchema } from './schema/program.ts';
import { validate } from './validate.ts';

const idsIn = {
  exercise: (l: Library) => Object.keys(l.exercises),
  condition: (l: Library) => Object.keys(l.conditions),
  warmup: (l: Library) => Object.keys(l.warmups),
  routine: (l: Library) => Object.keys(l.routines),
  deck: (l: Library) => Object.keys(l.decks),
  program: (l: Library) => Object.keys(l.programs),
} as const;

/** Every reference of a program entry that the library does not have. */
function referenceProblems(library: Library, entry: Entry): Problem[] {
  return [...references(entrySet([entry]))].flatMap((found) =>
    unknownReference(found, idsIn[found[1]](library)),
  );
}

/** Reads and checks one program file; throws one ContentError listing every problem. */
export async function readProgramFile(library: Library, file: string): Promise<Program> {
  const shown = displayPath(file);
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined)
    throw new ContentError([
      {
        file: shown,
        line: 1,
        col: 1,
        message: 'the program file cannot be read',
        hint: 'Check the path, or download the program again from the builder.',
      },
    ]);
  const id = path.basename(file).replace(/\.ya?ml$/i, '');
  const { parsed, problems } = parseYaml(shown, source);
  if (!parsed) throw new ContentError(problems);
  const result = validate(parsed, programSchema);
  const entry: Entry = {
    kind: 'program',
    id,
    file: parsed,
    data: result.ok ? result.data : undefined,
  };
  problems.push(
    ...(result.ok ? [] : result.problems),
    ...referenceProblems(library, entry),
    ...alternatingSideProblems(entry, (x) => library.exercises[x]?.dose.alternates === true),
  );
  if (problems.length > 0 || !result.ok) throw new ContentError(problems);
  return { ...result.data, id, source: shown };
}
