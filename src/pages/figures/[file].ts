/**
 * The figures of the website as files (`figures/<exercise>-<which>-<hash>.svg`, and a clinic's
 * pictures and logo), each written once for every language's pages: the ones their cards and
 * headers show (src/site/figure-files.ts).
 */
import type { APIRoute } from 'astro';
import { figureSide } from '../../domain/side-steps.ts';
import { cardFigures } from '../../render/view.ts';
import { logoFile, siteFigures, type SiteFigureFile } from '../../site/figure-files.ts';
import { href, languages, siteOf } from '../../site/library.ts';

export function getStaticPaths() {
  const files = new Map<string, SiteFigureFile>();
  for (const lang of languages) {
    const { library } = siteOf({ params: { lang } });
    const { logo } = library.settings.clinic;
    if (logo) {
      const file = logoFile(library.root, logo);
      files.set(file.name, file);
    }
    for (const exercise of Object.values(library.exercises))
      // Its own figures, and turned to the other side for a program's follow-along (`figureSide`).
      for (const side of [undefined, 'left', 'right'] as const) {
        if (side && !figureSide(exercise, side)) continue;
        const figures = cardFigures(library, exercise, side);
        for (const file of siteFigures(exercise, figures, href, library.root, side !== undefined)
          .files)
          files.set(file.name, file);
      }
  }
  return [...files.values()].map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute<{ file: SiteFigureFile }> = ({ props }) =>
  new Response(props.file.bytes, { headers: { 'content-type': props.file.type } });
