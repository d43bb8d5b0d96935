/**
 * The finder in the browser: reads the facets from the form and the items from the list (the
 * page is the data, so nothing is fetched), filters live, updates every count, and keeps the
 * filters in the URL so a link, a reload and back/forward all give the same view.
 */
import { fill } from '../domain/catalog/fill.ts';
import {
  suggest,
  type FinderWords,
  type SuggestEntry,
  type SuggestFacet,
  type Swap,
} from './finder-suggest.ts';
import {
  evaluate,
  parseQuery,
  prepareSearch,
  toQuery,
  type FacetKind,
  type FinderState,
} from './finder-core.ts';

interface Finder {
  readonly root: HTMLElement;
  readonly form: HTMLFormElement;
  readonly facets: SuggestFacet[];
  readonly entries: SuggestEntry[];
  readonly items: HTMLElement[];
  /** Whether each item is hidden now, so an update touches only the items that change. */
  readonly hidden: boolean[];
  /** Each count on the page, with its facet and value, the number it shows and its chip's state. */
  readonly counts: {
    el: HTMLElement;
    chip: Element | null;
    facet: string;
    value: string;
    shown: string;
    dim: boolean;
    idleWhenAll: boolean;
  }[];
  /** The words the script writes, in the page's language (`data-words`). */
  readonly words: FinderWords;
  /** The parts an update writes to, found once (some sit after a thousand cards). */
  readonly parts: Readonly<Record<(typeof partNames)[number], HTMLElement | null>>;
}

/** The parts of a finder by their data- attribute: data-finder-status, data-finder-jump… */
const partNames = ['status', 'jump', 'empty', 'suggest', 'changes', 'closest', 'next'] as const;

