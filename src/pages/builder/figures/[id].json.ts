/**
 * One exercise's figures as JSON (`builder/figures/<id>.json`, and `<lang>/builder/figures/…` with
 * captions in that language), drawn here as on every handout: the builder fetches the ones a
 * program needs when it prints, not the whole library's. `<id>.left.json` / `<id>.right.json`: a
 * figure that shows one side, turned to the other, for a program item on that side.
 */
import type { APIRoute } from 'astro';
import { figureSide } from '../../../domain/side-steps.ts';
import { cardFigures } from '../../../render/view.ts';
import { library, siteOf } from '../../../site/library.ts';

/** Each exercise's figures, and turned to the other side where a program item may need it. */
export const figurePaths = () =>
  Object.values(library.exercises).flatMap((exercise) => [
    { params: { id: exercise.id } },
    ...(['left', 'right'] as const)
      .filter((side) => figureSide(exercise, side))
      .map((side) => ({ params: { id: `${exercise.id}.${side}` } })),
  ]);
export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ params }) => {
  const site = siteOf({ params });
  const [id = '', side] = (params['id'] ?? '').split('.');
  const exercise = site.library.exercises[id];
  if (!exercise || (side !== undefined && side !== 'left' && side !== 'right'))
    return new Response(null, { status: 404 });
  const figures = cardFigures(site.library, exercise, side);
  // The stills only: a handout never shows the moving figure (worked out only when read).
  const stills =
    figures.kind === 'drawn'
      ? { kind: figures.kind, start: figures.start, end: figures.end }
      : figures;
  return new Response(JSON.stringify(stills), {
    headers: { 'content-type': 'application/json' },
  });
};
