/**
 * `figures [--lang <language>] [--browser-path <file>]`: writes the review sheet of every exercise
 * figure to output/figures/ as contact-sheet.html and contact-sheet.png (a full-page screenshot),
 * in the library's language, or contact-sheet-es.html… in another of its languages. Both are
 * written to a temporary file first and renamed, so a reader never sees half a file.
 */
import type { Config } from '../core/config.ts';
import path from 'node:path';
import { pathLanguage } from '../domain/links.ts';
import { contactSheet, contactSheetTemplate } from '../figures/contact-sheet.ts';
import { loadLibrary } from '../model/load.ts';
import { withBrowser, withPage } from '../pdf/browser.ts';
import { guardNetwork } from '../pdf/network.ts';
import { writeFileAtomic } from '../core/fs.ts';
import { templateEnv } from '../render/env.ts';
import { defineCommand, parseArgv, type Values } from './args.ts';

/**
 * The screenshot of the sheet, as PNG bytes. Nothing outside the page may load. It is taken with
 * reduced motion, so it shows the still start and end pictures rather than a moment of the
 * movement caught at whatever time the shot was taken.
 */
async function screenshot(
  html: string,
  browserPath: string | undefined,
  config: Config,
): Promise<Uint8Array> {
  return withBrowser(
    (browser) =>
      withPage(browser, async (page) => {
        const guard = await guardNetwork(page);
        await page.setViewport({ width: 1500, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.setContent(html, { waitUntil: 'load' });
        await guard.check('The figures contact sheet');
        return page.screenshot({ fullPage: true, type: 'png' });
      }),
    { browserPath, config },
  );
}

const figuresArgs = {
  options: {
    lang: { type: 'string', value: '<language>' },
    'browser-path': { type: 'string', value: '<file>' },
  },
} as const;

async function figures(
  config: Config,
  { values }: { values: Values<typeof figuresArgs.options> },
): Promise<void> {
  const browserPath = values['browser-path'];
  const library = await loadLibrary(config.content, { language: values.lang });
  const { view, counts } = contactSheet(library);
  const html = templateEnv(config.templates).render(contactSheetTemplate, view);
  const folder = path.join(config.output, 'figures');
  const png = await screenshot(html, browserPath, config);
  // As a deck's or a handout's file: another language than the content's own is in the name.
  const language = pathLanguage(library);
  const name = language === undefined ? 'contact-sheet' : `contact-sheet-${language}`;
  const htmlFile = path.join(folder, `${name}.html`);
  const pngFile = path.join(folder, `${name}.png`);
  await writeFileAtomic(htmlFile, html);
  await writeFileAtomic(pngFile, png);
  const total = counts.drawn + counts.media + counts.none;
  console.log(
    `Figures for ${total} exercises: ${counts.drawn} drawn, ${counts.media} with their own pictures, ${counts.none} with none.\n` +
      `  ${htmlFile}\n  ${pngFile}`,
  );
}

export const figuresCommand = defineCommand({
  script: 'figures',
  usage: `Write a contact sheet of every exercise figure for review: output/figures/contact-sheet.html
and contact-sheet.png.

Usage: npm run figures [-- --lang <language>] [-- --browser-path <file>]

  --lang <language>      The language, one of settings.yaml's languages, e.g. es. Default: the
                         first. In another language the files are contact-sheet-<language>.html….
  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --help                 Show this help.
`,
  parse: (args) => parseArgv(figuresArgs, args),
  run: figures,
});
