/**
 * What a person reads or hears on a built page in another language, for the English-word check of
 * `test/helpers/english-words.ts`: the text, and the aria-label, title, alt, placeholder and
 * description attributes.
 *
 * Left out, on purpose: an element marked with another `lang` (the language switch names English
 * in English); scripts, styles and JSON data (read by scripts, not by people: the scripts take the
 * page's own words, see src/site/page-words.ts); and inline SVG drawings. The site's figures are
 * files shown with `<img alt>` (src/site/figure-files.ts): their alt text and captions are checked.
 */
import { textOf } from '../domain/html-text.ts';

export function pageText(html: string): string {
  const body = html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\blang="(?!es")[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const attributes = [
    ...body.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*)"/g),
    ...body.matchAll(/<meta name="description" content="([^"]*)"/g),
  ].map((m) => `<p>${m[1] ?? ''}</p>`);
  return textOf(`${body} ${attributes.join(' ')}`);
}
