/**
 * English interface words left on a page in another language, read from the built HTML as a user
 * and a screen reader meet it: the text, and the aria-label, title, alt, placeholder and
 * description attributes. Every string of the English catalog is looked for, in its fixed parts
 * between {placeholders}; a part is also said in the page's own catalog ("min", "Email") is not
 * English only, so it does not count.
 *
 * Left out, on purpose:
 * - an element marked with another `lang` (the language switch names English in English);
 * - scripts, styles and JSON data (read by scripts, not by people: the page-words tests cover
 *   those), and the figures' captions and drawings with their alt text, which come from
 *   src/figures in English until the figures speak the page's language (issue #19, item 5);
 * - see `vocabularyLeftInEnglish`: the clinic's own name and the vocabulary not yet translated.
 */
import { catalogStrings, en, type Catalog } from '../../src/domain/catalog/index.ts';
import type { Library } from '../../src/model/library.ts';
import { bodyAreaInfo, equipmentLabels } from '../../src/model/schema/vocabulary.ts';
import { textOf } from '../domain/html-text.ts';

/** Short parts that are words in any language, so a match says nothing. */
const tooShort = (part: string) => part.replace(/[^\p{L}]/gu, '').length < 4;

/** The fixed parts of the English catalog's strings that the other catalog never says. */
export function englishParts(own: Catalog): string[] {
  const ownText = catalogStrings(own)
    .map((s) => s.text)
    .join('\n');
  const parts = catalogStrings(en).flatMap(({ text }) =>
    text
      .split(/\{\w+\}/)
      .map((part) => part.trim().replace(/^[\s.,:;()·–-]+|[\s.,:;()·–-]+$/g, ''))
      .filter((part) => part && !tooShort(part) && !ownText.includes(part)),
  );
  return [...new Set(parts)];
}

/** What a person reads or hears on the page, as one text. */
export function pageText(html: string): string {
  const body = html
    .replace(/<(script|style|svg|figure)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\blang="(?!es")[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const attributes = [
    ...body.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*)"/g),
    ...body.matchAll(/<meta name="description" content="([^"]*)"/g),
  ].map((m) => m[1] ?? '');
  return textOf(`${body} ${attributes.map((a) => `<p>${a}</p>`).join(' ')}`);
}

/** The English parts found in the text, as whole words. */
export function englishIn(text: string, parts: readonly string[]): string[] {
  return parts.filter((part) => {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text);
  });
}

/**
 * The text without what is not the interface's to translate, or not yet: the clinic's own name,
 * phone, e-mail and address (settings.yaml), and the equipment and body-area names of the model's
 * vocabulary (src/model/schema/vocabulary.ts, body-area.ts), still in English until they move to
 * the catalog (the es-print work on issue #19). Only these exact names are taken out, so an
 * English word anywhere else still shows.
 */
export function vocabularyLeftInEnglish(text: string, library: Library): string {
  const { clinic } = library.settings;
  const names = [
    clinic.name,
    clinic.phone,
    clinic.email,
    clinic.address,
    ...Object.values(equipmentLabels),
    ...Object.values(bodyAreaInfo).map((area) => area.name),
  ].flatMap((name) => (name ? [name, name.toLowerCase()] : []));
  return names
    .sort((a, b) => b.length - a.length)
    .reduce((rest, name) => rest.split(name).join(' '), text);
}
