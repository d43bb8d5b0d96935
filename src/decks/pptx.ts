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
import type { Browser } from 'puppeteer-core';
import { catalogFor, fill } from '../domain/catalog/index.ts';
import { imageDataUri } from '../handouts/assets.ts';
import type { Library } from '../model/library.ts';
import { hashKey, type FileCache } from '../pdf/cache.ts';
import { notesText, pptxContent, type PptxContent, type PptxPicture } from './pptx-content.ts';
import { fixPptx } from './pptx-fixes.ts';
import { pngPictures, type PngPicture } from './pptx-pictures.ts';
import type { Block } from './rich-text.ts';
import type { DeckPlan } from './slides.ts';
import { deckTheme, type DeckTheme } from './theme.ts';

/** The slide in inches (PowerPoint's 16:9 "widescreen"). */
const slideW = 13.333;
const left = 0.67;
const width = slideW - 2 * left;
const bodyTop = 1.85;
const bodyBottom = 6.35;

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

function masters(pptx: PptxGenJS, theme: DeckTheme, footer: { note: string; clinic: string }) {
  const font = theme.pptxFont;
  for (const accent of [false, true]) {
    const ink = hex(accent ? theme.onPrimary : theme.muted);
    const titleInk = hex(accent ? theme.onPrimary : theme.text);
    pptx.defineSlideMaster({
      title: accent ? 'ACCENT' : 'CONTENT',
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
                  y: 0.75,
                  w: width - 2.6,
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

/** A picture placed whole (its shape kept) and centred in a box, with its caption under it. */
function placePicture(
  slide: PptxGenJS.Slide,
  picture: PptxPicture,
  png: PngPicture | undefined,
  box: { x: number; y: number; w: number; h: number },
  theme: DeckTheme,
) {
  const captionH = 0.35;
  if (png) {
    const room = { w: box.w, h: box.h - captionH };
    const scale = Math.min(room.w / png.width, room.h / png.height);
    const w = png.width * scale;
    const h = png.height * scale;
    slide.addImage({
      data: png.data,
      x: box.x + (box.w - w) / 2,
      y: box.y + (room.h - h) / 2,
      w,
      h,
      altText: picture.alt,
    });
  }
  slide.addText(picture.caption, {
    x: box.x,
    y: box.y + box.h - captionH,
    w: box.w,
    h: captionH,
    fontSize: 12,
    color: hex(theme.muted),
    fontFace: theme.pptxFont,
    align: 'center',
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
  const slide = pptx.addSlide({ masterName: content.accent ? 'ACCENT' : 'CONTENT' });
  const ink = hex(content.accent ? theme.onPrimary : theme.text);
  const kickerColour = content.accent ? hex(theme.accent) : hex(theme.primary);
  slide.addText(content.title, { placeholder: 'title' });
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
  if (content.badge)
    slide.addText(content.badge, {
      x: slideW - left - 2.4,
      y: 0.4,
      w: 2.4,
      h: 0.9,
      fontSize: 30,
      bold: true,
      color: hex(theme.onPrimary),
      fill: { color: hex(theme.primary) },
      align: 'center',
      valign: 'middle',
      fontFace: font,
    });

  const bottom = content.small ? bodyBottom - 0.45 : bodyBottom;
  const textBottom = content.warning ? bottom - 0.6 : bottom;
  const hasPictures = content.pictures.length > 0;
  const beside = hasPictures && content.layout !== 'below';
  const half = (width - 0.4) / 2;
  const textBox = content.accent
    ? { x: left, y: 3.9, w: width, h: 2.0 }
    : hasPictures && !beside
      ? { x: left, y: 5.5, w: width, h: textBottom - 5.5 + 0.3 }
      : beside
        ? {
            x: content.layout === 'left' ? left + half + 0.4 : left,
            y: bodyTop,
            w: half,
            h: textBottom - bodyTop,
          }
        : { x: left, y: bodyTop, w: width, h: textBottom - bodyTop };
  const runs = textRuns(content.body);
  if (runs.length > 0)
    slide.addText(runs, {
      ...textBox,
      fontSize: content.bodySize,
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
          y: bodyTop,
          w: half,
          h: bottom - bodyTop,
        }
      : { x: left, y: bodyTop, w: width, h: 5.5 - bodyTop };
    const each = area.w / content.pictures.length;
    content.pictures.forEach((picture, i) =>
      placePicture(
        slide,
        picture,
        pngs.get(picture.src),
        { ...area, x: area.x + i * each, w: each - 0.1 },
        theme,
      ),
    );
  }
  if (content.warning)
    slide.addText(content.warning, {
      x: left,
      y: textBottom,
      w: beside ? half : width,
      h: 0.55,
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
    ...['pptx.ts', 'pptx-content.ts', 'pptx-fixes.ts', 'pptx-pictures.ts'].map((file) =>
      readFileSync(new URL(`./${file}`, import.meta.url)),
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
  browser: Browser | (() => Promise<Browser>),
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
  let made = await caches?.pptx.get(key);
  if (!made) {
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
    made = (await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array;
    await caches?.pptx.put(key, made);
  }
  return fixPptx(made, date);
}
