/**
 * One exercise's figures as JSON (`builder/figures/<id>.json`, and `<lang>/builder/figures/…` with
 * captions in that language), drawn here as on every handout: the builder fetches the ones a
 * program needs when it prints, not the whole library's.
 */
import type { APIRoute } from 'astro';
import { cardFigures } from '../../../render/view.ts';
import { library, siteOf } from '../../../site/library.ts';

export const figurePaths = () => Object.keys(library.exercises).map((id) => ({ params: { id } }));
export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ params }) => {
  const site = siteOf({ params });
  const exercise = site.library.exercises[params['id'] ?? ''];
  if (!exercise) return new Response(null, { status: 404 });
  const figures = cardFigures(site.library, exercise);
  // The stills only: a handout never shows the moving figure (worked out only when read).
  const stills =
    figures.kind === 'drawn'
      ? { kind: figures.kind, start: figures.start, end: figures.end }
      : figures;
  return new Response(JSON.stringify(stills), {
    headers: { 'content-type': 'application/json' },
  });
};
