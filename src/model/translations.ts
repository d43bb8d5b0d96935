/**
 * Translations → checked overlays, and a language's entries with their text laid over the
 * originals. Every overlay is read on every load, so `npm run check` reports each problem of each
 * language; only a switched-on language must translate the safety text.
 */
import { readFile } from 'node:fs/promises';
import type { Note, Problem } from '../core/problems.ts';
import { displayPath } from './display-path.ts';
import type { Entries, Entry } from './entries.ts';
import { findOverlays, overlayPath, type OverlayFile } from './i18n-files.ts';
import {
  languageName,
  safetyFields,
  safetyProblems,
  shapeProblems,
  sourceHash,
  staleAdvice,
} from './i18n-checks.ts';
import { parseYaml, type ParsedFile } from './parse.ts';
import { overlaySchemas } from './schema/i18n.ts';
import { kinds, type KindName } from './schema/index.ts';
import { languagesOf } from './schema/settings.ts';
import { didYouMean } from './suggest.ts';
import { validate } from './validate.ts';

interface Overlay {
  readonly file: ParsedFile;
  /** Validated text, without `source`. */
  readonly data: unknown;
}

export interface Translations {
  /** The languages settings.yaml switches on, the content's own first. */
  readonly languages: readonly string[];
  /** Valid overlays by `language kind id`. */
  readonly overlays: ReadonlyMap<string, Overlay>;
  readonly problems: readonly Problem[];
  /** Translations older than their original. */
  readonly advice: readonly Note[];
}

const keyOf = (language: string, kind: KindName, id: string) => `${language} ${kind} ${id}`;

const originalOf = (entries: Entries, kind: KindName, id: string): Entry | undefined =>
  entries.of(kind).find((e) => e.id === id);

async function readOverlay(
  found: OverlayFile,
  entries: Entries,
): Promise<{ overlay?: Overlay; problems: Problem[]; advice: Note[] }> {
  const shown = displayPath(found.path);
  const originalShown = displayPath(found.original);
  const original = originalOf(entries, found.kind, found.id);
  if (!original) {
    const ids = entries.ids(found.kind);
    return {
      problems: [
        {
          file: shown,
          line: 1,
          col: 1,
          message: `translates ${originalShown}, which does not exist`,
          hint: ids.length
            ? didYouMean(found.id, ids, `${kinds[found.kind].noun} id`)
            : 'Delete it.',
        },
      ],
      advice: [],
    };
  }
  const source = await readFile(found.path, 'utf8');
  const { parsed, problems } = parseYaml(shown, source);
  if (!parsed) return { problems, advice: [] };
  // Fields and list lengths are checked on what was written, so they show with any schema problem.
  const shape =
    original.data === undefined
      ? []
      : shapeProblems(parsed, overlaySchemas[found.kind], original.data, originalShown);
  const result = validate(parsed, overlaySchemas[found.kind]);
  if (!result.ok) return { problems: [...problems, ...result.problems, ...shape], advice: [] };
  const { source: written, ...data } = result.data as { source: string };
  return {
    overlay: { file: parsed, data },
    problems: [...problems, ...shape],
    // An original that does not parse is reported for itself; its translation is not called old.
    advice: original.file
      ? staleAdvice(parsed, written, sourceHash(found.kind, original.file.data), originalShown)
      : [],
  };
}

/** The safety text of every original, in each switched-on language but the content's own. */
function safety(
  root: string,
  entries: Entries,
  languages: readonly string[],
  overlays: ReadonlyMap<string, Overlay>,
  written: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const language of languages.slice(1))
    for (const kind of Object.keys(safetyFields) as KindName[])
      for (const entry of entries.valid(kind)) {
        if (!entry.file) continue;
        const file = entry.file.file;
        const hash = sourceHash(kind, entry.file.data);
        const key = keyOf(language, kind, entry.id);
        const overlay = overlays.get(key);
        // A translation with its own problems is reported for those; its safety text is checked once it reads.
        if (!overlay && written.has(key)) continue;
        const where = overlayPath(root, language, file);
        problems.push(...safetyProblems(kind, language, file, where, overlay, hash));
      }
  return problems;
}

/** Reads and checks every translation in root/i18n/. */
export async function readTranslations(root: string, entries: Entries): Promise<Translations> {
  const [settings] = entries.valid('settings');
  const languages = settings ? languagesOf(settings.data) : [];
  const found = await findOverlays(root);
  const problems: Problem[] = [...found.problems];
  const advice: Note[] = [];
  const overlays = new Map<string, Overlay>();
  for (const file of found.overlays) {
    if (file.language === languages[0]) {
      problems.push({
        file: displayPath(file.path),
        line: 1,
        col: 1,
        message: `is a ${languageName(file.language)} translation, but ${file.language} is the language the content is written in`,
        hint: 'Edit the original instead, and delete this file.',
      });
      continue;
    }
    const read = await readOverlay(file, entries);
    problems.push(...read.problems);
    advice.push(...read.advice);
    if (read.overlay) overlays.set(keyOf(file.language, file.kind, file.id), read.overlay);
  }
  const written = new Set(found.overlays.map((f) => keyOf(f.language, f.kind, f.id)));
  problems.push(...safety(root, entries, languages, overlays, written));
  return { languages, overlays, problems, advice };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The original with the overlay's text in place; a list of text is taken whole. */
function overlaid(original: unknown, overlay: unknown): unknown {
  if (typeof overlay === 'string') return overlay;
  if (Array.isArray(overlay) && Array.isArray(original))
    return overlay.every((v) => typeof v === 'string')
      ? overlay
      : original.map((v: unknown, i) => (i < overlay.length ? overlaid(v, overlay[i]) : v));
  if (isRecord(overlay) && isRecord(original)) {
    const out: Record<string, unknown> = { ...original };
    for (const [key, value] of Object.entries(overlay))
      if (key in original) out[key] = overlaid(original[key], value);
    return out;
  }
  return original;
}

/**
 * The entries in a language: each valid original with its translation laid over it, and the
 * settings naming the language. Untranslated text stays in the original's words.
 */
export function inLanguage(
  all: readonly Entry[],
  translations: Translations,
  language: string,
): Entry[] {
  return all.map((entry) => {
    if (entry.data === undefined) return entry;
    const overlay = translations.overlays.get(keyOf(language, entry.kind, entry.id));
    let data = overlay ? overlaid(entry.data, overlay.data) : entry.data;
    if (entry.kind === 'settings' && isRecord(data))
      data = { ...data, languages: translations.languages, language };
    return { ...entry, data, ...(overlay ? { overlay: overlay.file } : {}) };
  });
}
