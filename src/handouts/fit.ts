/**
 * Fit is checked when a handout is printed (issue 18): in large print a card taller than a page
 * split over 3 pages with no warning, and a long patient's name ran off its line. The loaded
 * handout is laid out once as print at the width of its page's text area, before it is printed;
 * a card taller than a page fails with the file:line:col of its longest text and by how much to
 * shorten it, a name wider than its line with the option it came from and how many letters to
 * drop. Only a handout printed again is checked: one from the cache passed when it was printed.
 */
import type { Page } from 'puppeteer-core';
import { placeKey, placeOf, type TextPlaces } from '../quality/text-places.ts';
import { paperSizes, type Variant } from './variants.ts';

/** What did not fit, as measured in the page, in millimetres. */
interface Measured {
  readonly pageHeight: number;
  readonly cards: readonly {
    readonly name: string;
    readonly tall: number;
    /** The texts on the card, longest first, with the height of one of their lines. */
    readonly texts: readonly { readonly text: string; readonly lineHeight: number }[];
  }[];
  /** How far the name runs past its line at the top, and the width of one of its letters. */
  readonly name: { readonly over: number; readonly letter: number } | null;
  /** The same for the footer's line with the name in it. */
  readonly footer: { readonly over: number; readonly letter: number } | null;
}

/** The paper, in mm; the footer's font size and the QR code's width beside it. */
interface Layout {
  readonly width: number;
  readonly height: number;
  /** How many pages a card may run over: one in regular print (a card never splits), two in large. */
  readonly pages: number;
  readonly footerSize: string;
  readonly qr: number;
}

/** Runs in the page: lays the document out at its text area's width and measures it. */
function measure(paper: Layout): Measured {
  const mm = (px: number) => (px * 25.4) / 96;
  /** How far `text` on one line in `box` runs past `room` px; null when it fits. */
  const overrun = (box: Element, text: string, room: number, font?: string) => {
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    if (font) probe.style.fontSize = font;
    box.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width > room ? { over: mm(width - room), letter: mm(width / text.length) } : null;
  };
  const margins = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const sheet of Array.from(document.styleSheets))
    for (const rule of Array.from(sheet.cssRules))
      if (rule instanceof CSSPageRule)
        for (const side of ['top', 'right', 'bottom', 'left'] as const) {
          const value = rule.style.getPropertyValue(`margin-${side}`);
          if (value.endsWith('mm')) margins[side] = parseFloat(value);
        }
  const root = document.documentElement;
  root.style.width = `${paper.width - margins.left - margins.right}mm`;
  try {
    const pageHeight = paper.height - margins.top - margins.bottom;
    const cards = Array.from(document.querySelectorAll('.exercise-card')).flatMap((card) => {
      const tall = mm(card.getBoundingClientRect().height) - pageHeight * paper.pages;
      if (tall <= 0) return [];
      const texts = Array.from(card.querySelectorAll('li, p'))
        .filter((el) => el.textContent.trim())
        .map((el) => ({
          text: el.textContent.trim().replace(/\s+/g, ' '),
          lineHeight: mm(parseFloat(getComputedStyle(el).lineHeight)) || 8,
        }))
        .sort((a, b) => b.text.length - a.text.length);
      const name = card.querySelector('.exercise-card__name')?.textContent.trim() ?? '';
      return [{ name, tall, texts }];
    });
    // The name on one line: its width without wrapping against the line it is written on.
    const line = document.querySelector('.who__field:first-child dd');
    const text = line?.textContent.trim() ?? '';
    let name: Measured['name'] = null;
    if (line && text) {
      const style = getComputedStyle(line);
      const room =
        line.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight);
      name = overrun(line, text, room);
    }
    // The footer's line with the name, beside the QR code (margin boxes are not in the DOM).
    const footerText = root.dataset['footerName'] ?? '';
    const footerRoom = (paper.width - margins.left - margins.right - paper.qr) / (25.4 / 96);
    const footer = footerText
      ? overrun(document.body, footerText, footerRoom, paper.footerSize)
      : null;
    return { pageHeight, cards, name, footer };
  } finally {
    root.style.width = '';
  }
}

export interface FitOptions {
  /** The document in messages: "The handout sam.pdf". */
  readonly what: string;
  /** Where the patient's name came from, when there is one: `--patient "Sam Lee"`. */
  readonly patientFrom?: string | undefined;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The check a handout's print job runs on its loaded page: every problem, or none. */
export function handoutFit(
  variant: Variant,
  places: TextPlaces,
  options: FitOptions,
): (page: Page) => Promise<string[]> {
  const [width, height] = paperSizes[variant.paper].points.map((pt) => (pt * 25.4) / 72);
  return async (page) => {
    await page.emulateMediaType('print');
    let measured: Measured;
    try {
      // The footer's size and QR code width as the template's @page rule sets them.
      measured = await page.evaluate(measure, {
        width: width ?? 0,
        height: height ?? 0,
        pages: variant.large ? 2 : 1,
        footerSize: variant.large ? '18pt' : '10pt',
        qr: variant.large ? 24 : 17,
      });
    } finally {
      await page.emulateMediaType();
    }
    const size = `${variant.large ? 'large print' : 'regular print'}, ${paperSizes[variant.paper].label}`;
    const handout = `${options.what.replace(/^The /, 'the ')} (${size})`;
    const limit = variant.large
      ? `two pages (${Math.floor(measured.pageHeight * 2)} mm), so it would run over 3 pages`
      : `a page (${Math.floor(measured.pageHeight)} mm), and a card is never split`;
    const problems = measured.cards.map(({ name, tall, texts }) => {
      const where = `the card "${name}" of ${handout}`;
      const amount = `${Math.ceil(tall)} mm taller than ${limit}`;
      const found = texts.find(({ text }) => places.has(placeKey(text)));
      if (!found)
        return `${options.what}: ${where} is ${amount}. Hint: Shorten the exercise's steps, cues or stop rules.`;
      const lines = Math.max(1, Math.ceil(tall / found.lineHeight));
      return `${placeOf(places, found.text) ?? ''} is on ${where}, which is ${amount}. Hint: Shorten this text by about ${plural(lines, 'line')} of ${size}, or split the exercise in two.`;
    });
    // The name line at the top and the footer's: the one it overruns most.
    const [over] = [measured.name, measured.footer]
      .filter((o) => o !== null)
      .sort((a, b) => b.over - a.over);
    if (over) {
      const letters = Math.max(1, Math.ceil(over.over / over.letter));
      problems.push(
        `${options.patientFrom ?? "The patient's name"} does not fit on its line on ${handout}: it is ${Math.ceil(over.over)} mm too long. Hint: Shorten it by about ${plural(letters, 'letter')} (a first name and an initial are enough), or leave it out and write the name by hand.`,
      );
    }
    return problems;
  };
}
