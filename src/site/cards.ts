/**
 * Exercise cards for the site: the shared `exercise-card` partial (the same one handouts and
 * decks render), with the link made absolute under the site's base path.
 */
import type { Exercise, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { doseView, exerciseCard, fullCard, type CardParts } from '../render/view.ts';
import { href, library, templates } from './library.ts';

/** The exercise behind an item; the loader has already checked that it exists. */
export function exerciseOf(id: string): Exercise {
  return lookup(library, 'exercise', id);
}

/**
 * HTML of one card, for `set:html`. `item` applies a routine's dose; `link` links the name;
 * `anchor` is the card's HTML id, unique on the page (an exercise may be in two sections);
 * `purpose: false` leaves out the purpose where the page already says it;
 * `warmUp` leaves out how often, since a warm-up is done before each run.
 */
export function cardHtml(
  exercise: Exercise,
  options: {
    item?: RoutineItem;
    link?: boolean;
    anchor?: string;
    purpose?: boolean;
    warmUp?: boolean;
    /** Which parts to show instead of the full card (the follow-along view shows fewer). */
    show?: CardParts;
  } = {},
): string {
  const view = exerciseCard(library, exercise, {
    ...(options.item ? { item: options.item } : {}),
    ...(options.anchor ? { anchor: options.anchor } : {}),
    // Screens show the moving figure (the site's print styles keep the stills).
    show: {
      motion: true,
      ...(options.show ?? {
        ...fullCard,
        link: options.link ?? false,
        purpose: options.purpose ?? true,
        frequency: !(options.warmUp ?? false),
      }),
    },
  });
  return templates.partial('exercise-card', { ...view, href: href(view.href) });
}

/** "2 × 10 each side" for a compact list. */
export function doseNumbers(item: RoutineItem): string {
  return doseView(item.dose, library).numbers;
}