/** Writes only what changed: an unchanged text or state still costs Chromium a style pass. */
function setText(el: HTMLElement | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
function setHidden(el: HTMLElement | null | undefined, hidden: boolean): void {
  if (el && el.hidden !== hidden) el.hidden = hidden;
}

function read(root: HTMLElement): Finder | undefined {
  const form = root.querySelector('form');
  if (!form) return undefined;
  const facets = [...form.querySelectorAll<HTMLFieldSetElement>('[data-facet]')].map((set) => {
    const inputs = [...set.querySelectorAll('input')].filter((i) => i.value);
    return {
      key: set.dataset['facet'] ?? '',
      kind: (set.dataset['kind'] ?? 'one') as FacetKind,
      legend: set.querySelector('legend')?.textContent.trim() ?? '',
      values: inputs.map((i) => i.value),
      labels: Object.fromEntries(
        inputs.map((i) => [
          i.value,
          i.labels?.[0]?.querySelector('.chip__label')?.textContent ?? '',
        ]),
      ),
    };
  });
  const items = [...root.querySelectorAll<HTMLElement>('[data-finder-item]')];
  const entries = items.map((item) => ({
    text: item.dataset['text'] ?? '',
    minutes: item.dataset['minutes'] ? Number(item.dataset['minutes']) : undefined,
    swaps: item.dataset['swaps'] ? (JSON.parse(item.dataset['swaps']) as Swap[]) : undefined,
    tokens: Object.fromEntries(
      facets.map((f) => [
        f.key,
        (item.getAttribute(`data-f-${f.key}`) ?? '').split(' ').filter(Boolean),
      ]),
    ),
  }));
  const kinds = new Map(facets.map((f) => [f.key, f.kind]));
  const counts = [...root.querySelectorAll<HTMLElement>('[data-count]')].map((el) => {
    const [facet = '', value = ''] = (el.dataset['count'] ?? '').split(':');
    const chip = el.closest('.chip');
    // A pick-one value that every result carries would change nothing.
    const idleWhenAll = kinds.get(facet) === 'one' && value !== '';
    const dim = chip?.hasAttribute('data-dim') ?? false;
    return { el, chip, facet, value, shown: el.textContent, dim, idleWhenAll };
  });
  const words = JSON.parse(root.dataset['words'] ?? '{}') as FinderWords;
  const hidden = items.map((item) => item.hasAttribute('hidden'));
  const parts = Object.fromEntries(
    partNames.map((name) => [name, root.querySelector<HTMLElement>(`[data-finder-${name}]`)]),
  ) as Finder['parts'];
  return { root, form, facets, entries, items, hidden, counts, words, parts };
}

function stateOfForm(finder: Finder): FinderState {
  const data = new FormData(finder.form);
  const picks = Object.fromEntries(
    finder.facets.map((f) => [f.key, data.getAll(f.key).map(String).filter(Boolean)]),
  );
  const q = data.get('q');
  return { q: typeof q === 'string' ? q : '', picks };
}

function showState(finder: Finder, state: FinderState): void {
  for (const input of finder.form.querySelectorAll('input')) {
    if (input.name === 'q') input.value = state.q;
    else {
      const picked = state.picks[input.name] ?? [];
      input.checked = input.value === '' ? picked.length === 0 : picked.includes(input.value);
    }
  }
  // Open "More filters" when one of its filters is on, so nothing active is out of sight.
  for (const more of finder.form.querySelectorAll('details')) {
    const active = [...more.querySelectorAll('input')].some((i) => i.checked && i.value !== '');
    if (active) more.open = true;
  }
}

/**
 * Shows the first `limit` matching cards; returns the first card that was hidden before, so
 * "Show more" can move focus to it.
 */
function apply(finder: Finder, state: FinderState, limit: number): HTMLElement | undefined {
  const result = evaluate(finder.entries, finder.facets, state);
  let rank = 0;
  let firstNew: HTMLElement | undefined;
  // Only the items whose state changes are touched: a style change per item costs a frame at 1,700.
  finder.items.forEach((item, i) => {
    const hidden = !result.visible[i] || rank++ >= limit;
    if (hidden === finder.hidden[i]) return;
    if (!hidden) firstNew ??= item;
    item.hidden = finder.hidden[i] = hidden;
  });
  for (const count of finder.counts) {
    const n = result.counts[count.facet]?.[count.value] ?? 0;
    const text = String(n);
    if (count.shown !== text) count.el.textContent = count.shown = text;
    // Greyed, count still shown: a value that would give nothing, or (pick-one) change nothing.
    const picked = (state.picks[count.facet] ?? []).includes(count.value);
    const dim = !picked && (n === 0 || (count.idleWhenAll && n === result.total));
    if (dim !== count.dim) count.chip?.toggleAttribute('data-dim', (count.dim = dim));
  }
  const { one, many } = finder.root.dataset;
  const words = finder.words;
  const noun = (n: number) => (n === 1 ? one : many) ?? '';
  const all = finder.items.length;
  const { status, jump, empty, next } = finder.parts;
  const nextButton = next?.querySelector('button');
  setText(
    status,
    result.total === all
      ? `${all} ${noun(all)}`
      : fill(words.countOf, { n: result.total, all, noun: noun(all) }),
  );
  setText(
    jump,
    result.total === 0
      ? fill(words.none, { many: many ?? '' })
      : fill(words.see, { n: result.total, noun: noun(result.total) }),
  );
  setHidden(empty, result.total > 0);
  showSuggestions(finder, state, result.total);
  if (next && nextButton) {
    setHidden(next, result.total <= limit);
    const left = result.total - limit;
    setText(nextButton, fill(words.moreLeft, { n: left, noun: noun(left) }));
  }
  return firstNew;
}

/** The closest items and the changes that give results, when nothing matches. */
function showSuggestions(finder: Finder, state: FinderState, total: number): void {
  const { suggest: box, changes, closest } = finder.parts;
  if (!box || !changes || !closest) return;
  setHidden(box, total > 0);
  if (total > 0) return;
  const { one, many } = finder.root.dataset;
  const found = suggest(finder.entries, finder.facets, state, finder.words);
  changes.replaceChildren(
    ...found.changes.map((change) => {
      const link = document.createElement('a');
      link.href = `${location.pathname}${toQuery(change.state, finder.facets)}`;
      link.textContent = `${change.text[0]?.toUpperCase() ?? ''}${change.text.slice(1)}`;
      link.dataset['state'] = JSON.stringify(change.state);
      const li = document.createElement('li');
      li.append(link, `: ${change.count} ${change.count === 1 ? one : many}`);
      return li;
    }),
  );
  closest.replaceChildren(
    ...found.closest.map((c) => {
      const card = finder.items[c.index]?.querySelector('a');
      const link = document.createElement('a');
      link.href = card?.href ?? '';
      link.textContent = card?.textContent ?? '';
      const li = document.createElement('li');
      li.append(link, ` ${c.differs.join(', ')}.`, ...c.swaps.map((s) => ` ${s}.`));
      return li;
    }),
  );
}

/** How long typing pauses before the address shows the search, in milliseconds. */
const typingPause = 300;

function start(root: HTMLElement): void {
  const finder = read(root);
  if (!finder) return;
  const page = Number(root.dataset['page'] ?? '60');
  let limit = page;
  const fromUrl = () => parseQuery(location.search, finder.facets);
  const here = () => `${location.pathname}${location.search}${location.hash}`;
  // While someone types, the address follows once they pause: in Chromium a write costs work that
  // grows with the page (1.5-3.5 ms at 1,700 routines), too slow for each key. Anything else
  // writes it at once, after a search still waiting, so back and forward keep every step.
  let waiting: { url: string; push: boolean } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    const next = waiting;
    waiting = undefined;
    if (!next || next.url === here()) return;
    if (next.push) history.pushState(null, '', next.url);
    else history.replaceState(null, '', next.url);
  };
  const go = (state: FinderState, push: boolean, typed = false) => {
    limit = page;
    apply(finder, state, limit);
    const url = `${location.pathname}${toQuery(state, finder.facets)}${location.hash}`;
    if (typed) {
      waiting = { url, push: push || (waiting?.push ?? false) };
      clearTimeout(timer);
      timer = setTimeout(write, typingPause);
      return;
    }
    write(); // a search still waiting keeps its own history entry
    waiting = { url, push };
    write();
  };
  // While someone types, the words replace each other in one history entry.
  let typing = false;
  finder.form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'q') return;
    go(stateOfForm(finder), !typing, true);
    typing = true;
  });
  // Leaving the page (a card's link, another app) keeps the search in the address first.
  window.addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', write);
  finder.form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'q') return;
    typing = false;
    go(stateOfForm(finder), true);
  });
  finder.form.addEventListener('submit', (event) => event.preventDefault());
  // "Clear filters" is a reset button (it works without a script too); here it clears the URL as well.
  finder.form.addEventListener('reset', (event) => {
    event.preventDefault();
    typing = false;
    const empty = { q: '', picks: {} };
    showState(finder, empty);
    go(empty, true);
  });
  window.addEventListener('popstate', () => {
    typing = false;
    clearTimeout(timer);
    waiting = undefined;
    const state = fromUrl();
    showState(finder, state);
    limit = page;
    apply(finder, state, limit);
  });
  // A suggested change applies in place (its link also works as a plain link).
  root.querySelector('[data-finder-changes]')?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-state]');
    if (!link) return;
    event.preventDefault();
    typing = false;
    const state = JSON.parse(link.dataset['state'] ?? '{}') as FinderState;
    showState(finder, state);
    go(state, true);
  });
  root.querySelector('[data-finder-next-button]')?.addEventListener('click', () => {
    limit += page;
    apply(finder, stateOfForm(finder), limit)?.querySelector('a')?.focus();
  });
  const state = fromUrl();
  showState(finder, state);
  go(state, false);
  // The first key would otherwise number every word of a long list first.
  const warm = () => prepareSearch(finder.entries);
  if ('requestIdleCallback' in window) requestIdleCallback(warm);
  else setTimeout(warm, 1);
}

/** Starts every finder on the page. */
export function startFinders(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-finder]')) start(root);
}
