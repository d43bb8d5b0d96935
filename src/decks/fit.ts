/**
 * Fit is checked at build time (issue 18): six bullets of 88 characters made a slide 146 px too
 * tall and long cues pushed exercise slides 681–828 px past the screen, and `deck` and `build`
 * still exited 0. Each deck is laid out in Chromium at 1280 × 720 before it is printed. A slide
 * whose text runs into the footer or off the side is laid out again with its text at 90%, then 80%
 * (a Spanish translation runs a fifth longer than the English); one that still does not fit fails
 * with the file:line:col of the text to shorten (the longest text on the slide that the content
 * wrote) and by how much. A deck that fits is remembered in the cache by its HTML, with the text
 * sizes it needed: the next build lays out only decks whose HTML changed, and starts no browser
 * for them.
 */
import { UserError } from '../core/errors.ts';
import type { Library } from '../model/library.ts';
import { withPage, type PageHost } from '../pdf/browser.ts';
import { hashKey, type FileCache } from '../pdf/cache.ts';
import type { PatientText } from '../quality/patient-text.ts';
import { placeOf, textPlaces, type TextPlaces } from '../quality/text-places.ts';
import type { TemplateEnv } from '../render/env.ts';
import { deckHtml } from './html.ts';
import type { Slide as DeckFileSlide } from '../model/schema/deck.ts';
import { plainBlocks, richText } from './rich-text.ts';
import { textSizes, type DeckPlan, type TextSize } from './slides.ts';

/** A slide that does not fit, as measured in the browser. */
interface Overflow {
  readonly slide: number;
  readonly title: string;
  /** Pixels past the top of the footer, and past the right edge. */
  readonly tall: number;
  readonly wide: number;
  /** The texts on the slide, longest first, and the height of one of their lines. */
  readonly texts: readonly { readonly text: string; readonly lineHeight: number }[];
}

/** Runs in the page: every slide whose body reaches the footer or is wider than the slide. */
function measure(): Overflow[] {
  return Array.from(document.querySelectorAll('.slide')).flatMap((slide, index): Overflow[] => {
    const body = slide.querySelector('.slide__body');
    const footer = slide.querySelector('.slide__footer');
    if (!body || !footer) return [];
    const elements = Array.from(body.querySelectorAll('*'));
    const bottom = Math.max(...elements.map((el) => el.getBoundingClientRect().bottom));
    const tall = Math.ceil(bottom - footer.getBoundingClientRect().top);
    const wide = body.scrollWidth - body.clientWidth;
    if (tall <= 0 && wide <= 0) return [];
    const texts = elements
      // Every element, not only the innermost: a Markdown paragraph with a bold word in it is one text.
      .filter((el) => el.textContent.trim())
      .map((el) => ({
        text: el.textContent.trim().replace(/\s+/g, ' '),
        lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 40,
      }))
      .sort((a, b) => b.text.length - a.text.length);
    return [{ slide: index + 1, title: slide.getAttribute('data-title') ?? '', tall, wide, texts }];
  });
}

/** The texts a deck file's own slide shows, by field; Markdown as the slide shows it, block by block. */
function ownTexts(slide: DeckFileSlide): [string, string][] {
  const rich = (field: string, source: string | undefined): [string, string][] =>
    source === undefined ? [] : plainBlocks(richText(source)).map((text) => [field, text]);
  const plain = (field: string, text: string | undefined): [string, string][] =>
    text === undefined ? [] : [[field, text]];
  switch (slide.kind) {
    case 'text':
      return [
        ...plain('title', slide.title),
        ...slide.bullets.map((b, j): [string, string] => [`bullets[${j}]`, b]),
      ];
    case 'section':
      return [...plain('title', slide.title), ...plain('subtitle', slide.subtitle)];
    case 'picture':
      return [...plain('title', slide.title), ...rich('caption', slide.caption)];
    case 'columns':
      return [...plain('title', slide.title), ...rich('text', slide.text)];
    case 'quote':
      return [
        ...rich('text', slide.text),
        ...plain('by', slide.by),
        ...plain('title', slide.title),
      ];
    default:
      return [];
  }
}

/** The texts of every deck file's own slides, by field. */
function deckTexts(library: Library): PatientText[] {
  return Object.values(library.decks).flatMap((deck) =>
    deck.slides.flatMap((slide, i) =>
      ownTexts(slide).map(([field, text]) => ({
        file: deck.source,
        field: `slides[${i}].${field}`,
        text,
      })),
    ),
  );
}

