/**
 * How much a figure changes from start to end as the reader sees it: the body point or prop that
 * moves farthest in the picture. A change too small to see at print size makes the two pictures
 * look the same, so the reader cannot tell what to do (warnings.ts).
 */
import type { Figure } from '../model/schema/pose.ts';
import { points } from '../model/schema/pose.ts';
import { placeFigure } from './compose.ts';
import type { Point, Prim } from './shapes.ts';
import { pointOf } from './skeleton.ts';
import type { Vec3 } from './vec.ts';

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const centre = (prim: Prim): Vec3 => ('c' in prim ? prim.c : prim.a);

/** The largest move of a named body point or a prop between the two pictures, in picture units. */
export function largestChange(figure: Figure): number {
  const { start, end, startCamera, endCamera } = placeFigure(figure);
  const body = points.map((point) =>
    distance(
      startCamera.at(pointOf(start.skeleton, point)),
      endCamera.at(pointOf(end.skeleton, point)),
    ),
  );
  // Props are compared piece by piece when both pictures have the same pieces (a roller that rolls).
  const props =
    start.props.length === end.props.length
      ? start.props.map((prim, i) =>
          distance(startCamera.at(centre(prim)), endCamera.at(centre(end.props[i] ?? prim))),
        )
      : [];
  return Math.max(...body, ...props);
}
