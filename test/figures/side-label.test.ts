/**
 * The "L" or "R" of a sided figure never touches a limb, the trunk, the head or an arrow: in the
 * start and end pictures, and in the moving figure paused at 12 moments of its cycle. Checked in
 * Chromium on the drawing itself: points over the label's box (the letter's box as the font lays it
 * out, taller than the ink) must lie in no body or arrow stroke or fill (`isPointInStroke`, `isPointInFill`).
 */
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFigures } from '../../src/figures/figures.ts';
import { looks } from '../../src/figures/svg.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';

/** Selectors of what a label may not touch, from the renderer's own looks (svg.ts). */
const selectorOf = (look: string) =>
  look.replace(/(\S+)="([^"]*)"/g, '[$1="$2"]').replace(/ /g, '');
const untouchable = [
  ...(['trunk', 'neck', 'near', 'far', 'work', 'workFar', 'arrow', 'arrowHead'] as const).map(
    (style) => `path${selectorOf(looks[style])}`,
  ),
  `circle${selectorOf(looks.head)}`,
].join(', ');

let browser: BrowserContext;
let library: Library;
beforeAll(async () => {
  library = await loadLibrary(path.join(projectRoot, 'routines'));
  browser = await testBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
});

describe('the side label', () => {
  it('touches no limb or arrow, in the stills and through the movement', async () => {
    const sided = Object.values(library.exercises).flatMap((exercise) => {
      const view = exerciseFigures(exercise, library.root);
      if (view.kind !== 'drawn' || !(view.start.svg + view.end.svg).includes('<text ')) return [];
      return [{ id: exercise.id, svgs: [view.start.svg, view.end.svg, view.motion.svg] }];
    });
    // Every figure that says its side and can show it (not lying on your side).
    expect(sided.map((s) => s.id)).toEqual(
      expect.arrayContaining(['donkey-kick', 'fire-hydrant', 'skater-hop', 'step-up']),
    );
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      const html = sided
        .map((s) =>
          s.svgs
            .map(
              (svg, i) =>
                `<div data-id="${s.id}" data-which="${['start', 'end', 'moving'][i] ?? ''}">${svg}</div>`,
            )
            .join(''),
        )
        .join('');
      await page.setContent(`<!doctype html><body>${html}</body>`, { waitUntil: 'load' });
      const result = await page.evaluate((selector: string) => {
        const touches: string[] = [];
        let labelled = 0;
        let moments = 0;
        for (const holder of document.querySelectorAll<HTMLElement>('[data-id]')) {
          const svg = holder.querySelector('svg');
          if (!svg) continue;
          const name = `${holder.dataset['id'] ?? ''} ${holder.dataset['which'] ?? ''}`;
          if (!svg.querySelector('text')) {
            touches.push(`${name}: no label`);
            continue;
          }
          labelled += 1;
          const seconds = Math.max(
            0,
            ...Array.from(svg.querySelectorAll('animate')).map((a) =>
              Number.parseFloat(a.getAttribute('dur') ?? '0'),
            ),
          );
          svg.pauseAnimations();
          const count = seconds > 0 ? 12 : 1;
          for (let k = 0; k < count; k += 1) {
            const time = (seconds * k) / count;
            svg.setCurrentTime(time);
            moments += 1;
            // The letters showing now (a hop onto the other leg shows the other letter).
            const letters = Array.from(svg.querySelectorAll('text')).filter(
              (text) => getComputedStyle(text).opacity !== '0',
            );
            if (letters.length !== 1)
              touches.push(`${name} at ${time} s: ${letters.length} letters`);
            const points: DOMPoint[] = [];
            for (const text of letters) {
              const box = text.getBBox();
              for (let i = 0; i <= 6; i += 1)
                for (let j = 0; j <= 6; j += 1)
                  points.push(
                    new DOMPoint(box.x + (box.width * i) / 6, box.y + (box.height * j) / 6),
                  );
            }
            for (const shape of svg.querySelectorAll<SVGGeometryElement>(selector)) {
              const filled = shape.getAttribute('fill') && shape.getAttribute('fill') !== 'none';
              const hit = points.some((p) =>
                filled
                  ? shape.isPointInFill(p) || shape.isPointInStroke(p)
                  : shape.isPointInStroke(p),
              );
              if (hit) {
                const look = shape.getAttribute('stroke-width') ?? shape.getAttribute('fill') ?? '';
                touches.push(`${name} at ${time.toFixed(2)} s: ${shape.tagName} ${look}`);
                break;
              }
            }
          }
        }
        return { touches, labelled, moments };
      }, untouchable);
      expect([...new Set(result.touches.map((t) => t.replace(/ at [\d.]+ s/, '')))]).toEqual([]);
      // Every still and every moving figure was looked at, the moving ones at 12 moments each.
      expect(result.labelled).toBe(sided.length * 3);
      expect(result.moments).toBe(sided.length * 14);
    } finally {
      await page.close();
    }
  });
});
