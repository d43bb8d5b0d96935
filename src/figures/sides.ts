/**
 * Which leg a figure shows working, as the reader's own left or right: the exercise's `figure.side`.
 * The picture is mirrored when needed so the drawn leg is that leg, and compose.ts labels it L or R.
 * Lying on your side (or in a side plank) the steps say top and bottom, so those get no label.
 * The side is not guessed from the steps: the first leg they name is often the one you stand on
 * ("Stand tall on your left leg"), so warnings.ts asks for `side` where the steps name one.
 */
import type { Figure } from '../model/schema/pose.ts';
import { postureInfo } from './postures.ts';
import type { ResolvedPose, Side } from './resolve.ts';

export type BodySide = 'left' | 'right';

/** A side named with a leg part, so "step to the right" or "right under your shoulder" do not count. */
const namedLeg = /\b(left|right)\s+(leg|knee|foot|hip|ankle|thigh|heel|shin|buttock)\b/i;

/** The side the steps name first with a leg part ("right knee"), if any. */
export function stepsSide(steps: readonly string[]): BodySide | undefined {
  for (const step of steps) {
    const match = namedLeg.exec(step);
    if (match) return match[1]?.toLowerCase() === 'left' ? 'left' : 'right';
  }
  return undefined;
}

/** The body's own side of a near or far limb: facing right, the near side is the right. */
export function bodySide(pose: Pick<ResolvedPose, 'facing'>, side: Side): BodySide {
  return (side === 'near') === (pose.facing === 'right') ? 'right' : 'left';
}

/** True when the posture names its sides top and bottom instead of right and left. */
const topAndBottom = (posture: Figure['start']['posture']) =>
  postureInfo[posture].sideWords !== undefined;

/** True when a side label can be drawn: one working leg, and sides called right and left. */
export function canLabel(figure: Figure): boolean {
  const working = figure.start.working ?? figure.end.working;
  return (working === 'near' || working === 'far') && !topAndBottom(figure.start.posture);
}

/**
 * The figure turned so its working leg (in the start position) is `figure.side`. Unchanged when no
 * side is given or none can be labelled.
 */
export function sidedFigure(figure: Figure): Figure {
  const { side } = figure;
  const working = figure.start.working ?? figure.end.working;
  if (!side || !canLabel(figure) || (working !== 'near' && working !== 'far')) return figure;
  const facing: BodySide = bodySide({ facing: 'right' }, working) === side ? 'right' : 'left';
  const end = figure.end.facing ? { ...figure.end, facing } : figure.end;
  return { ...figure, side, start: { ...figure.start, facing }, end };
}

/** "L" or "R" for the working leg of a pose in a sided figure, else undefined. */
export function sideLabel(figure: Figure, pose: ResolvedPose): 'L' | 'R' | undefined {
  if (!figure.side || topAndBottom(pose.posture)) return undefined;
  if (pose.working !== 'near' && pose.working !== 'far') return undefined;
  return bodySide(pose, pose.working) === 'left' ? 'L' : 'R';
}

/** Steps that name a leg's side while the figure does not say which side it shows. */
export function missingSide(figure: Figure, steps: readonly string[]): BodySide | undefined {
  if (figure.side || !canLabel(figure)) return undefined;
  return stepsSide(steps);
}
