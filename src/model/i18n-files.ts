/**
 * Where translations live: routines/i18n/<language>/ mirrors routines/, so the Spanish of
 * routines/exercises/clamshell.yaml is routines/i18n/es/exercises/clamshell.yaml. Finds every
 * overlay file with the original it translates, and says where a file sits that nothing reads.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../core/problems.ts';
import { displayPath } from './display-path.ts';
import { kinds, type Kind, type KindName } from './schema/index.ts';
import { closest } from './suggest.ts';

export const i18nFolder = 'i18n';
const yamlFile = /\.ya?ml$/;
const languageTag = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export interface OverlayFile {
  readonly language: string;
  readonly kind: KindName;
  /** The original's id: its file name without .yaml. */
  readonly id: string;
  /** The overlay's path on disk. */
  readonly path: string;
  /** The original's path on disk. */
  readonly original: string;
}

/** The overlay path of an original, for a language: routines/i18n/es/exercises/clamshell.yaml. */
export function overlayPath(root: string, language: string, original: string): string {
  return path.join(root, i18nFolder, language, path.relative(root, original));
}

/** The kind a path inside a language folder holds ("exercises/clamshell.yaml" → exercise). */
function kindAt(relative: string): KindName | undefined {
  const parts = relative.split(path.sep);
  for (const [name, kind] of Object.entries(kinds) as [KindName, Kind][]) {
    if ('file' in kind.place ? relative === kind.place.file : parts[0] === kind.place.folder)
      return name;
  }
  return undefined;
}

const kindList: readonly Kind[] = Object.values(kinds);
const places = kindList.map((k) => ('file' in k.place ? k.place.file : `${k.place.folder}/`));

/** Every overlay file under root/i18n/, and a problem for each file or folder nothing reads. */
export async function findOverlays(
  root: string,
): Promise<{ overlays: OverlayFile[]; problems: Problem[] }> {
  const base = path.join(root, i18nFolder);
  const folders = await readdir(base, { withFileTypes: true }).catch(() => []);
  const overlays: OverlayFile[] = [];
  const problems: Problem[] = [];
  const at = (file: string, message: string, hint: string): Problem => ({
    file: displayPath(file),
    line: 1,
    col: 1,
    message,
    hint,
  });
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!folder.isDirectory()) continue;
    const language = folder.name;
    const languageRoot = path.join(base, language);
    if (!languageTag.test(language)) {
      problems.push(
        at(
          languageRoot,
          `"${language}" is not a language tag`,
          'Name the folder after the language, like "es" or "pt-BR".',
        ),
      );
      continue;
    }
    const entries = await readdir(languageRoot, { withFileTypes: true, recursive: true });
    const files = entries
      .filter((e) => e.isFile() && yamlFile.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) {
      const relative = path.relative(languageRoot, file);
      const kind = kindAt(relative);
      if (!kind) {
        const match = closest(relative.split(path.sep)[0] ?? '', places);
        problems.push(
          at(
            file,
            'this translation is not read: its place does not mirror a content file',
            match
              ? `Did you mean ${match}? Move it there.`
              : `Translations go in ${places.join(', ')} inside i18n/${language}/.`,
          ),
        );
        continue;
      }
      const id = path.basename(file).replace(yamlFile, '');
      overlays.push({ language, kind, id, path: file, original: path.join(root, relative) });
    }
  }
  return { overlays, problems };
}

/** Every content file with its overlay path in a language: what `check --hashes` prints. */
export async function originalsFor(
  root: string,
  language: string,
): Promise<{ kind: KindName; original: string; overlay: string }[]> {
  const out: { kind: KindName; original: string; overlay: string }[] = [];
  for (const [kind, { place }] of Object.entries(kinds) as [KindName, Kind][]) {
    const folder = 'folder' in place ? path.join(root, place.folder) : undefined;
    const files = folder
      ? (await readdir(folder, { withFileTypes: true }).catch(() => []))
          .filter((e) => e.isFile() && yamlFile.test(e.name))
          .map((e) => path.join(folder, e.name))
          .sort()
      : 'file' in place
        ? [path.join(root, place.file)]
        : [];
    for (const original of files)
      out.push({ kind, original, overlay: overlayPath(root, language, original) });
  }
  return out;
}
