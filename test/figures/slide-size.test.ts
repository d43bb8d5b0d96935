/**
 * How large the body is on a 1280 × 720 deck slide, for every bundled exercise with a drawn
 * figure: the moving figure on the screen, the stills for reduced motion and in print (the PDF).
 * The body's box is the union of the drawn limbs, trunk and head (each element's box with half its
 * stroke), mapped to the screen; props, arrows, labels and the floor do not count. The moving
 * figure is paused at 9 moments of its cycle. A standing body is at least 40% of the slide's
 * height. A lying body spans 50% of the slide's width
 * or more in the start and end pictures together, which go across the slide above the words
 * (`.slide--wide`), and 45% or more moving (the moving figure stays beside the words, in a column
 * as wide as it is drawn at the card's full height: see src/decks/exercise-slide.ts `wideAspect`).
 * Nothing reaches the footer.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandContext, exerciseSlide } from '../../src/decks/exercise-slide.ts';
import { fitDecks } from '../../src/decks/fit.ts';
import { deckHtml } from '../../src/decks/html.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { body, unitsPerHeight } from '../../src/figures/body.ts';
import { looks, num } from '../../src/figures/svg.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/cli.ts';

const slide = { width: 1280, height: 720 } as const;

/** CSS selectors of the body's elements, from the renderer's own looks (svg.ts). */
const bodySelector = [
  ...(['trunk', 'neck', 'near', 'far', 'work', 'workFar'] as const).map(
    (style) => `path${looks[style].replace(/(\S+)="([^"]*)"/g, '[$1="$2"]').replace(/ /g, '')}`,
  ),
  // The head; a kettlebell is a dark circle too, but smaller.
  `circle${looks.head.replace(/(\S+)="([^"]*)"/g, '[$1="$2"]')}[r="${num(body.headRadius * unitsPerHeight)}"]`,
].join(', ');

interface Box {
  readonly width: number;
  readonly height: number;
}
interface Measured {
  readonly id: string;
  /** Pixels the slide's body reaches past the top of its footer (fit.ts measures the same). */
  readonly overflow: number;
  /** How many lines the slide's title takes. */
  readonly titleLines: number;
  /** The slide's text size: 100, or 90 or 80 where the build's fit step set it smaller. */
  readonly textSize: number;
  /** Each visible figure (motion, or start and end) with the largest box it reaches. */
  readonly figures: readonly {
    readonly which: string;
    readonly tallest: Box;
    readonly widest: Box;
  }[];
}

/** Every exercise slide of the page, in order: the body's box in each visible figure. */
function measure(page: Page, ids: readonly string[]): Promise<Measured[]> {
  return page.evaluate(
    (selector: string, ids: readonly string[]) => {
      const bodyBox = (svg: SVGSVGElement) => {
        let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const element of svg.querySelectorAll<SVGGraphicsElement>(selector)) {
          const box = element.getBBox();
          const matrix = element.getScreenCTM();
          if (!matrix) continue;
          const pad = Number(element.getAttribute('stroke-width') ?? 0) / 2;
          for (const [x, y] of [
            [box.x - pad, box.y - pad],
            [box.x + box.width + pad, box.y + box.height + pad],
          ] as const) {
            const point = new DOMPoint(x, y).matrixTransform(matrix);
            [left, right] = [Math.min(left, point.x), Math.max(right, point.x)];
            [top, bottom] = [Math.min(top, point.y), Math.max(bottom, point.y)];
          }
        }
        return { width: right - left, height: bottom - top };
      };
      const slides = Array.from(document.querySelectorAll('.slide--exercise'));
      const overflow = (section: Element) => {
        const footer = section.querySelector('.slide__footer')?.getBoundingClientRect().top ?? 0;
        const inside = Array.from(section.querySelectorAll('.slide__body *'));
        return Math.max(...inside.map((e) => e.getBoundingClientRect().bottom)) - footer;
      };
      return slides.map((section, i) => ({
        id: ids[i] ?? '',
        overflow: overflow(section),
        textSize: Number(
          /slide__body--(\d+)/.exec(section.querySelector('.slide__body')?.className ?? '')?.[1] ??
            100,
        ),
        titleLines: (() => {
          const title = section.querySelector('.slide__title');
          if (!title) return 0;
          const line = Number.parseFloat(getComputedStyle(title).lineHeight);
          return Math.round(title.getBoundingClientRect().height / line);
        })(),
        figures: Array.from(section.querySelectorAll<SVGSVGElement>('.exercise-figure svg'))
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const which = svg.closest('.exercise-figure')?.className.replace(/.*--/, '') ?? '';
            const seconds = Math.max(
              0,
              ...Array.from(svg.querySelectorAll('animate')).map((a) =>
                Number.parseFloat(a.getAttribute('dur') ?? '0'),
              ),
            );
            svg.pauseAnimations();
            const boxes = Array.from({ length: seconds > 0 ? 9 : 1 }, (_, k) => {
              svg.setCurrentTime((seconds * k) / 8);
              return bodyBox(svg);
            });
            const tallest = boxes.reduce((a, b) => (b.height > a.height ? b : a));
            const widest = boxes.reduce((a, b) => (b.width > a.width ? b : a));
            return { which, tallest, widest };
          }),
      }));
    },
    bodySelector,
    ids,
  );
}

/** The bundled library in a language, and a deck of one slide for each exercise with a drawn figure. */
interface Deck {
  readonly library: Library;
  readonly ids: readonly string[];
  readonly html: string;
}

