/**
 * One exercise's figures as JSON (`builder/figures/<id>.json`), drawn here as on every handout:
 * the builder fetches the ones a program needs when it prints, not the whole library's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardFigures } from '../../../render/view.ts';
import { library } from '../../../site/library.ts';

export const getStaticPaths = (() =>
  Object.keys(library.exercises).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const exercise = library.exercises[params['id'] ?? ''];
  if (!exercise) return new Response(null, { status: 404 });
  const figures = cardFigures(library, exercise);
  // The stills only: a handout never shows the moving figure (worked out only when read).
  const stills =
    figures.kind === 'drawn'
      ? { kind: figures.kind, start: figures.start, end: figures.end }
      : figures;
  return new Response(JSON.stringify(stills), {
    headers: { 'content-type': 'application/json' },
  });
};
