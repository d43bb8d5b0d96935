/**
 * A routine or a program file as a program to start from (`builder/starts/routine/<id>.json`,
 * `builder/starts/program/<id>.json`, and under `<lang>/` in that language): the builder's page
 * lists them by title only, and fetches the one chosen (site/builder-parts.ts).
 */
import type { APIRoute } from 'astro';
import { library, siteOf } from '../../../../site/library.ts';
import { startProgram } from '../../../../site/program-data.ts';

export const startPaths = () => [
  ...Object.keys(library.routines).map((id) => ({ params: { kind: 'routine', id } })),
  ...Object.keys(library.programs).map((id) => ({ params: { kind: 'program', id } })),
];
export const getStaticPaths = startPaths;

export const GET: APIRoute = ({ params }) => {
  const kind = params['kind'] === 'program' ? 'program' : 'routine';
  const program = startProgram(siteOf({ params }).library, kind, params['id'] ?? '');
  if (!program) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(program), {
    headers: { 'content-type': 'application/json' },
  });
};
