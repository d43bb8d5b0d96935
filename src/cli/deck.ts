/**
 * `npm run deck -- <id> [--notes] [--pptx] [--lang es]`: one slide deck as a self-contained HTML file and a PDF,
 * without building everything else. With --notes the PDF has a notes page after each slide; with
 * --pptx an editable PowerPoint file comes too.
 */
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { deckCaches, writeDeck, writePptx } from '../decks/build.ts';
import { fitDecks } from '../decks/fit.ts';
import { deckAssets } from '../decks/html.ts';
import { allDecks } from '../decks/plan.ts';
import type { DeckPlan } from '../decks/slides.ts';
import { pathLanguage } from '../domain/links.ts';
import { loadLibrary } from '../model/load.ts';
import { pdfCache } from '../pdf/cache.ts';
import { renderPdfs } from '../pdf/render-pdfs.ts';
import { browserVersion } from '../pdf/browser.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { templateEnv } from '../render/env.ts';
import { ArgumentError, defineCommand, type Parsed } from './args.ts';
import { deckRequest, deckUsage, parseDeck, type DeckValues } from './deck-args.ts';
import { plainWriteError } from './out-path.ts';

async function run(config: Config, parsed: Parsed<DeckValues>): Promise<void> {
  const { values } = parsed;
  const wantPdf = !values['no-pdf'] && !values.list;
  const wantPptx = (values.pptx ?? false) && !values.list;
  const browser = sharedBrowser({ browserPath: values['browser-path'], config });
  // Chromium starts while the library loads and the deck renders: that overlap is most of the
  // time saved. A launch that fails is reported when the PDF asks for the browser.
  if ((wantPdf || wantPptx) && parsed.problems.length === 0) browser.get().catch(() => undefined);
  // Likewise the runtime script is bundled (in esbuild's own process) while the library loads.
  deckAssets().catch(() => undefined);
  try {
    const library = await loadLibrary(config.content, { language: values.lang });
    const decks = allDecks(library);
    if (values.list) {
      if (parsed.problems.length > 0) throw new ArgumentError(parsed.problems, 'deck');
      for (const d of decks)
        console.log(`${d.id.padEnd(32)} ${d.slides.length} slides  ${d.title}`);
      return;
    }
    const { plan: asWritten, target } = await deckRequest(decks, parsed, {
      cwd: config.userCwd,
      defaultFolder: path.resolve(config.output, 'decks'),
      language: pathLanguage(library),
    });
    const notes = values.notes ?? false;
    const context = { library, templates: templateEnv(config.templates) };
    const { folder, names } = target;
    // Long text is made smaller where that fits it, as in the build; a slide that still does not
    // fit fails here. Without a browser (--no-pdf, no --pptx) the HTML is written as designed.
    const made = browserVersion({ browserPath: values['browser-path'] });
    const caches = deckCaches(config.cache, made);
    const [plan = asWritten] =
      wantPdf || wantPptx
        ? await fitDecks(() => browser.get(), library, context.templates, [asWritten], caches.fit)
        : [asWritten];
    try {
      const jobs = await writeDeck(context, plan, [folder], { slides: !notes, notes }, names);
      const written = [path.join(folder, names.html)];
      if (wantPdf) {
        await renderPdfs(jobs, {
          label: 'deck',
          browser: () => browser.get(),
          cache: pdfCache(config.cache, made),
        });
        written.push(...jobs.flatMap((job) => job.files));
      }
      if (wantPptx)
        written.push(
          ...(await writePptx(
            library,
            plan,
            () => browser.get(),
            [folder],
            names.pptx,
            config.date,
            caches,
          )),
        );
      report(plan, written);
    } catch (error) {
      throw plainWriteError(error, path.join(folder, names.html));
    }
  } finally {
    await browser.close();
  }
}

function report(plan: DeckPlan, written: readonly string[]): void {
  console.log(
    `Wrote the deck "${plan.title}" (${plan.slides.length} slides):\n${written.map((f) => `  ${f}`).join('\n')}\nOpen the .html file in a browser to present it; press P for the presenter view with notes.`,
  );
}

export const deckCommand = defineCommand({
  script: 'deck',
  usage: deckUsage,
  parse: parseDeck,
  checksLater: true,
  run,
});