async function everyExercise(language: string): Promise<Deck> {
  const library = await loadLibrary(path.join(projectRoot, 'routines'), { language });
  const ids = Object.values(library.exercises)
    .filter((exercise) => exercise.figure && exercise.media.length === 0)
    .map((exercise) => exercise.id);
  const context = expandContext(library);
  const plan: DeckPlan = {
    id: 'every-exercise',
    title: 'Every exercise',
    audience: 'Tests',
    summary: 'One slide for each bundled exercise with a drawn figure.',
    slides: ids.map((id) => exerciseSlide(context, id, { section: 'Exercise' })),
    class: { getReady: 10, circuit: null, minutes: null },
  };
  const templates = templateEnv(path.join(projectRoot, 'templates'));
  // As the build makes it: a slide whose words run into the footer gets them at 90% or 80% (a
  // Spanish translation runs about a fifth longer), which is what its audience sees.
  const [fitted = plan] = await fitDecks(() => Promise.resolve(browser), library, templates, [
    plan,
  ]);
  return { library, ids, html: await deckHtml(library, templates, fitted) };
}

let browser: BrowserContext;
const decks = new Map<string, Deck>();
beforeAll(async () => {
  browser = await testBrowser();
  // English, the content's own language, and Spanish, whose titles and cue words run longer.
  for (const language of ['en', 'es']) decks.set(language, await everyExercise(language));
});
afterAll(async () => {
  await releaseBrowser(browser);
});

/** The slides measured as a screen shows them (motion or reduced motion), or as printed. */
async function slidesAs(
  { html, ids }: Deck,
  look: 'motion' | 'reduced' | 'print',
): Promise<Measured[]> {
  const page = await browser.newPage();
  try {
    // Without the deck's script every slide shows, one under the other, each 1280 × 720.
    await page.setJavaScriptEnabled(false);
    await page.setViewport(slide);
    if (look === 'print') await page.emulateMediaType('print');
    if (look === 'reduced')
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setContent(html, { waitUntil: 'load' });
    return await measure(page, ids);
  } finally {
    await page.close();
  }
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * Slides whose words are too long for the figure to keep its size (the `title` and `size` columns
 * of the table show it). In Spanish, two titles take two lines even at 60 px: "Apretar una pelota
 * con los muslos" is 1011 px wide at 62 px, against 942 px beside its "2 × 10" badge, and
 * "Abducción isométrica de cadera" sits beside "4 × 30 s aguantando"; their moving bodies span 40%
 * and 42% of the slide's width (45% asked), their stills 44% (50% asked). "Patinador en tabla de deslizamiento" (1063 px) and
 * its stop rule do not fit at full size, so the build sets that slide at 90%, and its stills are
 * 37% of the slide's height (40% asked). The hamstring curl's third cue takes a second line under
 * its stills, which span 45% of the width (50% asked; 51% in English). Shorter names and words in
 * the translation would lift them.
 */
const longText: Readonly<Record<string, readonly string[]>> = {
  en: [],
  es: [
    'inner-thigh-ball-squeeze',
    'isometric-hip-abduction',
    'slide-board-speed-skater',
    'stability-ball-hamstring-curl',
  ],
};

describe.each(['en', 'es'])('the body on a 1280 × 720 exercise slide (%s)', (language) => {
  it.each(['motion', 'reduced', 'print'] as const)(
    '(%s) is at least 40% of the slide height when standing, and a lying one spans the slide',
    async (look) => {
      const deck = decks.get(language);
      if (!deck) throw new Error(`no deck in ${language}`);
      const measured = await slidesAs(deck, look);
      expect(measured.map((m) => m.id)).toEqual(deck.ids);
      const rows = measured.map((m) => ({
        id: m.id,
        posture: deck.library.exercises[m.id]?.figure?.start.posture,
        title: m.titleLines,
        size: m.textSize,
        figures: m.figures.map((f) => f.which).join('+'),
        // The standing moment: the tallest the body gets in any visible figure.
        height: percent(Math.max(...m.figures.map((f) => f.tallest.height)), slide.height),
        // How much of the slide's width the bodies take together (start and end side by side).
        width: percent(
          m.figures.reduce((sum, f) => sum + f.widest.width, 0),
          slide.width,
        ),
      }));
      console.table(rows);
      expect(rows.every((r) => r.figures === (look === 'motion' ? 'motion' : 'start+end'))).toBe(
        true,
      );
      expect(measured.filter((m) => m.overflow > 0).map((m) => [m.id, m.overflow])).toEqual([]);
      // The lateral walk's stills were 34%: its title took two lines beside the dose badge, which
      // now takes two lines first (deck.css .slide__dose), so the figure keeps its height (42%).
      // The slides in longText are excused from the bars below, but not from the floors after them.
      const excused = (r: { id: string }) => (longText[language] ?? []).includes(r.id);
      expect(deck.ids).toEqual(expect.arrayContaining([...(longText[language] ?? [])]));
      const short = rows.filter((r) => r.posture === 'standing' && r.height < 40);
      expect(short.filter((r) => !excused(r))).toEqual([]);
      // Lying bodies were a third of the slide's width or less (a 354 px box for each still);
      // the stills were 43–52% together before they went across the slide (51–82% since). Moving,
      // 47–54% in a 720 px column; 47–61% in one as wide as the figure at the card's height.
      const least = look === 'motion' ? 45 : 50;
      const narrow = rows.filter(
        (r) => (r.posture === 'lying-back' || r.posture === 'lying-side') && r.width < least,
      );
      expect(narrow.filter((r) => !excused(r))).toEqual([]);
      // The excused are still near: a standing body at 35% of the slide's height or more, a
      // lying one at 38% of its width (moving) or 42% (stills).
      expect(short.filter((r) => r.height < 35)).toEqual([]);
      expect(narrow.filter((r) => r.width < least - 7)).toEqual([]);
    },
  );
});
