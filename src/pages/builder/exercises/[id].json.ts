/**
 * One exercise's part for the builder (`builder/exercises/<id>.json`, and
 * `<lang>/builder/exercises/…` in that language): the exercise as the library holds it (steps,
 * cues, stop rules, poses) and its figures, drawn here as on every handout (and, for a figure that
 * shows one side, turned to the other: `turned`). The builder's page
 * holds only a brief of each exercise (site/program-data.ts), so its first load stays small with
 * any number of exercises; it fetches the parts a program needs (site/builder-parts.ts).
 */
import type { APIRoute } from 'astro';
import { cardFigures } from '../../../render/view.ts';
import { library, siteOf } from '../../../site/library.ts';
import type { ExercisePart, HandoutFigures } from '../../../site/builder-parts.ts';
import { figureSide } from '../../../domain/side-steps.ts';

export const exercisePaths = () => Object.keys(library.exercises).map((id) => ({ params: { id } }));
export const getStaticPaths = exercisePaths;

export const GET: APIRoute = ({ params }) => {
  const site = siteOf({ params });
  const exercise = site.library.exercises[params['id'] ?? ''];
  if (!exercise) return new Response(null, { status: 404 });
  // The stills only: a handout never shows the moving figure (worked out only when read).
  const stills = (side?: 'left' | 'right'): HandoutFigures => {
    const figures = cardFigures(site.library, exercise, side);
    return figures.kind === 'drawn'
      ? { kind: figures.kind, start: figures.start, end: figures.end }
      : figures;
  };
  // A figure that shows one side, turned to the other, for a program item on that side.
  const turned = (['left', 'right'] as const).flatMap((side) =>
    figureSide(exercise, side) ? [[side, stills(side)] as const] : [],
  );
  const part: ExercisePart = {
    exercise,
    figures: stills(),
    ...(turned.length > 0 ? { turned: Object.fromEntries(turned) } : {}),
  };
  return new Response(JSON.stringify(part), {
    headers: { 'content-type': 'application/json' },
  });
};
