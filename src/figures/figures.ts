/**
 * An exercise → what its card shows: the clinic's own pictures when it names any (with their
 * credit), otherwise the start and end figures drawn from its pose data, otherwise nothing.
 */
import { en, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Exercise } from '../model/library.ts';
import { isVideo, pictureOf } from '../model/schema/media.ts';
import type { Figure } from '../model/schema/pose.ts';
import { videoType } from '../model/videos.ts';
import { altText } from './alt.ts';
import { motionOf, paceOf, type Pace } from './animate.ts';
import { motionSvg } from './animate-svg.ts';
import { composeFigure } from './compose.ts';
import { mediaDataUri } from './media.ts';
import { sidedFigure } from './sides.ts';
import { sceneSvg } from './svg.ts';

/**
 * A figure kept as a file of its own on the website (`src/site/figure-files.ts`), which pages show
 * with `<img src alt>`. Handouts and decks have none: one file must hold everything there.
 */
export interface FigureFile {
  /** Its address on the site: "/base/figures/clamshell-start-1a2b3c4d5e.svg". */
  readonly href: string;
  /**
   * Its size in CSS pixels before the page scales it, so the page keeps its room while it loads:
   * known for our drawings and a clinic's PNG, JPEG or WebP picture, not for its SVG.
   */
  readonly width?: number | undefined;
  readonly height?: number | undefined;
}

export interface DrawnFigure {
  /** Inline SVG, role="img", labelled with the alt text. */
  readonly svg: string;
  readonly alt: string;
  /** "Start" or "End", in the library's language. */
  readonly caption: string;
  /** On the website: the same drawing as a file, shown instead of `svg`. */
  readonly file?: FigureFile;
}

/**
 * A clinic's video: the files as written in the content (the checks passed), and where the output
 * puts them (`src`, `captionsSrc`): the site's own files, or a deck's data: URI or the file beside
 * it. Without a `src`, the card shows the poster, as print always does.
 */
export interface VideoFigure {
  readonly file: string;
  /** "video/webm" or "video/mp4". */
  readonly type: string;
  readonly captions?: string;
  readonly src?: string;
  readonly captionsSrc?: string;
}

export interface MediaFigure {
  /** A data: URI, so the picture (a video's poster) travels inside the page or PDF. */
  readonly src: string;
  readonly alt: string;
  /** "Picture: Jane Doe, CC BY 4.0": printed wherever the picture appears. */
  readonly credit: string;
  /** On the website: the picture as a file, shown instead of `src`. */
  readonly file?: FigureFile;
  /** A video, which `src` is the poster of; null for a picture. */
  readonly video: VideoFigure | null;
}

/** The movement from start to end and back, as one animated SVG (screens only). */
export interface MotionFigure {
  readonly svg: string;
  readonly alt: string;
  /** On the website: the same animation as a file, shown instead of `svg`. */
  readonly file?: FigureFile;
}

export type FiguresView =
  | {
      readonly kind: 'drawn';
      readonly start: DrawnFigure;
      readonly end: DrawnFigure;
      /** Worked out the first time it is read: print never asks for it. */
      readonly motion: MotionFigure;
    }
  | { readonly kind: 'media'; readonly items: readonly MediaFigure[] }
  | { readonly kind: 'none' };

/**
 * Both drawn figures of a pose pair, labelled with the exercise name and captioned in `words`;
 * their alt text is the pose described in English, or in another language its own short words
 * with the exercise's first step (`step`).
 * `pace` times the movement between them (a repetition's, unless given).
 */
export function drawFigure(
  name: string,
  figure: Figure,
  words: Catalog['figures'] = en.figures,
  step = '',
  pace: Pace = paceOf({ reps: 1 }),
): Extract<FiguresView, { kind: 'drawn' }> {
  const scenes = composeFigure(figure);
  const draw = (position: 'start' | 'end'): DrawnFigure => {
    const pose = altText(name, position, scenes[position]);
    const pattern = position === 'start' ? words.startAlt : words.endAlt;
    const alt = fill(pattern, { pose, name, step }).trim();
    return { svg: sceneSvg(scenes[position], alt), alt, caption: words[position] };
  };
  const [start, end] = [draw('start'), draw('end')];
  let motion: MotionFigure | undefined;
  return {
    kind: 'drawn',
    start,
    end,
    get motion(): MotionFigure {
      if (!motion) {
        const alt = fill(words.motionAlt, { name, start: start.alt, end: end.alt }).trim();
        motion = { svg: motionSvg(motionOf(figure, pace), alt), alt };
      }
      return motion;
    },
  };
}

// An exercise object belongs to one Library, and a Library to one language.
const cache = new WeakMap<Exercise, FiguresView>();

/**
 * What the card of `exercise` shows; `root` is the content folder its media paths start from,
 * `words` the captions and credit line in the library's language.
 */
export function exerciseFigures(
  exercise: Exercise,
  root: string,
  words: Catalog['figures'] = en.figures,
): FiguresView {
  const cached = cache.get(exercise);
  if (cached) return cached;
  let view: FiguresView = { kind: 'none' };
  if (exercise.media.length > 0)
    view = {
      kind: 'media',
      items: exercise.media.map((m) => ({
        // Read when first asked for: the website shows the picture's own file instead.
        get src() {
          return mediaDataUri(root, pictureOf(m));
        },
        alt: m.alt,
        credit: fill(isVideo(m) ? words.videoCredit : words.credit, {
          by: m.attribution,
          licence: m.licence,
        }),
        video: isVideo(m)
          ? {
              file: m.video,
              type: videoType(m.video),
              ...(m.captions ? { captions: m.captions } : {}),
            }
          : null,
      })),
    };
  else if (exercise.figure)
    view = drawFigure(
      exercise.name,
      sidedFigure(exercise.figure),
      words,
      exercise.steps[0],
      paceOf(exercise.dose),
    );
  cache.set(exercise, view);
  return view;
}
