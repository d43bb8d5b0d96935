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
import { motionOf, paceOf, type Motion, type Pace } from './animate.ts';
import { motionSvg } from './animate-svg.ts';
import { storedMotion } from './motion-store.ts';
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

/** Drawn start and end pictures, with the movement between them. */
export interface DrawnFigures {
  readonly kind: 'drawn';
  readonly start: DrawnFigure;
  readonly end: DrawnFigure;
  /** Worked out the first time it is read: print never asks for it. */
  readonly motion: MotionFigure;
  /**
   * The same pictures, each framed close around what it shows. The usual frame is at least 160
   * units wide so that every figure on a handout page shares one scale; a slide gives each picture
   * a box of its own and draws it as large as the box allows (`src/decks/exercise-slide.ts`).
   * The website's views of figure files (`src/site/figure-files.ts`) have none.
   */
  readonly closeUp?: DrawnFigures;
}

export type FiguresView =
  | DrawnFigures
  | { readonly kind: 'media'; readonly items: readonly MediaFigure[] }
  | { readonly kind: 'none' };

/** A view's pictures framed close (`DrawnFigures.closeUp`); a clinic's own pictures as they are. */
export function closeUpFigures(view: FiguresView): FiguresView {
  return view.kind === 'drawn' ? (view.closeUp ?? view) : view;
}

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
): DrawnFigures {
  const scenes = composeFigure(figure);
  let movement: Motion | undefined;
  const views: { close?: DrawnFigures } = {};
  const view = (framing: 'usual' | 'close'): DrawnFigures => {
    const draw = (position: 'start' | 'end'): DrawnFigure => {
      const scene = scenes[position];
      const pose = altText(name, position, scene);
      const pattern = position === 'start' ? words.startAlt : words.endAlt;
      const alt = fill(pattern, { pose, name, step }).trim();
      const svg = sceneSvg(scene, alt, framing === 'close' ? scene.close : scene.frame);
      return { svg, alt, caption: words[position] };
    };
    const [start, end] = [draw('start'), draw('end')];
    let motion: MotionFigure | undefined;
    const drawn: DrawnFigures = {
      kind: 'drawn',
      start,
      end,
      get motion(): MotionFigure {
        if (!motion) {
          const alt = fill(words.motionAlt, { name, start: start.alt, end: end.alt }).trim();
          // Drawn once a build and kept for the next (motion-store.ts): the costliest part.
          const input = JSON.stringify([figure, pace, alt, framing]);
          const svg = storedMotion(input, () => {
            movement ??= motionOf(figure, pace);
            return motionSvg(movement, alt, framing === 'close' ? movement.close : movement.frame);
          });
          motion = { svg, alt };
        }
        return motion;
      },
    };
    // Not enumerable, so copies and JSON of a view (Handlebars' `extend`, tests) neither draw the
    // close-up pictures nor meet the close view, which has no close-up of its own.
    if (framing === 'usual')
      Object.defineProperty(drawn, 'closeUp', {
        get: (): DrawnFigures => (views.close ??= view('close')),
        enumerable: false,
      });
    return drawn;
  };
  return view('usual');
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
