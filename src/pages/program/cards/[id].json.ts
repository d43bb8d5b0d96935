/**
 * One exercise's card as a program's follow-along view shows it (`program/cards/<id>.json`, and
 * `<lang>/program/cards/…` in that language): `{ id, html }`, the same partial and figure files as
 * a routine's view. The view fetches the cards of its program's exercises only
 * (site/program-parts.ts), so its page stays small with any number of exercises; the service
 * worker precaches them (build/service-worker.ts).
 */
import type { APIRoute } from 'astro';
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
  const part: CardPart = {
    id,
    html: cardHtml(exerciseOf(id), {
      anchor: `card-${id}`,
      show: { ...followCard, frequency: true },
    }),
  };
  return new Response(JSON.stringify(part), { headers: { 'content-type': 'application/json' } });
};
