/** Pure Handlebars helpers. Each takes data and returns text; none reads files or the clock. */
import type Handlebars from 'handlebars';

export function registerHelpers(hb: typeof Handlebars): void {
  /** {{inc @index}} → 1-based number. */
  hb.registerHelper('inc', (value: unknown) => Number(value) + 1);
  /** {{#if (eq a b)}} */
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** {{plural count "set"}} → "1 set", "2 sets". */
  hb.registerHelper('plural', (count: unknown, one: unknown) => {
    const n = Number(count);
    return `${n} ${String(one)}${n === 1 ? '' : 's'}`;
  });
  /** {{join list ", "}} */
  hb.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list)
      ? list.map(String).join(typeof separator === 'string' ? separator : ', ')
      : '',
  );
}
