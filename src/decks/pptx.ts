/**
 * A deck as an editable PowerPoint file (pptxgenjs): 16:9, a real title on every slide (a title
 * placeholder, so the outline and screen readers find it), body text as text boxes with bullet
 * and numbered lists, bold, italic and links, the figures and pictures as PNG images with their
 * alt text, and the speaker notes in the notes pane. Layout comes from pptx-content.ts. With a
 * cache, a deck whose file would hold the same things (and is made by the same code) is not made
 * again: no pictures drawn, no zip written.
 */
import { readFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import { catalogFor, fill } from '../domain/catalog/index.ts';
import { imageDataUri } from '../handouts/assets.ts';
import type { Library } from '../model/library.ts';
import type { PageHost } from '../pdf/browser.ts';
import { hashKey, type FileCache } from '../pdf/cache.ts';
import { notesText, pptxContent, type PptxContent, type PptxPicture } from './pptx-content.ts';
import { datePptx, fixPptx } from './pptx-fixes.ts';
import {
  bodyFit,
  lineCount,
  linesHeight,
  textWidth,
  type FontLook,
  type MeasuredLine,
} from './pptx-measure.ts';
import { pngPictures, type PngPicture } from './pptx-pictures.ts';
import type { Block, Run } from './rich-text.ts';
import type { DeckPlan } from './slides.ts';
import { deckTheme, type DeckTheme } from './theme.ts';

/** The slide in inches (PowerPoint's 16:9 "widescreen"). */
const slideW = 13.333;
const left = 0.67;
const width = slideW - 2 * left;
const bodyTop = 1.85;
const bodyBottom = 6.35;
/** Two columns side by side, 0.4 inches apart. */
const half = (width - 0.4) / 2;
/** The title of a content slide: its top, and its width beside a dose badge (the right half). */
const titleTop = 0.75;
const titleBesideBadge = half;

type TextRuns = PptxGenJS.TextProps[];

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Paragraphs and lists of runs → pptxgenjs text runs, one paragraph a line. */
function textRuns(body: readonly Block[]): TextRuns {
  const runs: TextRuns = [];
  const line = (
    items: readonly { text: string; bold: boolean; italic: boolean; href: string | null }[],
    bullet: PptxGenJS.TextPropsOptions['bullet'],
  ) =>
    items.forEach((run, i) =>
      runs.push({
        text: run.text,
        options: {
          bold: run.bold,
          italic: run.italic,
          ...(run.href ? { hyperlink: { url: run.href } } : {}),
          // pptxgenjs starts a new paragraph at every run with a bullet: only the item's first has it.
          ...(bullet && i === 0 ? { bullet } : {}),
          breakLine: i === items.length - 1,
        },
      }),
    );
  for (const block of body) {
    if (block.kind === 'paragraph') line(block.runs, undefined);
    else for (const item of block.items) line(item, block.ordered ? { type: 'number' } : true);
  }
  return runs;
}

/** Each paragraph and list item as one line of text to measure. */
function measured(body: readonly Block[]): MeasuredLine[] {
  const line = (runs: readonly Run[], indented: boolean): MeasuredLine => {
    const text = runs.map((run) => run.text).join('');
    const boldChars = runs.reduce((n, run) => n + (run.bold ? run.text.length : 0), 0);
    return { text, bold: boldChars * 2 > text.length, indented };
  };
  return body.flatMap((block) =>
    block.kind === 'paragraph'
      ? [line(block.runs, false)]
      : block.items.map((item) => line(item, true)),
  );
}

/** The slide masters: title and section slides, content slides, and content slides with a badge. */
const masterNames = ['ACCENT', 'CONTENT', 'BADGE'] as const;
type MasterName = (typeof masterNames)[number];

function masters(pptx: PptxGenJS, theme: DeckTheme, footer: { note: string; clinic: string }) {
  const font = theme.pptxFont;
  for (const name of masterNames) {
    const accent = name === 'ACCENT';
    const ink = hex(accent ? theme.onPrimary : theme.muted);
    const titleInk = hex(accent ? theme.onPrimary : theme.text);
    pptx.defineSlideMaster({
      title: name,
      background: { color: hex(accent ? theme.primary : theme.background) },
      slideNumber: {
        x: slideW - left - 1.2,
        y: 6.95,
        w: 1.2,
        h: 0.35,
        fontSize: 12,
        color: ink,
        fontFace: font,
        align: 'right',
      },
      objects: [
        {
          text: {
            text: footer.note,
            options: {
              x: left,
              y: 6.95,
              w: 4,
              h: 0.35,
              fontSize: 12,
              bold: true,
              color: ink,
              fontFace: font,
            },
          },
        },
        {
          text: {
            text: footer.clinic,
            options: {
              x: 4.67,
              y: 6.95,
              w: 4,
              h: 0.35,
              fontSize: 12,
              color: ink,
              fontFace: font,
              align: 'center',
            },
          },
        },
        {
          // The size is the usual one; a long title is set smaller on its own slide (titleFit).
          placeholder: {
            options: accent
              ? {
                  name: 'title',
                  type: 'title',
                  align: 'left',
                  x: left,
                  y: 2.3,
                  w: width,
                  h: 1.5,
                  fontSize: 44,
                  bold: true,
                  color: titleInk,
                  fontFace: font,
                  valign: 'middle',
                }
              : {
                  name: 'title',
                  type: 'title',
                  align: 'left',
                  x: left,
                  y: titleTop,
                  w: name === 'BADGE' ? titleBesideBadge : width,
                  h: 1.0,
                  fontSize: 36,
                  bold: true,
                  color: titleInk,
                  fontFace: font,
                  valign: 'top',
                },
            text: '',
          },
        },
      ],
    });
  }
}

/**
 * A title's size: the master's if it fits on one line, else smaller over two lines (three at the
 * least, for a very long one), as the HTML slide lets a long title wrap.
 */
function titleFit(title: string, accent: boolean, boxWidth: number, face: string) {
  const look: FontLook = { bold: true, face };
  const sizes = accent ? [44, 36, 30] : [36, 32, 28];
  const fits = (size: number, lines: number) => lineCount(title, size, boxWidth, look) <= lines;
  const size = sizes.find((s, i) => fits(s, i === 0 ? 1 : 2)) ?? sizes.at(-1) ?? 28;
  return { size, lines: lineCount(title, size, boxWidth, look) };
}

/** The dose badge: as wide as its text, at most the right half; smaller text if it is longer. */
function badgeFit(badge: string, face: string) {
  const look: FontLook = { bold: true, face };
  const pad = 0.5;
  const at28 = textWidth(badge, 28, look);
  const size = at28 + pad <= half ? 28 : Math.max(18, Math.floor((28 * (half - pad)) / at28));
  const w = Math.min(half, Math.max(2.2, textWidth(badge, size, look) + pad));
  return { size, w };
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The height of the caption line under a picture. */
const captionH = 0.35;

/**
 * Pictures placed whole (their shape kept) in an area, each with its caption right under it: in
 * a row, or one above the other, whichever draws them larger (wide figures stack).
 */
function placePictures(
  slide: PptxGenJS.Slide,
  pictures: readonly PptxPicture[],
  pngs: ReadonlyMap<string, PngPicture>,
  area: Box,
  theme: DeckTheme,
) {
  const n = pictures.length;
  const gap = 0.15;
  const scaleIn = (cell: { w: number; h: number }, png: PngPicture | undefined) =>
    png ? Math.min(cell.w / png.width, (cell.h - captionH) / png.height) : 0;
  const layouts = Array.from({ length: n }, (_, i) => i + 1).map((columns) => {
    const rows = Math.ceil(n / columns);
    const cell = {
      w: (area.w - gap * (columns - 1)) / columns,
      h: (area.h - gap * (rows - 1)) / rows,
    };
    const drawn = pictures.reduce((sum, p) => {
      const png = pngs.get(p.src);
      const scale = scaleIn(cell, png);
      return sum + (png ? png.width * png.height * scale * scale : 0);
    }, 0);
    return { columns, cell, drawn };
  });
  const best = layouts.reduce((a, b) => (b.drawn > a.drawn ? b : a));
  pictures.forEach((picture, i) => {
    const cell = {
      x: area.x + (i % best.columns) * (best.cell.w + gap),
      y: area.y + Math.floor(i / best.columns) * (best.cell.h + gap),
      ...best.cell,
    };
    const png = pngs.get(picture.src);
    const scale = scaleIn(cell, png);
    const [w, h] = png ? [png.width * scale, png.height * scale] : [0, 0];
    const top = cell.y + (cell.h - h - captionH) / 2;
    if (png)
      slide.addImage({
        data: png.data,
        x: cell.x + (cell.w - w) / 2,
        y: top,
        w,
        h,
        altText: picture.alt,
      });
    slide.addText(picture.caption, {
      x: cell.x,
      y: top + h,
      w: cell.w,
      h: captionH,
      fontSize: 12,
      color: hex(theme.muted),
      fontFace: theme.pptxFont,
      align: 'center',
    });
  });
}

/** The clinic's logo at the top right of the title slide, on a white card like the HTML's. */
function placeLogo(slide: PptxGenJS.Slide, logo: PngPicture, alt: string) {
  const box = { w: 2.6, h: 1.0 };
  const scale = Math.min((box.w - 0.2) / logo.width, (box.h - 0.2) / logo.height);
  const [w, h] = [logo.width * scale, logo.height * scale];
  const x = slideW - left - w - 0.2;
  slide.addShape('roundRect', {
    x,
    y: 0.45,
    w: w + 0.2,
    h: h + 0.2,
    rectRadius: 0.1,
    fill: { color: 'FFFFFF' },
    line: { type: 'none' },
  });
  slide.addImage({ data: logo.data, x: x + 0.1, y: 0.55, w, h, altText: alt });
}

function addSlide(
  pptx: PptxGenJS,
  content: PptxContent,
  notes: string,
  pngs: ReadonlyMap<string, PngPicture>,
  theme: DeckTheme,
  logo: { png: PngPicture; alt: string } | null,
) {
  const font = theme.pptxFont;
  const master: MasterName = content.accent ? 'ACCENT' : content.badge ? 'BADGE' : 'CONTENT';
  const slide = pptx.addSlide({ masterName: master });
  const ink = hex(content.accent ? theme.onPrimary : theme.text);
  const kickerColour = content.accent ? hex(theme.accent) : hex(theme.primary);
  const title = titleFit(
    content.title,
    content.accent,
    master === 'BADGE' ? titleBesideBadge : width,
    font,
  );
  // The size on the run: the placeholder keeps the master's, so the slide's layout stays intact.
  slide.addText([{ text: content.title, options: { fontSize: title.size } }], {
    placeholder: 'title',
  });
  if (logo) placeLogo(slide, logo.png, logo.alt);
  if (content.kicker)
    slide.addText(content.kicker.toUpperCase(), {
      x: left,
      y: content.accent ? 1.8 : 0.35,
      w: width,
      h: 0.45,
      fontSize: 16,
      bold: true,
      color: kickerColour,
      fontFace: font,
      charSpacing: 1,
    });
  if (content.badge) {
    const badge = badgeFit(content.badge, font);
    slide.addText(content.badge, {
      x: slideW - left - badge.w,
      y: 0.4,
      w: badge.w,
      h: 0.8,
      fontSize: badge.size,
      bold: true,
      color: hex(theme.onPrimary),
      fill: { color: hex(theme.primary) },
      align: 'center',
      valign: 'middle',
      fontFace: font,
    });
  }

  // The body starts under the title, lower when a long title takes two lines.
  const top = Math.max(bodyTop, titleTop + 0.1 + linesHeight(title.lines, title.size) + 0.1);
  const bottom = content.small ? bodyBottom - 0.45 : bodyBottom;
  const hasPictures = content.pictures.length > 0;
  const beside = hasPictures && content.layout !== 'below';
  const textColumn = beside
    ? { x: content.layout === 'left' ? left + half + 0.4 : left, w: half }
    : { x: left, w: width };
  const warningLook: FontLook = { bold: true, face: font };
  const warningH = content.warning
    ? linesHeight(lineCount(content.warning, 20, textColumn.w, warningLook), 20) + 0.15
    : 0;
  const textBottom = content.warning ? bottom - warningH - 0.05 : bottom;
  const textBox = content.accent
    ? { x: left, y: 3.9, w: width, h: 2.0 }
    : hasPictures && !beside
      ? { x: left, y: 5.5, w: width, h: textBottom - 5.5 + 0.3 }
      : { ...textColumn, y: top, h: textBottom - top };
  const runs = textRuns(content.body);
  if (runs.length > 0)
    slide.addText(runs, {
      ...textBox,
      // Set small enough to fit here: PowerPoint shrinks text (`fit`) only once it is edited.
      fontSize: bodyFit(measured(content.body), content.bodySize, textBox, font, 8),
      color: ink,
      fontFace: font,
      valign: 'top',
      paraSpaceAfter: 8,
      fit: 'shrink',
      ...(hasPictures && !beside ? { align: 'center' } : {}),
    });
  if (hasPictures) {
    const area = beside
      ? {
          x: content.layout === 'left' ? left : left + half + 0.4,
          y: top,
          w: half,
          h: bottom - top,
        }
      : { x: left, y: top, w: width, h: 5.5 - top };
    placePictures(slide, content.pictures, pngs, area, theme);
  }
  if (content.warning)
    slide.addText(content.warning, {
      x: textColumn.x,
      y: textBottom,
      w: textColumn.w,
      h: warningH,
      fontSize: 20,
      bold: true,
      color: hex(theme.stop),
      fontFace: font,
      valign: 'middle',
    });
  if (content.small)
    slide.addText(content.small, {
      x: left,
      y: bottom,
      w: width,
      h: 0.45,
      fontSize: 13,
      color: ink,
      fontFace: font,
      valign: 'middle',
    });
  if (notes) slide.addNotes(notes);
}

/** The code that makes the file, so a change to it makes every cached file again. */
let codeVersion: string | undefined;
function pptxCode(): string {
  codeVersion ??= hashKey(
    ...['pptx.ts', 'pptx-content.ts', 'pptx-fixes.ts', 'pptx-measure.ts', 'pptx-pictures.ts'].map(
      (file) => readFileSync(new URL(`./${file}`, import.meta.url)),
    ),
    readFileSync(new URL(import.meta.resolve('pptxgenjs'))),
  );
  return codeVersion;
}

/** Where made files are kept: the .pptx files, and the pictures drawn as PNG. */
export interface PptxCaches {
  readonly pptx: FileCache;
  readonly pictures: FileCache;
}

/**
 * The deck as a .pptx file's bytes; `browser` draws the pictures as PNG (asked for only when one
 * is not in the cache). `date` is stamped as the file's created and modified date, so one build's
 * date gives the same bytes (shards, caches).
 */
export async function deckPptx(
  library: Library,
  plan: DeckPlan,
  browser: PageHost | (() => Promise<PageHost>),
  date = new Date(),
  caches?: PptxCaches,
): Promise<Buffer> {
  const t = catalogFor(library.settings.language);
  const theme = deckTheme(library.settings);
  const { clinic } = library.settings;
  const logoSrc = clinic.logo
    ? imageDataUri(library.root, clinic.logo, 'settings.yaml clinic.logo')
    : null;
  const deck = {
    title: plan.title,
    clinic: library.settings.clinic.name,
    disclaimer: library.settings.disclaimer,
  };
  const contents = plan.slides.map((slide) => ({
    content: pptxContent(slide, deck, t),
    notes: notesText(slide),
  }));
  const logoAlt = fill(t.handout.logoAlt, { clinic: clinic.name });
  // Everything the file is made from (the slides' kinds choose the title slide's logo) but the
  // date, which is stamped after: a cached file serves every build.
  const key = hashKey(
    pptxCode(),
    JSON.stringify({
      contents,
      kinds: plan.slides.map((slide) => slide.kind),
      theme,
      deck,
      summary: plan.summary,
      note: t.common.educationNote,
      logoSrc,
      logoAlt,
    }),
  );
  const kept = await caches?.pptx.get(key);
  // A kept file is finished but for its date (a build's own date costs milliseconds).
  if (kept) return datePptx(kept, date);
  const pngs = await pngPictures(
    browser,
    [
      ...contents.flatMap(({ content }) => content.pictures.map((p) => p.src)),
      ...(logoSrc ? [logoSrc] : []),
    ],
    caches?.pictures,
  );
  const logoPng = logoSrc ? pngs.get(logoSrc) : undefined;
  const logo = logoPng ? { png: logoPng, alt: logoAlt } : null;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title;
  pptx.subject = plan.summary;
  pptx.author = deck.clinic;
  pptx.company = deck.clinic;
  masters(pptx, theme, { note: t.common.educationNote, clinic: deck.clinic });
  contents.forEach(({ content, notes }, i) =>
    addSlide(pptx, content, notes, pngs, theme, plan.slides[i]?.kind === 'title' ? logo : null),
  );
  const made = await fixPptx((await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array, date);
  await caches?.pptx.put(key, made);
  return made;
}
