/**
 * Figure warnings: things a pose asks for that the drawing cannot show, and start and end pictures
 * that look the same at print size. They are not errors (the figure is still drawn), so the
 * contact sheet shows them to a reviewer and `npm run check` gives them as advice, pointing at the
 * field that asked for them.
 */
import type { Exercise } from '../model/library.ts';
import { composeFigure, type Scene } from './compose.ts';
import { largestChange } from './motion.ts';
import { missingSide } from './sides.ts';

/** An arrow shorter than this (in picture units) is not drawn: it would be a dot with a head. */
const shortestArrow = 6;

/**
 * A handout prints a figure at least this wide (issue 16), and a change smaller than `visibleMm`
 * there is lost in the line widths: the two pictures look the same.
 */
export const printWidthMm = 35;
export const visibleMm = 1.5;

export interface FigureWarning {
  /** The field in the exercise file that asked for what is not drawn: figure.start.arrow. */
  readonly path:
    | readonly ['figure', 'start' | 'end', 'arrow' | 'squeeze']
    | readonly ['figure', 'end']
    | readonly ['figure'];
  /** What is not drawn and why, in plain words. */
  readonly message: string;
  /** How to fix it, when the message does not already say. */
  readonly hint: string | undefined;
}

/**
 * An arrow asked for whose point barely moves is not drawn, nor squeeze arrows in a view where the
 * knees line up one behind the other. Exercises with their own pictures have no drawn figure.
 */
export function figureWarnings(exercise: Exercise): FigureWarning[] {
  if (!exercise.figure || exercise.media.length > 0) return [];
  const scenes = composeFigure(exercise.figure);
  const change = tooLittleChange(exercise.figure, scenes);
  const drawn = (['start', 'end'] as const).flatMap((position) => {
    const scene = scenes[position];
    const found: FigureWarning[] = [];
    if (scene.pose.squeeze && !scene.squeezed)
      found.push({
        path: ['figure', position, 'squeeze'],
        message: `The ${position} squeeze arrows are not drawn: in this view one knee hides the other. Use view: front.`,
        hint: undefined,
      });
    const [[x0, y0], [x1, y1]] = scene.arrow ?? [
      [0, 0],
      [0, 0],
    ];
    if (scene.pose.arrow && Math.hypot(x1 - x0, y1 - y0) < shortestArrow)
      found.push({
        path: ['figure', position, 'arrow'],
        message: `The ${position} arrow at ${scene.pose.arrow} is not drawn: that point hardly moves between start and end.`,
        hint: 'Point the arrow at a part of the body that moves, or delete the arrow line.',
      });
    return found;
  });
  const side = missingSide(exercise.figure, exercise.steps);
  const unsided: FigureWarning[] = side
    ? [
        {
          path: ['figure'],
          message: `The steps name your ${side} leg, but the figure does not say which leg it shows, so it has no L or R label.`,
          hint: `Add a line "side: ${side}" under figure: if the highlighted leg is your ${side} leg.`,
        },
      ]
    : [];
  return [...drawn, ...(change ? [change] : []), ...unsided];
}

/**
 * Start and end that differ by less than `visibleMm` on a figure printed `printWidthMm` wide. A
 * squeeze asked for is a movement meant to be small, shown by its arrows, so it is left alone.
 */
function tooLittleChange(
  figure: NonNullable<Exercise['figure']>,
  scenes: { start: Scene; end: Scene },
): FigureWarning | undefined {
  if (scenes.start.pose.squeeze || scenes.end.pose.squeeze) return undefined;
  const mm = (largestChange(figure) * printWidthMm) / scenes.start.frame.width;
  if (mm >= visibleMm) return undefined;
  return {
    path: ['figure', 'end'],
    message: `The start and end figures look the same when printed: nothing moves more than ${(Math.floor(mm * 10) / 10).toFixed(1)} mm on a figure ${printWidthMm} mm wide (at least ${visibleMm} mm is needed to see it).`,
    hint: 'Make the end position differ more, with a bigger angle for the part that moves, or show a squeeze with "squeeze: knees".',
  };
}
