/**
 * Pictures for the PowerPoint export as PNG: our figures are SVG, which PowerPoint shows only with
 * a PNG beside it and LibreOffice may not draw, and a WebP does not open in PowerPoint at all.
 * Chromium draws every picture of a deck once, in one page with JavaScript off, and each is
 * screenshot at the size it has on a 1280 × 720 slide, twice over for a sharp projector. What
 * the picture leaves clear stays clear, so it sits on the slide's own colour as in the HTML deck.
 * With a cache, each picture is drawn once: the same exercise in several decks, and in later builds.
 */
import { withPage, type PageHost } from '../pdf/browser.ts';
import { hashKey, type FileCache } from '../pdf/cache.ts';

export interface PngPicture {
  /** A data:image/png;base64 URI. */
  readonly data: string;
  /** Its size in pixels, for keeping its shape on the slide. */
  readonly width: number;
  readonly height: number;
}

/** The widest a picture is drawn, in CSS pixels (it is screenshot at twice this). */
const widest = 900;

/** Bump when pictures are drawn differently (size, scale, background). */
const pictureVersion = 'png-3';

/**
 * Every distinct picture (`src`, a data: URI) as a PNG, by its `src`. `browser` is asked for only
 * when a picture is not in the cache.
 */
export async function pngPictures(
  browser: PageHost | (() => Promise<PageHost>),
  sources: readonly string[],
  cache?: FileCache,
): Promise<Map<string, PngPicture>> {
  const pictures = new Map<string, PngPicture>();
  const keys = new Map<string, string>();
  for (const src of new Set(sources)) {
    const key = hashKey(pictureVersion, src);
    const cached = await cache?.get(key);
    if (cached) pictures.set(src, JSON.parse(Buffer.from(cached).toString('utf8')) as PngPicture);
    else keys.set(src, key);
  }
  const unique = [...keys.keys()];
  if (unique.length === 0) return pictures;
  await withPage(typeof browser === 'function' ? await browser() : browser, async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: widest + 40, height: 800, deviceScaleFactor: 2 });
    // Only data: URIs are placed in the page, so nothing is fetched.
    const images = unique
      .map(
        (src, i) =>
          `<img id="p${i}" src="${src.replace(/"/g, '%22')}" style="display:none;width:${widest}px;height:auto">`,
      )
      .join('');
    await page.setContent(
      `<!doctype html><body style="margin:0;background:transparent">${images}</body>`,
      {
        waitUntil: 'load',
      },
    );
    for (const [i, src] of unique.entries()) {
      // One picture shown at a time, at the page's top left: where it sits changes how its edges
      // are smoothed, and a build must draw the same bytes whichever other pictures it has.
      await page.evaluate((shown) => {
        for (const img of document.images) img.style.display = img.id === shown ? 'block' : 'none';
      }, `p${i}`);
      const element = await page.$(`#p${i}`);
      const box = await element?.boundingBox();
      if (!element || !box || box.width < 1 || box.height < 1) continue;
      const png = await element.screenshot({
        type: 'png',
        encoding: 'base64',
        omitBackground: true,
      });
      const picture = {
        data: `data:image/png;base64,${png}`,
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
      pictures.set(src, picture);
      const key = keys.get(src);
      if (key) await cache?.put(key, Buffer.from(JSON.stringify(picture)));
    }
  });
  return pictures;
}
