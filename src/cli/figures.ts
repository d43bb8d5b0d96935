/**
 * `figures [--browser-path <file>]`: writes the review sheet of every exercise figure to
 * output/figures/ as contact-sheet.html and contact-sheet.png (a full-page screenshot). Both are
 * written to a temporary file first and renamed, so a reader never sees half a file.
 */
import type { Config } from '../core/config.ts';
import path from 'node:path';
import { contactSheet } from '../figures/contact-sheet.ts';
import { loadLibrary } from '../model/load.ts';
import { withBrowser, withPage } from '../pdf/browser.ts';
import { guardNetwork } from '../pdf/network.ts';
import { writeFileAtomic } from '../core/fs.ts';
import { UserError } from '../core/errors.ts';

function browserPathOption(args: readonly string[]): string | undefined {
  if (args.length === 0) return undefined;
  const [flag, value, ...rest] = args;
  if (flag === '--browser-path' && value && rest.length === 0) return value;
  throw new UserError(
    `Unknown option "${args.join(' ')}" for figures. The only option is --browser-path <file>.`,
  );
}

/** The screenshot of the sheet, as PNG bytes. Nothing outside the page may load. */
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
        await page.setContent(html, { waitUntil: 'load' });
        await guard.check('The figures contact sheet');
        return page.screenshot({ fullPage: true, type: 'png' });
      }),
    { browserPath, config },
  );
}

export async function figures(config: Config, args: readonly string[]): Promise<void> {
  const browserPath = browserPathOption(args);
  const library = await loadLibrary(config.content);
  const { html, counts } = contactSheet(library);
  const folder = path.join(config.output, 'figures');
  const png = await screenshot(html, browserPath, config);
  const htmlFile = path.join(folder, 'contact-sheet.html');
  const pngFile = path.join(folder, 'contact-sheet.png');
  await writeFileAtomic(htmlFile, html);
  await writeFileAtomic(pngFile, png);
  const total = counts.drawn + counts.media + counts.none;
  console.log(
    `Figures for ${total} exercises: ${counts.drawn} drawn, ${counts.media} with their own pictures, ${counts.none} with none.\n` +
      `  ${htmlFile}\n  ${pngFile}`,
  );
}
