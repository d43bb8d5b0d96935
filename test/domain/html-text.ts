/**
 * Reading our own rendered HTML as a user reads it, without a browser: the text inside an element
 * found by a class or id, with tags dropped and entities decoded. Our markup is regular (made by
 * our templates and components), so a pattern is enough.
 */

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Tags out, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
      code.startsWith('#x') || code.startsWith('#X')
        ? String.fromCodePoint(parseInt(code.slice(2), 16))
        : code.startsWith('#')
          ? String.fromCodePoint(Number(code.slice(1)))
          : (named[code] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;!?…])/g, '$1')
    .trim();
}

/** The HTML of every element whose opening tag matches `open` (e.g. `class="red-flags"`), to its closing tag. */
export function sections(html: string, tag: string, open: string): string[] {
  const found: string[] = [];
  const start = new RegExp(`<${tag}\\b[^>]*${open}[^>]*>`, 'g');
  for (const match of html.matchAll(start)) {
    // Count nested tags of the same name to find this one's end.
    const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
    pattern.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
      depth += m[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = m.index;
        break;
      }
    }
    found.push(html.slice(match.index + match[0].length, end));
  }
  return found;
}

/** The text of every `<tag …open…>` inside `html`. */
export function texts(html: string, tag: string, open = ''): string[] {
  return sections(html, tag, open).map(textOf);
}
