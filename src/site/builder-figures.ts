/**
 * Each exercise's figures for the builder's Print (`builder/figures/<id>.json`), fetched once a
 * page. The builder asks for the program's ones as soon as they are in it (`fetchAhead`), not when
 * it prints: the service worker keeps what the builder fetches (offline-worker.ts), so Print works
 * with no signal for a program opened once with one, and Print does not wait on the network.
 */
import { pagePath } from '../domain/links.ts';
import type { FiguresView } from '../figures/figures.ts';

const figuresOf = new Map<string, Promise<FiguresView>>();

/** One exercise's figures; a failed fetch is tried again next time. */
export function fetchFigures(base: string, id: string): Promise<FiguresView> {
  let figures = figuresOf.get(id);
  if (!figures) {
    figures = fetch(`${base}${pagePath.builderFigures(id)}`).then((r) => {
      if (!r.ok) throw new Error(`${id}: ${r.status}`);
      return r.json() as Promise<FiguresView>;
    });
    figures.catch(() => figuresOf.delete(id));
    figuresOf.set(id, figures);
  }
  return figures;
}

/** Fetches the figures of these exercises now, for a later Print (failures wait for Print). */
export function fetchAhead(base: string, ids: readonly string[]): void {
  for (const id of new Set(ids)) void fetchFigures(base, id).catch(() => undefined);
}
