/**
 * routines/ → the Library. Reads every file, parses, validates, then resolves references.
 * Every problem in every file is collected; if there is any, one ContentError lists them all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Library } from './library.ts';
import { parseYaml } from './parse.ts';
import { ContentError, type Problem } from '../core/problems.ts';
import { entrySet, type Entry } from './entries.ts';
import { resolve } from './resolve.ts';
import { kinds, type KindName } from './schema/index.ts';
import { closest } from './suggest.ts';
import { validate } from './validate.ts';

const yamlFile = /\.ya?ml$/;
/** Other things allowed at the top of routines/ (i18n/ holds translations, read by their own loader). */
const otherEntries = new Set(['media', 'README.md', '.gitkeep', 'i18n']);

/** A path as shown to people: relative to the working folder, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

async function listYaml(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && yamlFile.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Files of each kind, plus problems for files in places nothing reads. */
async function discover(
  root: string,
): Promise<{ files: [KindName, string][]; problems: Problem[] }> {
  const files: [KindName, string][] = [];
  const problems: Problem[] = [];
  const known = new Map<string, KindName>();
  for (const [name, kind] of Object.entries(kinds) as [KindName, (typeof kinds)[KindName]][]) {
    const place = 'folder' in kind.place ? kind.place.folder : kind.place.file;
    known.set(place, name);
    if ('folder' in kind.place) {
      for (const file of await listYaml(path.join(root, place))) files.push([name, file]);
    } else {
      files.push([name, path.join(root, place)]);
    }
  }
  const top = await readdir(root, { withFileTypes: true }).catch(() => undefined);
  if (!top) {
    problems.push({
      file: displayPath(root),
      line: 1,
      col: 1,
      message: 'the content folder does not exist',
      hint: 'Run the command from the project folder, or pass the folder that holds exercises/ and routines/.',
    });
    return { files: [], problems };
  }
  for (const entry of top) {
    if (known.has(entry.name) || otherEntries.has(entry.name)) continue;
    const isYaml = entry.isFile() && yamlFile.test(entry.name);
    const holdsYaml =
      entry.isDirectory() && (await listYaml(path.join(root, entry.name))).length > 0;
    if (!isYaml && !holdsYaml) continue;
    const match = closest(entry.name, known.keys());
    problems.push({
      file: displayPath(path.join(root, entry.name)),
      line: 1,
      col: 1,
      message: `this ${isYaml ? 'file' : 'folder'} is not read by routine-press`,
      hint: match
        ? `Did you mean "${match}"? Rename it.`
        : `Content goes in ${[...known.keys()].join(', ')}.`,
    });
  }
  return { files, problems };
}

/** Reads, parses and validates one file. */
async function readEntry(
  kind: KindName,
  file: string,
): Promise<{ entry?: Entry; problems: Problem[] }> {
  const shown = displayPath(file);
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined) {
    const message = `the ${kinds[kind].noun} file is missing`;
    return {
      problems: [
        {
          file: shown,
          line: 1,
          col: 1,
          message,
          hint: `Create ${shown}; see README.md for an example.`,
        },
      ],
    };
  }
  const id = path.basename(file).replace(yamlFile, '');
  const { parsed, problems } = parseYaml(shown, source);
  if (!parsed) return { entry: { kind, id, file: undefined, data: undefined }, problems };
  const result = validate(parsed, kinds[kind].schema);
  if (result.ok) return { entry: { kind, id, file: parsed, data: result.data }, problems };
  return {
    entry: { kind, id, file: parsed, data: undefined },
    problems: [...problems, ...result.problems],
  };
}

export async function loadLibrary(root: string): Promise<Library> {
  const { files, problems } = await discover(root);
  const read = await Promise.all(files.map(([kind, file]) => readEntry(kind, file)));
  problems.push(...read.flatMap((r) => r.problems));
  const entries = entrySet(read.flatMap((r) => (r.entry ? [r.entry] : [])));
  const resolved = resolve(root, entries);
  problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.library) throw new ContentError(problems);
  return resolved.library;
}
