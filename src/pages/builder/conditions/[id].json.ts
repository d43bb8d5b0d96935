/**
 * One condition for the builder (`builder/conditions/<id>.json`, and `<lang>/builder/conditions/…`
 * in that language): its red flags and advice, which a program's handout prints. The builder's page
 * holds only each condition's id and name (site/program-data.ts), and fetches the program's.
 */
import type { APIRoute } from 'astro';
import { library, siteOf } from '../../../site/library.ts';

export const conditionPaths = () =>
  Object.keys(library.conditions).map((id) => ({ params: { id } }));
export const getStaticPaths = conditionPaths;

export const GET: APIRoute = ({ params }) => {
  const condition = siteOf({ params }).library.conditions[params['id'] ?? ''];
  if (!condition) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(condition), {
    headers: { 'content-type': 'application/json' },
  });
};
