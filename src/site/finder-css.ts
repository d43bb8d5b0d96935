/**
 * Filtering without JavaScript: one CSS rule per facet value, using :has() on the form's inputs.
 * The rules sit in <noscript> in the head, so they exist only when scripts are off; with a script
 * the finder script alone decides what shows and keeps the counts live. (Removing a sheet of
 * many :has() rules from a long page took Chromium minutes, so the script never has to.)
 * :has() looks inside the form only, and the cards are reached through the form's sibling.
 */
import type { FacetView } from './facets.ts';

/** The id of a facet value's input: finder-time-20. */
export function inputId(finder: string, key: string, value: string): string {
  return `${finder}-${key}-${value || 'any'}`;
}

/** Every rule for one finder; `finder` is the id of the element holding the form and the results. */
export function noScriptCss(finder: string, facets: readonly FacetView[]): string {
  const form = `#${finder}-form`;
  const items = '~ .finder__results [data-finder-item]';
  const hide = '{display:none}';
  const rules: string[] = [];
  for (const facet of facets) {
    for (const value of facet.values) {
      const input = `#${inputId(finder, facet.key, value)}`;
      const attr = `[data-f-${facet.key}~="${value}"]`;
      if (facet.kind === 'one') {
        rules.push(`${form}:has(${input}:checked) ${items}:not(${attr})${hide}`);
      } else if (value !== 'none') {
        // Anything ticked turns the filter on; then an item needing an unticked value hides.
        const on = `:has([name="${facet.key}"]:checked)`;
        rules.push(`${form}${on}:has(${input}:not(:checked)) ${items}${attr}${hide}`);
      }
    }
  }
  // Counts cannot follow along without a script, so they step aside once a filter is chosen.
  rules.push(
    `${form}:has([data-facet] input:checked:not([value=""])) [data-count]{visibility:hidden}`,
    `${form} [data-needs-script]${hide}`,
  );
  return rules.join('\n');
}
