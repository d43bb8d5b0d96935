/**
 * English interface words left in an output of another language: every word of three letters or
 * more in the English string catalog is one, unless Spanish writes it the same way (the short list
 * below, each with its reason). The clinic's own name and address and web addresses are names, not
 * words to translate, so they are taken out of the text first.
 */
import { catalogStrings, en } from '../../src/domain/catalog/index.ts';
import type { Library } from '../../src/model/library.ts';

/** Words of the English catalog that are also Spanish words, or the same in both. */
export const sameInSpanish: ReadonlySet<string> = new Set([
  'plan', // "tu plan"
  'logo',
  'total',
  'min', // minutes
  'pdf',
  'powerpoint', // the program's name
  'pptx', // its file type
  'yaml',
  'esc', // the key
  'date', // "date la vuelta" (turn over)
  'has', // "has tenido" (you have had)
  'notes', // "notes un tirón" (you feel a pull)
  'control', // "con control"
  'miles', // "miles de veces" (thousands of times)
  'uses', // "no uses calor" (do not use heat)
]);

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/\{\w+\}/g, ' ')
    .match(/\p{L}{3,}/gu) ?? [];

/** Every word of the English catalog that Spanish does not also use. */
export const englishWords: ReadonlySet<string> = new Set(
  catalogStrings(en)
    .flatMap(({ text }) => wordsOf(text))
    .filter((word) => !sameInSpanish.has(word)),
);

/**
 * The text without what is a name, not a word: the clinic's name, phone, email and address (in any
 * case: slides print the name in capitals), and web addresses ("example.org/routine-press/es/…").
 */
export function withoutNames(text: string, library: Library): string {
  const clinic = library.settings.clinic;
  return [clinic.name, clinic.phone, clinic.email, clinic.address]
    .filter((part): part is string => part !== undefined)
    .reduce(
      (out, part) =>
        out.replace(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), ' '),
      text,
    )
    .replace(/\S+\.\S+\/\S*/g, ' ');
}

/** The English words in `text`, each once with a few words around its first place. */
export function englishIn(text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/\p{L}{3,}/gu)) {
    const word = match[0].toLowerCase();
    if (!englishWords.has(word) || found.has(word)) continue;
    const at = match.index;
    found.set(word, `${word}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
  }
  return [...found.values()];
}
