/**
 * The "decks" build step: every deck (one per routine, plus each file in routines/decks/), in every
 * language of settings.yaml ("a.html", "a-es.html"), as a self-contained HTML file, as PDFs (slides, and slides with a notes page after each) printed on
 * the build's one browser through the PDF cache, and as an editable PowerPoint file. Everything goes into output/decks/ and, when the
 * website was built, into site/decks/, where the routine pages link to it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../build/context.ts';
import { browserVersion, type PageHost } from '../pdf/browser.ts';
import { fileCache, pdfCache, type FileCache } from '../pdf/cache.ts';
import { renderPdfs, type PdfJob, type RenderStats } from '../pdf/render-pdfs.ts';
import { writeFileAtomic } from '../core/fs.ts';
import { deckFiles, pathLanguage } from '../domain/links.ts';
import type { Library } from '../model/library.ts';
import { fitDecks } from './fit.ts';
import { deckPptx, type PptxCaches } from './pptx.ts';
import { deckHtml } from './html.ts';
import { allDecks } from './plan.ts';
import type { DeckPlan } from './slides.ts';
import { deckVideos, mediaFolder } from './videos.ts';

/** Where each file of a deck goes, inside one output folder (notes in a folder of their own). */
export { deckFiles };

/** A deck's files, relative to each folder it goes into. */
export interface DeckNames {
  readonly html: string;
  readonly pdf: string;
  readonly notesPdf: string;
  readonly pptx: string;
}

/** The build's names of a deck's files: "a.html", "a.pdf", "notes/a.pdf", "a.pptx"; "a-es.html"… in Spanish. */
export function deckNames(id: string, language?: string): DeckNames {
  return {
    html: deckFiles.html(id, language),
    pdf: deckFiles.pdf(id, language),
    notesPdf: deckFiles.notesPdf(id, language),
    pptx: deckFiles.pptx(id, language),
  };
}

/**
 * Writes one deck's HTML (with its videos) into every folder; returns the HTML its PDFs print,
 * which has the posters in place of videos (print hides a video).
 */
async function writeDeckHtml(
  context: Pick<BuildContext, 'library' | 'templates'>,
  plan: DeckPlan,
  folders: readonly string[],
  names: DeckNames,
): Promise<string> {
  const html = await deckHtml(context.library, context.templates, plan);
  const videos = deckVideos(context.library, plan, names.html);
  const withVideos =
    videos.plan === plan ? html : await deckHtml(context.library, context.templates, videos.plan);
  for (const folder of folders) {
    await writeFileAtomic(path.join(folder, names.html), withVideos);
    for (const file of videos.beside)
      await writeFileAtomic(path.join(folder, file.name), file.bytes);
  }
  for (const file of videos.beside)
    console.log(
      `  ${names.html}: the video ${file.name} (${(file.bytes.length / 1_000_000).toFixed(1)} MB, over limits.deckVideoMegabytes) is beside the deck, not inside it: copy the ${mediaFolder(names.html)} folder with the deck.`,
    );
  return html;
}

/** The deck's PDF jobs, each with what makes its HTML: the slides' writes the deck's HTML files too. */
function deckJobs(
  context: Pick<BuildContext, 'library' | 'templates'>,
  plan: DeckPlan,
  folders: readonly string[],
  parts: { readonly slides: boolean; readonly notes: boolean },
  names: DeckNames,
  slidesHtml: () => Promise<string>,
): PdfJob[] {
  const jobs: PdfJob[] = [];
  if (parts.slides)
    jobs.push({
      source: async () => ({ html: await slidesHtml() }),
      what: `The deck ${names.pdf}`,
      files: folders.map((folder) => path.join(folder, names.pdf)),
    });
  if (parts.notes)
    jobs.push({
      source: async () => ({
        html: await deckHtml(context.library, context.templates, plan, { printNotes: true }),
      }),
      what: `The deck with notes ${names.notesPdf}`,
      files: folders.map((folder) => path.join(folder, names.notesPdf)),
    });
  return jobs;
}

