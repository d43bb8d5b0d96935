/**
 * A movement as a strip of still frames for the contact sheet: frames taken at even steps of the
 * move's time from start to end, each made by the animation's own sampler (`framer` at
 * `fractionAt`: the same easing, kinematics, placement, pinning and camera) and drawn by the
 * animation's own parts (`partsOf`), so the strip shows what the moving figure shows at those times.
 */
import type { Figure } from '../model/schema/pose.ts';
import { fractionAt, framer, type Pace } from './animate.ts';
import { partsOf } from './motion-parts.ts';
import type { Shape } from './shapes.ts';
import { shapesSvg } from './svg.ts';

/** Frames in a contact sheet's strip: start, a quarter, halfway, three quarters, end. */
export const stripLength = 5;

export interface StripFrame {
  /** How far through the move's time, 0 (start) to 100 (end). */
  readonly percent: number;
  /** One still SVG. */
  readonly svg: string;
}

/** Each frame's shapes in painting order: every part's shape in that frame, hidden letters left out. */
function shapesAt(parts: readonly { readonly shapes: readonly Shape[] }[], i: number): Shape[] {
  return parts.flatMap((p) => {
    const shape = p.shapes[i] ?? p.shapes[0];
    return shape && !(shape.type === 'label' && shape.hidden) ? [shape] : [];
  });
}

/**
 * `count` frames of the movement at even steps of the way there (the animation's time from leaving
 * the start to reaching the end), all in one frame so they line up; `alt` names each by its percent.
 */
export function stripOf(
  figure: Figure,
  pace: Pace,
  alt: (percent: number) => string,
  count = stripLength,
): StripFrame[] {
  const at = framer(figure);
  const shares = Array.from({ length: count }, (_, i) => i / (count - 1));
  const frames = shares.map((s) => at(fractionAt(pace, pace.rest + pace.move * s)));
  const { parts, frame } = partsOf(figure, frames);
  return shares.map((share, i) => {
    const percent = Math.round(share * 100);
    return { percent, svg: shapesSvg(shapesAt(parts, i), alt(percent), frame) };
  });
}
