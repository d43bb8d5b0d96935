/**
 * One exercise's card as a program's follow-along view shows it (`program/cards/<id>.json`, and
 * `<lang>/program/cards/…` in that language): `{ id, html, turned }`, the same partial and figure
 * files as a routine's view; `turned.left` or `turned.right`, the card with its figure turned to
 * that side, for an item on the side its file does not draw (`figureSide`). The view fetches the cards of its program's exercises only
 * (site/program-parts.ts), so its page stays small with any number of exercises; the service
 * worker precaches them (build/service-worker.ts).
 */
import type { APIRoute } from 'astro';
import { figureSide } from '../../../domain/side-steps.ts';
import { cardsOf } from '../../../site/cards.ts';
import { followCard } from '../../../site/follow-plan.ts';
import { library, siteOf } from '../../../site/library.ts';
import type { CardPart } from '../../../site/program-parts.ts';

export const cardPaths = () => Object.keys(library.exercises).map((id) => ({ params: { id } }));
export const getStaticPaths = cardPaths;

export const GET: APIRoute = ({ params }) => {
  const site = siteOf({ params });
  const id = params['id'] ?? '';
  if (!site.library.exercises[id]) return new Response(null, { status: 404 });
  const { cardHtml, exerciseOf } = cardsOf(site);
  const exercise = exerciseOf(id);
  const show = { ...followCard, frequency: true };
  const anchor = `card-${id}`;
  const turned = Object.fromEntries(
    (['left', 'right'] as const)
      .filter((side) => figureSide(exercise, side))
      .map((side) => {
        const { dose, minutes } = exercise;
        const item = { exercise: id, dose, note: undefined, minutes, side };
        return [side, cardHtml(exercise, { anchor, item, show })];
      }),
  );
  const part: CardPart = { id, html: cardHtml(exercise, { anchor, show }), turned };
  return new Response(JSON.stringify(part), { headers: { 'content-type': 'application/json' } });
};
