/**
 * Checks of a translation against its original: every field it translates is in the original,
 * every list has the original's length, its `source` hash is that of the original's text (else
 * advice: the original's text changed since), and, for a language that is switched on, the safety text is there.
 */
import { createHash } from 'node:crypto';
import type { Note, Problem } from '../core/problems.ts';
import { displayPath } from './display-path.ts';
import { locateKey, locateValue, type FieldPath } from './locate.ts';
import type { ParsedFile } from './parse.ts';
import { kinds, type KindName } from './schema/index.ts';
import { freeLengthLists, textPart } from './schema/i18n.ts';
import { label } from './validate.ts';
import { knownKeys } from './schema-walk.ts';
import type { z } from 'zod';

/**
 * The hash a translation names in `source`: SHA-256 of the original's text fields (`textPart`,
 * as written in its YAML, `data`), 12 hex digits. Only text counts, so a pose or dose edit leaves
 * a translation up to date.
 */
export function sourceHash(kind: KindName, data: unknown): string {
  const text = JSON.stringify(textPart(kinds[kind].schema as z.ZodType, data) ?? null);
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** "es" → "Spanish", for messages. */
export function languageName(tag: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field the original does not have, or a list of another length, anywhere in the overlay. */
export function shapeProblems(
  overlay: ParsedFile,
  schema: z.ZodType,
  original: unknown,
  originalFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, before: unknown, path: FieldPath): void => {
    if (Array.isArray(value) && Array.isArray(before)) {
      const key = path.at(-1);
      if (value.length !== before.length && !(typeof key === 'string' && freeLengthLists.has(key)))
        problems.push({
          file: overlay.file,
          ...locateValue(overlay, path),
          message: `${label(path)} has ${value.length} ${value.length === 1 ? 'item' : 'items'}; the original has ${before.length || 'none'}`,
          hint: `Translate the list of ${originalFile} line for line: one line for each of its ${before.length}, in the same order.`,
        });
      value.slice(0, before.length).forEach((v, i) => walk(v, before[i], [...path, i]));
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        // A key the overlay schema does not know is the schema's to report ("did you mean").
        if (!knownKeys(schema, overlay.data, path).includes(key)) continue;
        if (path.length === 0 && key === 'source') continue;
        const there = isRecord(before) ? before[key] : undefined;
        if (there === undefined)
          problems.push({
            file: overlay.file,
            ...locateKey(overlay, path, key),
            message: `${label([...path, key])} is not in the original ${originalFile}, so nothing shows it`,
            hint: 'Delete it here, or write it in the original first.',
          });
        else walk(value[key], there, [...path, key]);
      }
    }
  };
  walk(overlay.data, original, []);
  return problems;
}

/** Advice when the original changed after the translation was made. */
export function staleAdvice(
  overlay: ParsedFile,
  written: string,
  current: string,
  originalFile: string,
): Note[] {
  if (written === current) return [];
  return [
    {
      file: overlay.file,
      ...locateValue(overlay, ['source']),
      message: `translation older than its original: the text of ${originalFile} changed since (source is ${written}, the original is now ${current})`,
      hint: `Bring the translation up to date with the original, then write source: "${current}".`,
    },
  ];
}

/** Text a patient must be able to read in their language: when to stop, when to get help. */
export const safetyFields: Partial<Record<KindName, readonly FieldPath[]>> = {
  exercise: [['stopRules']],
  condition: [['redFlags']],
  guidance: ['scale', 'green', 'amber', 'red', 'nextDay'].map((key) => ['painRule', key]),
};

const valueAt = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((v, key) => (isRecord(v) ? v[key as string] : undefined), data);

/** A missing safety field of a switched-on language, in its overlay or because there is none. */
export function safetyProblems(
  kind: KindName,
  language: string,
  originalFile: string,
  overlayFile: string,
  overlay: { file: ParsedFile; data: unknown } | undefined,
  hash: string,
): Problem[] {
  const name = languageName(language);
  const missing = (safetyFields[kind] ?? []).filter(
    (path) => valueAt(overlay?.data, path) === undefined,
  );
  if (missing.length === 0) return [];
  const fields = missing.map(label).join(', ');
  if (!overlay)
    return [
      {
        file: displayPath(overlayFile),
        line: 1,
        col: 1,
        message: `the ${name} translation of ${originalFile} is missing, and ${language} is switched on in settings.yaml languages: ${fields} must be in ${name}`,
        hint: `Create this file with the ${name} of ${originalFile}'s text (at least ${fields}) and the line source: "${hash}", or take ${language} out of languages.`,
      },
    ];
  return missing.map((path) => ({
    file: overlay.file.file,
    ...locateValue(overlay.file, path.slice(0, -1)),
    message: `${label(path)} has no ${name} translation; it is safety text, and ${language} is switched on in settings.yaml languages`,
    hint: `Translate ${label(path)} of ${originalFile} here: a patient must be able to read it.`,
  }));
}