/**
 * Writes one deck's HTML into every folder now and returns its PDF jobs. The names are the
 * build's unless given (`npm run deck -- <id> --out talk.html` names its own files).
 */
export async function writeDeck(
  context: Pick<BuildContext, 'library' | 'templates'>,
  plan: DeckPlan,
  folders: readonly string[],
  parts: { readonly slides: boolean; readonly notes: boolean } = { slides: true, notes: true },
  names: DeckNames = deckNames(plan.id, pathLanguage(context.library)),
): Promise<PdfJob[]> {
  const html = await writeDeckHtml(context, plan, folders, names);
  return deckJobs(context, plan, folders, parts, names, () => Promise.resolve(html));
}

/**
 * What a build makes in Chromium besides PDFs, cached in the PDF cache's folder: decks' fitted text
 * sizes (JSON), PowerPoint files, and pictures drawn as PNG (JSON), each under the `browser` that
 * made it (`browserVersion`).
 */
export function deckCaches(
  folder: string,
  browser: string,
): PptxCaches & { readonly fit: FileCache } {
  return {
    fit: fileCache(folder, 'json', browser),
    pptx: fileCache(folder, 'pptx', browser),
    pictures: fileCache(folder, 'json', browser),
  };
}

/** Writes the deck's editable PowerPoint file into every folder; returns the files written. */
export async function writePptx(
  library: Library,
  plan: DeckPlan,
  browser: PageHost | (() => Promise<PageHost>),
  folders: readonly string[],
  name = deckFiles.pptx(plan.id, pathLanguage(library)),
  date = new Date(),
  caches?: PptxCaches,
): Promise<string[]> {
  const bytes = await deckPptx(library, plan, browser, date, caches);
  const files = folders.map((folder) => path.join(folder, name));
  for (const file of files) await writeFileAtomic(file, bytes);
  return files;
}

export async function buildDecks(
  context: BuildContext,
  folder: string,
  siteFolder?: string,
): Promise<RenderStats> {
  // Only into a website that was built: creating site/ here would replace the real one with it.
  const folders =
    siteFolder !== undefined && existsSync(siteFolder)
      ? [folder, path.join(siteFolder, 'decks')]
      : [folder];
  // Every language's decks; in a sharded build, only this shard's.
  const chosen = context.libraries.map((library) => ({
    library,
    plans: allDecks(library).filter(
      (plan) => context.prints?.(`decks/${deckFiles.pdf(plan.id, pathLanguage(library))}`) ?? true,
    ),
  }));
  const made = browserVersion(context);
  const caches = deckCaches(context.config.cache, made);
  // Before anything is written: long text is made smaller where that fits it, and a slide that
  // still does not fit, in any language, fails the build, naming the text.
  const decks = [];
  for (const { library, plans } of chosen)
    decks.push({
      library,
      plans: await fitDecks(context.browser, library, context.templates, plans, caches.fit),
    });
  // Each deck's HTML is made (and its HTML files written) when its slides are printed, so the
  // build holds only the decks being printed, not every deck's HTML at once.
  const jobs: PdfJob[] = [];
  for (const { library, plans } of decks)
    for (const plan of plans) {
      const deck = { library, templates: context.templates };
      const names = deckNames(plan.id, pathLanguage(library));
      const all = { slides: true, notes: true };
      jobs.push(
        ...deckJobs(deck, plan, folders, all, names, () =>
          writeDeckHtml(deck, plan, folders, names),
        ),
      );
    }
  const stats = await renderPdfs(jobs, {
    label: 'decks',
    browser: context.browser,
    cache: pdfCache(context.config.cache, made),
    date: context.config.date,
  });
  for (const { library, plans } of decks)
    for (const plan of plans)
      await writePptx(
        library,
        plan,
        context.browser,
        folders,
        deckFiles.pptx(plan.id, pathLanguage(library)),
        context.config.date,
        caches,
      );
  return stats;
}
