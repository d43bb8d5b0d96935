/**
 * routines/ → the Library. Reads every file, parses, validates, then resolves references.
 * Every problem in every file is collected; if there is any, one ContentError lists them all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deepFreeze, type Library } from './library.ts';
import { UserError } from '../core/errors.ts';
import { parseYaml } from './parse.ts';
import { ContentError, type Problem } from '../core/problems.ts';
import { entrySet, type Entry } from './entries.ts';
import { resolve } from './resolve.ts';
import { kinds, type KindName } from './schema/index.ts';
import { closest } from './suggest.ts';
import { validate } from './validate.ts';
import { i18nFolder } from './i18n-files.ts';
import { inLanguage, readTranslations } from './translations.ts';
import { languageName } from './i18n-checks.ts';
import { displayPath } from './display-path.ts';
import { preparePictures } from './library-pictures.ts';

const yamlFile = /\.ya?ml$/;
/** Other things allowed at the top of routines/. */
const otherEntries = new Set(['media', i18nFolder, 'README.md', '.gitkeep']);

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

export interface LoadOptions {
  /** The language to load, one of settings.yaml's languages; the content's own when left out. */
  readonly language?: string | undefined;
}

/**
 * The Library in one language: every file and every translation is checked whatever the
 * language, so a build in English still fails on a broken Spanish file.
 */
export async function loadLibrary(root: string, options: LoadOptions = {}): Promise<Library> {
  const { files, problems } = await discover(root);
  const read = await Promise.all(files.map(([kind, file]) => readEntry(kind, file)));
  problems.push(...read.flatMap((r) => r.problems));
  const all = read.flatMap((r) => (r.entry ? [r.entry] : []));
  const translations = await readTranslations(root, entrySet(all));
  problems.push(...translations.problems);
  const language = options.language ?? translations.languages[0];
  const { languages } = translations;
  if (language !== undefined && languages.length > 0 && !languages.includes(language))
    throw new UserError(
      `${languageName(language)} (${language}) is not one of the languages in settings.yaml (${languages.join(', ')}). Hint: Add it to languages: [${[...languages, language].join(', ')}], or choose one of ${languages.join(', ')}.`,
    );
  const entries = entrySet(all);
  const resolved = resolve(
    root,
    entries,
    language === undefined || language === languages[0]
      ? entries
      : entrySet(inLanguage(all, translations, language)),
  );
  problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.library) throw new ContentError(problems);
  const library = deepFreeze({ ...resolved.library, advice: translations.advice });
  const pictures = await preparePictures(library);
  if (pictures.length > 0) throw new ContentError(pictures);
  return library;
}
