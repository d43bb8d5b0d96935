/**
 * An exercise → what its card shows: the clinic's own pictures when it names any (with their
 * credit), otherwise the start and end figures drawn from its pose data, otherwise nothing.
 */
import type { Exercise } from '../model/library.ts';
import type { Figure } from '../model/schema/pose.ts';
import { altText } from './alt.ts';
import { composeFigure } from './compose.ts';
import { mediaDataUri } from './media.ts';
import { sidedFigure } from './sides.ts';
import { sceneSvg } from './svg.ts';

export interface DrawnFigure {
  /** Inline SVG, role="img", labelled with the alt text. */
  readonly svg: string;
  readonly alt: string;
  /** "Start" or "End". */
  readonly caption: string;
}

export interface MediaFigure {
  /** A data: URI, so the picture travels inside the page or PDF. */
  readonly src: string;
  readonly alt: string;
  /** "Picture: Jane Doe, CC BY 4.0": printed wherever the picture appears. */
  readonly credit: string;
}

export type FiguresView =
  | { readonly kind: 'drawn'; readonly start: DrawnFigure; readonly end: DrawnFigure }
  | { readonly kind: 'media'; readonly items: readonly MediaFigure[] }
  | { readonly kind: 'none' };

/** Both drawn figures of a pose pair, labelled with the exercise name. */
export function drawFigure(name: string, figure: Figure): { start: DrawnFigure; end: DrawnFigure } {
  const scenes = composeFigure(figure);
  const draw = (position: 'start' | 'end', caption: string): DrawnFigure => {
    const alt = altText(name, position, scenes[position]);
    return { svg: sceneSvg(scenes[position], alt), alt, caption };
  };
  return { start: draw('start', 'Start'), end: draw('end', 'End') };
}

const cache = new WeakMap<Exercise, FiguresView>();

/** What the card of `exercise` shows; `root` is the content folder its media paths start from. */
export function exerciseFigures(exercise: Exercise, root: string): FiguresView {
  const cached = cache.get(exercise);
  if (cached) return cached;
  let view: FiguresView = { kind: 'none' };
  if (exercise.media.length > 0)
    view = {
      kind: 'media',
      items: exercise.media.map((m) => ({
        src: mediaDataUri(root, m.file),
        alt: m.alt,
        credit: `Picture: ${m.attribution}, ${m.licence}`,
      })),
    };
  else if (exercise.figure)
    view = {
      kind: 'drawn',
      ...drawFigure(exercise.name, sidedFigure(exercise.figure)),
    };
  cache.set(exercise, view);
  return view;
}
