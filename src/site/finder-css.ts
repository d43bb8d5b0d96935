/**
 * Filtering without JavaScript: one CSS rule per facet value, using :has() on the form's inputs.
 * The page script removes these rules when it starts, so with JavaScript the script alone decides
 * what shows (and the counts stay live); without it the chips still filter the cards.
 */
import type { FacetView } from './facets.ts';

/** The id of a facet value's input: finder-time-20. */
export function inputId(finder: string, key: string, value: string): string {
  return `${finder}-${key}-${value || 'any'}`;
}

/** Every rule for one finder; `finder` is the id of the element holding the form and the results. */
export function noScriptCss(finder: string, facets: readonly FacetView[]): string {
  const scope = `#${finder}`;
  const hide = '{display:none}';
  const rules: string[] = [];
  for (const facet of facets) {
    for (const value of facet.values) {
      const input = `#${inputId(finder, facet.key, value)}`;
      const attr = `[data-f-${facet.key}~="${value}"]`;
      if (facet.kind === 'one') {
        rules.push(`${scope}:has(${input}:checked) [data-finder-item]:not(${attr})${hide}`);
      } else if (value !== 'none') {
        // Anything ticked turns the filter on; then an item needing an unticked value hides.
        const on = `:has([name="${facet.key}"]:checked)`;
        rules.push(`${scope}${on}:has(${input}:not(:checked)) [data-finder-item]${attr}${hide}`);
      }
    }
  }
  // Counts cannot follow along without a script, so they step aside once a filter is chosen.
  rules.push(
    `${scope}:has([data-facet] input:checked:not([value=""])) [data-count]{visibility:hidden}`,
    `${scope} [data-needs-script]${hide}`,
  );
  return rules.join('\n');
}
