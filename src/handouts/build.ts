/**
 * The "handouts" build step: every routine × A4 / Letter × regular / large print, in each language
 * of settings.yaml ("a-letter.pdf", "a-es-letter.pdf"), rendered on the build's one browser through
 * the PDF cache, into output/handouts/ and (when the website was built) into site/handouts/, where
 * the routine pages link to them. Each is checked to fit before it is printed (`fit.ts`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../build/context.ts';
import { pathLanguage } from '../domain/links.ts';
import { browserVersion } from '../pdf/browser.ts';
import { pdfCache } from '../pdf/cache.ts';
import { renderPdfs, type PdfJob, type RenderStats } from '../pdf/render-pdfs.ts';
import { textPlaces } from '../quality/text-places.ts';
import { handoutFit } from './fit.ts';
import { handoutHtml } from './html.ts';
import { buildVariants, handoutFileName } from './variants.ts';

/**
 * One job per language, routine and variant (only this shard's in a sharded build); `folders` are
 * where each PDF is written. Each job makes its HTML when it is printed (`documentOf`).
 */
export function handoutJobs(
  context: Pick<BuildContext, 'libraries' | 'templates' | 'prints'>,
  folders: readonly string[],
  date: Date,
): Promise<PdfJob[]> {
  const mine = ({ file }: { file: string }) => context.prints?.(`handouts/${file}`) ?? true;
  return Promise.resolve(
    context.libraries.flatMap((library) => {
      const places = textPlaces(library);
      return Object.keys(library.routines)
        .sort()
        .flatMap((id) =>
          buildVariants
            .map((variant) => ({
              variant,
              file: handoutFileName(id, variant, pathLanguage(library)),
            }))
            .filter(mine)
            .map(({ variant, file }): PdfJob => {
              const options = { ...variant, date };
              const what = `The handout ${file}`;
              return {
                // Made when printed, so the build never holds every handout's HTML at once.
                source: async () => ({
                  html: await handoutHtml(library, context.templates, id, options),
                }),
                what,
                files: folders.map((folder) => path.join(folder, file)),
                check: handoutFit(variant, places, { what }),
              };
            }),
        );
    }),
  );
}

export async function buildHandouts(
  context: BuildContext,
  folder: string,
  siteFolder?: string,
): Promise<RenderStats> {
  // Only into a website that was built: creating site/ here would replace the real one with it.
  const intoSite = siteFolder !== undefined && existsSync(siteFolder);
  const jobs = await handoutJobs(
    context,
    intoSite ? [folder, path.join(siteFolder, 'handouts')] : [folder],
    context.config.date,
  );
  return renderPdfs(jobs, {
    label: 'handouts',
    browser: context.browser,
    cache: pdfCache(context.config.cache, browserVersion(context)),
    date: context.config.date,
  });
}
