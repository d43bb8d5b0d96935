/**
 * `npm run deck -- <id> [--notes]`: one slide deck as a self-contained HTML file and a PDF, without
 * building everything else. With --notes the PDF has a notes page after each slide.
 */
import type { Config } from '../core/config.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deckFiles, writeDeck } from '../decks/build.ts';
import { deckAssets } from '../decks/html.ts';
import { allDecks } from '../decks/plan.ts';
import type { DeckPlan } from '../decks/slides.ts';
import { loadLibrary } from '../model/load.ts';
import { didYouMean } from '../model/suggest.ts';
import { pdfCache } from '../pdf/cache.ts';
import { renderPdfs } from '../pdf/render-pdfs.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { templateEnv } from '../render/env.ts';
import { UserError } from '../core/errors.ts';

export const deckUsage = `Make one slide deck: a file to present (HTML, works offline) and a PDF.

Usage: npm run deck -- <id> [options]

  <id>                   A routine id (every routine has a deck) or a file name in routines/decks/.
  --notes                Make the PDF with a notes page after each slide (written to notes/<id>.pdf).
  --no-pdf               Only the HTML file.
  --out <folder>         Where to write. Default: output/decks/.
  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --list                 List every deck.
  --help                 Show this help.

Example:
  npm run deck -- hip-pain-after-running --notes
`;

const options = {
  notes: { type: 'boolean' },
  'no-pdf': { type: 'boolean' },
  out: { type: 'string' },
  'browser-path': { type: 'string' },
  list: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${message}\nSee npm run deck -- --help.`);
  }
}

function choose(decks: readonly DeckPlan[], ids: readonly string[]): DeckPlan {
  const known = decks.map((d) => d.id);
  const [id, ...extra] = ids;
  if (!id) throw new UserError(`Which deck? Add its id. The decks are: ${known.join(', ')}.`);
  if (extra.length > 0)
    throw new UserError(`One deck at a time, please: "${ids.join('", "')}" were given.`);
  const plan = decks.find((d) => d.id === id);
  if (!plan)
    throw new UserError(
      `There is no deck "${id}". ${didYouMean(id, known, 'deck')}\nThe decks are: ${known.join(', ')}.`,
    );
  return plan;
}

export async function deck(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parse(args);
  if (values.help) {
    console.log(deckUsage);
    return;
  }
  const wantPdf = !values['no-pdf'] && !values.list;
  const browser = sharedBrowser({ browserPath: values['browser-path'], config });
  // Chromium starts while the library loads and the deck renders: that overlap is most of the
  // time saved. A launch that fails is reported when the PDF asks for the browser.
  if (wantPdf) browser.get().catch(() => undefined);
  // Likewise the runtime script is bundled (in esbuild's own process) while the library loads.
  deckAssets(config.templates).catch(() => undefined);
  try {
    const library = await loadLibrary(config.content);
    const decks = allDecks(library);
    if (values.list) {
      for (const d of decks)
        console.log(`${d.id.padEnd(32)} ${d.slides.length} slides  ${d.title}`);
      return;
    }
    const plan = choose(decks, positionals);
    const folder = values.out ?? path.join(config.output, 'decks');
    const notes = values.notes ?? false;
    const context = { library, templates: templateEnv(config.templates) };
    const jobs = await writeDeck(context, plan, [folder], { slides: !notes, notes });
    const written = [path.join(folder, deckFiles.html(plan.id))];
    if (wantPdf) {
      await renderPdfs(jobs, {
        label: 'deck',
        browser: () => browser.get(),
        cache: pdfCache(config.cache),
      });
      written.push(...jobs.flatMap((job) => job.files));
    }
    report(plan, written);
  } finally {
    await browser.close();
  }
}

function report(plan: DeckPlan, written: readonly string[]): void {
  console.log(
    `Wrote the deck "${plan.title}" (${plan.slides.length} slides):\n${written.map((f) => `  ${f}`).join('\n')}\nOpen the .html file in a browser to present it; press P for the presenter view with notes.`,
  );
}
