/**
 * Exercise cards for the site: the shared `exercise-card` partial (the same one handouts and
 * decks render), in the page's language, with the link made absolute under the site's base path
 * (and the language's folder), and the figures shown from their files (`figure-files.ts`).
 */
import type { Exercise, RoutineItem } from '../model/library.ts';
import { figureSide } from '../domain/side-steps.ts';
import { lookup } from '../model/lookup.ts';
import { cardFigures } from '../render/view.ts';
import { cardView, doseView, fullCard, type CardParts } from '../render/card-view.ts';
import { siteFigures } from './figure-files.ts';
import { href as siteHref, templates, type Site } from './library.ts';

/** The card functions of one language's site: `cardsOf(siteOf(Astro))`. */
export function cardsOf({ library, href, catalog }: Pick<Site, 'library' | 'href' | 'catalog'>) {
  /** The exercise behind an item; the loader has already checked that it exists. */
  function exerciseOf(id: string): Exercise {
    return lookup(library, 'exercise', id);
  }

  /**
   * HTML of one card, for `set:html`. `item` applies a routine's dose; `link` links the name;
   * `anchor` is the card's HTML id, unique on the page (an exercise may be in two sections);
   * `purpose: false` leaves out the purpose where the page already says it;
   * `warmUp` leaves out how often, since a warm-up is done before each run.
   */
  function cardHtml(
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
    const side = options.item?.side;
    const figures = siteFigures(
      exercise,
      cardFigures(library, exercise, side),
      siteHref,
      library.root,
      Boolean(figureSide(exercise, side)),
    ).view;
    const view = cardView(library, catalog, exercise, figures, {
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
  function doseNumbers(item: RoutineItem): string {
    return doseView(item.dose, library, catalog.dose).numbers;
  }

  return { exerciseOf, cardHtml, doseNumbers };
}
