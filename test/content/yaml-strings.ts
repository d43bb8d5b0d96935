/** Every piece of text in a YAML file, for checks that must see all of it (not only known fields). */
import { parseAllDocuments } from 'yaml';

/** A text value and where it sits, e.g. { path: "steps[2]", text: "Lie on your side…" }. */
export interface FoundString {
  readonly path: string;
  readonly text: string;
}

function walk(value: unknown, at: string, found: FoundString[]): void {
  if (typeof value === 'string') found.push({ path: at, text: value });
  else if (Array.isArray(value))
    value.forEach((item, index) => walk(item, `${at}[${index}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) walk(child, at ? `${at}.${key}` : key, found);
}

/** String values and comments of a YAML source. Comments count: they ship in the content folder too. */
export function yamlStrings(source: string): FoundString[] {
  const found: FoundString[] = [];
  for (const doc of parseAllDocuments(source)) {
    if ('errors' in doc && doc.errors.length > 0) continue;
    walk(doc.toJS(), '', found);
  }
  source.split('\n').forEach((line, index) => {
    const comment = /(?:^|\s)#\s?(.*)$/.exec(line);
    if (comment?.[1]) found.push({ path: `comment on line ${index + 1}`, text: comment[1] });
  });
  return found;
}
