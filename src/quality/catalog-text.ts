/**
 * The string catalog's words as text to check, like the content's: the reading grade and the
 * originality check read them too, so the stop signs and slide words cannot escape them. A
 * `{placeholder}` reads as the number or name it stands for; "3" is said like one.
 */
import { catalogStrings, type Catalog } from '../domain/catalog/index.ts';
import type { PatientText } from './patient-text.ts';

/** Where the English catalog lives, for messages that name the place to fix. */
export const catalogFile = 'src/domain/catalog/en.ts';

export function catalogTexts(catalog: Catalog, file = catalogFile): PatientText[] {
  return catalogStrings(catalog).map(({ key, text }) => ({
    file,
    field: key,
    text: text.replace(/\{\w+\}/g, '3'),
  }));
}
