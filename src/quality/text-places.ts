/**
 * Content text → where it was written ("routines/exercises/clamshell.yaml:14:9: steps[2]"), so a
 * check that measures rendered text (a slide or a handout card that does not fit) can point at
 * the text to shorten. Keyed by the text with its whitespace collapsed, as a page shows it. In a
 * translated library the place is the translation's file, where that text was written.
 */
import type { Library } from '../model/library.ts';
import { textPosition } from '../model/positions.ts';
import { patientTexts, type PatientText } from './patient-text.ts';

/** One place a text was written: the original's file, and "file:line:col: field" to show. */
export interface TextPlace {
  readonly file: string;
  readonly label: string;
}

/** Text → every place it was written (one stop rule may be written in several exercises). */
export type TextPlaces = ReadonlyMap<string, readonly TextPlace[]>;

/** A text as a page shows it, for looking it up. */
export const placeKey = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Every patient-facing text of the library, plus `more`, by the text. */
export function textPlaces(library: Library, more: Iterable<PatientText> = []): TextPlaces {
  const places = new Map<string, TextPlace[]>();
  for (const { file, field, text } of [...patientTexts(library), ...more]) {
    const at = textPosition(library, file, field);
    const label = at
      ? `${at.file}:${at.line}:${at.col}: ${field}`
      : (library.translatedIn?.[file] ?? file);
    const key = placeKey(text);
    places.set(key, [...(places.get(key) ?? []), { file, label }]);
  }
  return places;
}

/** Where `text` was written: in `preferred` (the exercise a card or slide shows) if it is one of its places. */
export function placeOf(places: TextPlaces, text: string, preferred?: string): string | undefined {
  const found = places.get(placeKey(text)) ?? [];
  return (found.find((place) => place.file === preferred) ?? found[0])?.label;
}