function describe(
  library: Library,
  plan: DeckPlan,
  overflow: Overflow,
  places: TextPlaces,
): string {
  const slide = plan.slides[overflow.slide - 1];
  const size = slide?.textSize;
  const where = `slide ${overflow.slide} ("${overflow.title}") of the deck ${plan.id}${size ? ` (with its text at ${size}%)` : ''}`;
  const amount = [
    overflow.tall > 0 ? `${overflow.tall} px too tall` : '',
    overflow.wide > 0 ? `${overflow.wide} px too wide` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const found = overflow.texts.find(({ text }) => places.has(text));
  if (!found)
    return `The deck ${plan.id}: ${where} is ${amount}. Hint: Shorten the text on that slide, or move some of it to the speaker notes.`;
  // A text written in several files: the one of the exercise the slide shows, if it is one of them.
  const shown = slide?.kind === 'exercise' ? library.exercises[slide.card.id]?.source : undefined;
  const lines = Math.max(1, Math.ceil(overflow.tall / found.lineHeight));
  return `${placeOf(places, found.text, shown) ?? ''} is on ${where}, which is ${amount}. Hint: Shorten this text${overflow.tall > 0 ? ` by about ${lines} line${lines === 1 ? '' : 's'} on the slide` : ''}, or move some of it to the speaker notes.`;
}

/** The plan with these slides' text at `size`. */
function withTextSize(plan: DeckPlan, slides: ReadonlySet<number>, size: TextSize): DeckPlan {
  return {
    ...plan,
    slides: plan.slides.map((slide, i) =>
      slides.has(i + 1) ? { ...slide, textSize: size } : slide,
    ),
  };
}

/** Bump when fitting changes in a way the deck's HTML does not show. */
const fitVersion = 'deck-fit-1';

/** What the cache keeps of a deck that fits: the text size of each slide that needed a smaller one. */
type FittedSizes = [slide: number, size: TextSize][];

function sizesOf(plan: DeckPlan): FittedSizes {
  return plan.slides.flatMap((slide, i): FittedSizes =>
    slide.textSize ? [[i + 1, slide.textSize]] : [],
  );
}

function withSizes(plan: DeckPlan, sizes: FittedSizes): DeckPlan {
  const bySlide = new Map(sizes);
  return {
    ...plan,
    slides: plan.slides.map((slide, i) => {
      const size = bySlide.get(i + 1);
      return size ? { ...slide, textSize: size } : slide;
    }),
  };
}

/**
 * Lays out every deck; returns the plans with the text of long slides made smaller where that
 * fits them, or throws one UserError listing every slide that still does not fit. `browser` is
 * asked for only when a deck is not in the cache.
 */
export async function fitDecks(
  browser: () => Promise<PageHost>,
  library: Library,
  templates: TemplateEnv,
  plans: readonly DeckPlan[],
  cache?: FileCache,
): Promise<DeckPlan[]> {
  const fitted: DeckPlan[] = [];
  const missing: { index: number; plan: DeckPlan; key: string }[] = [];
  for (const plan of plans) {
    const key = hashKey(fitVersion, await deckHtml(library, templates, plan));
    const cached = await cache?.get(key);
    if (cached)
      fitted.push(withSizes(plan, JSON.parse(Buffer.from(cached).toString('utf8')) as FittedSizes));
    else {
      missing.push({ index: fitted.length, plan, key });
      fitted.push(plan);
    }
  }
  if (missing.length === 0) return fitted;
  const problems = await withPage(await browser(), async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 720 });
    const overflows = async (plan: DeckPlan) => {
      await page.setContent(await deckHtml(library, templates, plan), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.evaluate(measure);
    };
    const found: string[] = [];
    const places = textPlaces(library, deckTexts(library));
    for (const { index, plan, key } of missing) {
      let current = plan;
      let over = await overflows(current);
      for (const size of textSizes) {
        if (over.length === 0) break;
        current = withTextSize(current, new Set(over.map((o) => o.slide)), size);
        over = await overflows(current);
      }
      for (const overflow of over) found.push(describe(library, current, overflow, places));
      if (over.length === 0) await cache?.put(key, Buffer.from(JSON.stringify(sizesOf(current))));
      fitted[index] = current;
    }
    return found;
  });
  if (problems.length > 0)
    throw new UserError(
      `${problems.length === 1 ? 'A slide does' : `${problems.length} slides do`} not fit on the screen:\n${problems.join('\n')}`,
    );
  return fitted;
}
