/**
 * A clinic's videos in a deck (issue 16, item 5). The one-file HTML deck carries a video inside
 * itself as a data: URI when it is at most `limits.deckVideoMegabytes` (8 MB by default), so it
 * plays offline from `file://`; a larger one is written beside the deck, in `<deck>.media/`, and
 * the deck links to it relatively (copy the folder with the deck). Captions always go inside: a
 * page opened from `file://` may not read a captions file beside it. The PDFs and PowerPoint show
 * the poster, as the card does without a video `src`.
 */
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

/**
 * `plan` with each exercise slide's videos given their `src` for the HTML file named `html`, and
 * the videos to write beside it.
 */
export function deckVideos(
  library: Library,
  plan: DeckPlan,
  html: string,
): { plan: DeckPlan; beside: BesideFile[] } {
  const limit =
    (library.settings.limits?.deckVideoMegabytes ?? defaultDeckVideoMegabytes) * 1_000_000;
  const beside = new Map<string, BesideFile>();
  const withSrc = (item: MediaFigure, exercise: string, n: number): MediaFigure => {
    if (!item.video) return item;
    const { bytes, type } = readVideoFile(library.root, item.video.file, 'video');
    let src = dataUri(bytes, type);
    if (bytes.length > limit) {
      const name = `${mediaFolder(html)}/${exercise}-${n}${path.extname(item.video.file).toLowerCase()}`;
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
