/**
 * The string catalogs, one per language. `Catalog` is the English catalog's shape with its words
 * widened to `string`, so another language must give every key (a missing one is a type error).
 */
import { en } from './en.ts';
import { fill } from './fill.ts';
import { es } from './es.ts';

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Catalog = Widen<typeof en>;

const catalogs: Readonly<Record<string, Catalog>> = { en, es };

/** The catalog for a language ("en", "en-GB" → en); English when there is none yet. */
export function catalogFor(language: string): Catalog {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return catalogs[primary] ?? en;
}

/** Every string of a catalog with its key path ("stop.general[2]"), for the text checks. */
export function catalogStrings(catalog: Catalog): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') out.push({ key, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`));
    // No destructuring here: the deck runtime bundles this module for older browsers, where
    // esbuild cannot lower a destructured for-of.
    else if (value && typeof value === 'object')
      Object.keys(value).forEach((k) =>
        walk((value as Record<string, unknown>)[k], key ? `${key}.${k}` : k),
      );
  };
  walk(catalog, '');
  return out;
}

export { en, es };
export { fill };
