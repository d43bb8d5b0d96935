/**
 * Content text → where it was written ("routines/exercises/clamshell.yaml:14:9: steps[2]"), so a
 * check that measures rendered text (a slide or a handout card that does not fit) can point at
 * the text to shorten. Keyed by the text with its whitespace collapsed, as a page shows it.
 */
import type { Library } from '../model/library.ts';
import { positionAt } from '../model/positions.ts';
import { patientTexts, type PatientText } from './patient-text.ts';

export type TextPlaces = ReadonlyMap<string, string>;

/** A text as a page shows it, for looking it up. */
export const placeKey = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Every patient-facing text of the library, plus `more`, by the text; the first place wins. */
export function textPlaces(library: Library, more: Iterable<PatientText> = []): TextPlaces {
  const places = new Map<string, string>();
  for (const { file, field, text } of [...patientTexts(library), ...more]) {
    const at = positionAt(library.positions, file, field);
    const key = placeKey(text);
    if (!places.has(key)) places.set(key, at ? `${file}:${at.line}:${at.col}: ${field}` : file);
  }
  return places;
}
