/**
 * A clinic's videos in a deck (issue 16, item 5). The one-file HTML deck carries a video inside
 * itself as a data: URI when it is at most `limits.deckVideoMegabytes` (8 MB by default), so it
 * plays offline from `file://`; a larger one is written beside the deck, in `<deck>.media/`, and
 * the deck links to it relatively (copy the folder with the deck). Captions always go inside: a
 * page opened from `file://` may not read a captions file beside it. The PDFs and PowerPoint show
 * the poster, as the card does without a video `src`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { MediaFigure } from '../figures/figures.ts';
import type { Library } from '../model/library.ts';
import { defaultDeckVideoMegabytes } from '../model/schema/settings.ts';
import { readVideoFile } from '../model/videos.ts';
import type { DeckPlan, Slide } from './slides.ts';

/** A video written beside the deck: where, relative to the deck's folder, and its bytes. */
export interface BesideFile {
  /** "side-hip-starter.media/clamshell-1.webm" */
  readonly name: string;
  readonly bytes: Buffer;
}

const dataUri = (bytes: Buffer, type: string) => `data:${type};base64,${bytes.toString('base64')}`;

/** `<deck>.media/`, beside the HTML file `html` ("a.html" → "a.media"). */
export const mediaFolder = (html: string) => `${path.basename(html, path.extname(html))}.media`;

const limitOf = (library: Library) =>
  (library.settings.limits?.deckVideoMegabytes ?? defaultDeckVideoMegabytes) * 1_000_000;

/** Where the `n`th media entry of `exercise`, a video too large to go inside, goes beside `html`. */
const besideName = (html: string, exercise: string, n: number, file: string) =>
  `${mediaFolder(html)}/${exercise}-${n}${path.extname(file).toLowerCase()}`;

/** Each exercise slide's video entries: the card's exercise id, the entry's number and its file. */
function slideVideos(plan: DeckPlan): { exercise: string; n: number; file: string }[] {
  return plan.slides.flatMap((slide) =>
    slide.kind === 'exercise' && slide.card.figures.kind === 'media'
      ? slide.card.figures.items.flatMap((item, i) =>
          item.video ? [{ exercise: slide.card.id, n: i + 1, file: item.video.file }] : [],
        )
      : [],
  );
}

/**
 * The files a deck writes beside its HTML file `html` (relative to its folder), known before it is
 * written, so that a sharded build expects them (`src/build/shards.ts`).
 */
export function besideFiles(library: Library, plan: DeckPlan, html: string): string[] {
  const names = slideVideos(plan)
    .filter(({ file }) => statSync(path.join(library.root, file)).size > limitOf(library))
    .map(({ exercise, n, file }) => besideName(html, exercise, n, file));
  return [...new Set(names)];
}

/**
 * `plan` with each exercise slide's videos given their `src` for the HTML file named `html`, and
 * the videos to write beside it.
 */
export function deckVideos(
  library: Library,
  plan: DeckPlan,
  html: string,
): { plan: DeckPlan; beside: BesideFile[] } {
  const limit = limitOf(library);
  const beside = new Map<string, BesideFile>();
  const withSrc = (item: MediaFigure, exercise: string, n: number): MediaFigure => {
    if (!item.video) return item;
    const { bytes, type } = readVideoFile(library.root, item.video.file, 'video');
    let src = dataUri(bytes, type);
    if (bytes.length > limit) {
      const name = besideName(html, exercise, n, item.video.file);
      beside.set(name, { name, bytes });
      src = name;
    }
    const captions = item.video.captions;
    const captionsSrc = captions
      ? dataUri(readVideoFile(library.root, captions, 'captions').bytes, 'text/vtt')
      : undefined;
    return {
      src: item.src,
      alt: item.alt,
      credit: item.credit,
      video: { ...item.video, src, ...(captionsSrc ? { captionsSrc } : {}) },
    };
  };
  const slides = plan.slides.map((slide): Slide => {
    if (slide.kind !== 'exercise' || slide.card.figures.kind !== 'media') return slide;
    if (!slide.card.figures.items.some((item) => item.video)) return slide;
    const items = slide.card.figures.items.map((item, i) => withSrc(item, slide.card.id, i + 1));
    return { ...slide, card: { ...slide.card, figures: { kind: 'media', items } } };
  });
  const changed = slides.some((slide, i) => slide !== plan.slides[i]);
  return { plan: changed ? { ...plan, slides } : plan, beside: [...beside.values()] };
}
