/**
 * Each exercise's figures for the builder's Print (`builder/figures/<id>.json`), fetched once a
 * page. The builder asks for the program's ones as soon as they are in it (`fetchAhead`), not when
 * it prints: the service worker keeps what the builder fetches (offline-worker.ts), so Print works
 * with no signal for a program opened once with one, and Print does not wait on the network.
 */
import { pagePath } from '../domain/links.ts';
import { figureSide } from '../domain/side-steps.ts';
import type { FiguresView } from '../figures/figures.ts';
import type { Library } from '../model/library.ts';

const figuresOf = new Map<string, Promise<FiguresView>>();

/** An exercise's figures, turned to `side` when given; a failed fetch is tried again next time. */
export function fetchFigures(
  base: string,
  id: string,
  side?: 'left' | 'right',
): Promise<FiguresView> {
  const path = pagePath.builderFigures(id, side);
  let figures = figuresOf.get(path);
  if (!figures) {
    figures = fetch(`${base}${path}`).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.json() as Promise<FiguresView>;
    });
    figures.catch(() => figuresOf.delete(path));
    figuresOf.set(path, figures);
  }
  return figures;
}

/**
 * Fetches these figures now (an exercise id, and the side to turn it to from `figureSide`), for a
 * later Print (failures wait for Print).
 */
export function fetchAhead(
  base: string,
  wanted: readonly (readonly [string, 'left' | 'right' | undefined])[],
): void {
  for (const [id, side] of wanted) void fetchFigures(base, id, side).catch(() => undefined);
}

/** One key for an exercise's figures, turned or not. */
export const figuresKey = (id: string, side: 'left' | 'right' | undefined) => `${id}.${side ?? ''}`;

/** Each exercise's figures the items need, once: turned to an item's side where it differs. */
export function figuresWanted(
  library: Pick<Library, 'exercises'>,
  items: readonly { readonly exercise: string; readonly side?: 'left' | 'right' | 'both' }[],
): [string, 'left' | 'right' | undefined][] {
  const wanted = new Map<string, [string, 'left' | 'right' | undefined]>();
  for (const { exercise: id, side } of items) {
    const exercise = library.exercises[id];
    const turned = exercise ? figureSide(exercise, side) : undefined;
    wanted.set(figuresKey(id, turned), [id, turned]);
  }
  return [...wanted.values()];
}
