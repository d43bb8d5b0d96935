/**
 * Pictures for the PowerPoint export as PNG: our figures are SVG, which PowerPoint shows only with
 * a PNG beside it and LibreOffice may not draw, and a WebP does not open in PowerPoint at all.
 * Chromium draws every picture of a deck once, in one page with JavaScript off, and each is
 * screenshot at the size it has on a 1280 × 720 slide, twice over for a sharp projector. What
 * the picture leaves clear stays clear, so it sits on the slide's own colour as in the HTML deck.
 */
import type { Browser } from 'puppeteer-core';
import { withPage } from '../pdf/browser.ts';

export interface PngPicture {
  /** A data:image/png;base64 URI. */
  readonly data: string;
  /** Its size in pixels, for keeping its shape on the slide. */
  readonly width: number;
  readonly height: number;
}

/** The widest a picture is drawn, in CSS pixels (it is screenshot at twice this). */
const widest = 900;

/** Every distinct picture (`src`, a data: URI) as a PNG, by its `src`. */
export async function pngPictures(
  browser: Browser,
  sources: readonly string[],
): Promise<Map<string, PngPicture>> {
  const unique = [...new Set(sources)];
  const pictures = new Map<string, PngPicture>();
  if (unique.length === 0) return pictures;
  await withPage(browser, async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: widest + 40, height: 800, deviceScaleFactor: 2 });
    // Only data: URIs are placed in the page, so nothing is fetched.
    const images = unique
      .map(
        (src, i) =>
          `<img id="p${i}" src="${src.replace(/"/g, '%22')}" style="display:block;width:${widest}px;height:auto">`,
      )
      .join('');
    await page.setContent(
      `<!doctype html><body style="margin:0;background:transparent">${images}</body>`,
      {
        waitUntil: 'load',
      },
    );
    for (const [i, src] of unique.entries()) {
      const element = await page.$(`#p${i}`);
      const box = await element?.boundingBox();
      if (!element || !box || box.width < 1 || box.height < 1) continue;
      const png = await element.screenshot({
        type: 'png',
        encoding: 'base64',
        omitBackground: true,
      });
      pictures.set(src, {
        data: `data:image/png;base64,${png}`,
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
  });
  return pictures;
}
