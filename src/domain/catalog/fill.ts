/**
 * Fills a catalog sentence's {placeholders}. Its own module, so a page script that needs only this
 * (the planner) does not bundle every language's catalog.
 */
/** "Call {clinic}: {phone}." + {clinic: 'Riverside', phone: '555'} → "Call Riverside: 555." */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
