/**
 * A figure's two positions → two scenes in one shared frame, so start and end line up side by side
 * at the same scale, with the floor at the same height and each arrow pointing where the body goes.
 */
import type { Figure } from '../model/schema/pose.ts';
import { strokes } from './body.ts';
import { drawBody } from './draw-body.ts';
import { drawProp } from './draw-props.ts';
import { alignEnd, placePose, type Placed } from './place.ts';
import { cameraFor, type Camera } from './project.ts';
import { resolveFigure, type ResolvedPose } from './resolve.ts';
import type { Drawn, Point, Shape, Style } from './shapes.ts';
import { bestOffset, labelSpots } from './label-place.ts';
import { sideLabel } from './sides.ts';
import { pointOf } from './skeleton.ts';

export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Scene {
  readonly pose: ResolvedPose;
  /** Shapes in painting order, far to near. */
  readonly shapes: readonly Shape[];
  readonly frame: Frame;
  /**
   * The same frame drawn close around both positions (no least width or height), for a slide
   * where each picture has a box of its own and is drawn as large as that box allows.
   */
  readonly close: Frame;
  /** Where the arrow goes in the picture, when there is one: [from, to]. */
  readonly arrow: readonly [Point, Point] | undefined;
  /** True when the squeeze arrows at the knees are drawn. */
  readonly squeezed: boolean;
  /** How high the pelvis is off the floor, in body heights (a bridge lifts it). */
  readonly hipsHeight: number;
  /** Which way the head lies from the hips in the picture: positive to the right. */
  readonly headward: number;
}

/** The narrowest frame and the lowest one. */
const base = { width: 160, minHeight: 64 } as const;

/** An arrow from 15% to 85% of the way, bowed away from the body and set off it a little. */
function arrowShapes(from: Point, to: Point, body: Point): Drawn[] {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy);
  if (length < 6) return [];
  let [nx, ny] = [-dy / length, dx / length];
  const [mx, my] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  if (nx * (mx - body[0]) + ny * (my - body[1]) < 0) [nx, ny] = [-nx, -ny];
  const off = 7;
  const a: Point = [from[0] + dx * 0.15 + nx * off, from[1] + dy * 0.15 + ny * off];
  const b: Point = [from[0] + dx * 0.85 + nx * off, from[1] + dy * 0.85 + ny * off];
  const c: Point = [mx + nx * (off + length * 0.15), my + ny * (off + length * 0.15)];
  const [tx, ty] = [b[0] - c[0], b[1] - c[1]];
  const t = Math.hypot(tx, ty) || 1;
  return [
    { shape: { type: 'curve', points: [a, c, b], style: 'arrow' }, depth: 1000 },
    arrowHead(b, tx / t, ty / t),
  ];
}

/** A triangle at `b` pointing along the unit vector (ux, uy). */
function arrowHead(b: Point, ux: number, uy: number): Drawn {
  const head: Point[] = [
    [b[0] + ux * 4, b[1] + uy * 4],
    [b[0] - ux * 3 - uy * 4, b[1] - uy * 3 + ux * 4],
    [b[0] - ux * 3 + uy * 4, b[1] - uy * 3 - ux * 4],
  ];
  return { shape: { type: 'poly', points: head, style: 'arrowHead' }, depth: 1000 };
}

/**
 * A squeeze that hardly moves (knees pressing a ball): a short straight arrow outside each knee,
 * pointing in along the line between the hips as the camera sees it. Seen from the side the knees
 * line up one behind the other, so there is no "in" to point to and nothing is drawn.
 */
function squeezeShapes(placed: Placed, camera: Camera): Drawn[] {
  const s = placed.skeleton;
  const [near, far] = [camera.at(s.near.hip), camera.at(s.far.hip)];
  const [dx, dy] = [far[0] - near[0], far[1] - near[1]];
  const length = Math.hypot(dx, dy);
  if (length < 4) return [];
  const [ux, uy] = [dx / length, dy / length];
  const [gap, shaft] = [7, 10];
  // `sign` is the way in: toward the far knee from the near one, and back.
  return (
    [
      [camera.at(s.near.knee), 1],
      [camera.at(s.far.knee), -1],
    ] as const
  ).flatMap(([knee, sign]): Drawn[] => {
    const tip: Point = [knee[0] - sign * ux * gap, knee[1] - sign * uy * gap];
    const tail: Point = [tip[0] - sign * ux * shaft, tip[1] - sign * uy * shaft];
    return [
      { shape: { type: 'line', points: [tail, tip], style: 'arrow' }, depth: 1000 },
      arrowHead(tip, sign * ux, sign * uy),
    ];
  });
}

/** "L" or "R" near the working knee, clear of the limbs and arrows already drawn (`label-place.ts`). */
function labelShapes(
  placed: Placed,
  camera: Camera,
  text: string | undefined,
  drawn: readonly Drawn[],
): Drawn[] {
  const spots = text
    ? labelSpots(
        placed,
        camera,
        drawn.map((d) => d.shape),
      )
    : undefined;
  if (!text || !spots) return [];
  const { knee, clearance } = spots;
  const offset = bestOffset(spots.offsets, (o) => clearance([knee[0] + o[0], knee[1] + o[1]]));
  if (!offset) return [];
  const at: Point = [knee[0] + offset[0], knee[1] + offset[1]];
  return [{ shape: { type: 'label', at, text, style: 'label' }, depth: 1001 }];
}

function shapesOf(
  placed: Placed,
  other: Placed,
  camera: Camera,
  label?: string,
): { drawn: Drawn[]; arrow?: [Point, Point]; squeezed: boolean } {
  const drawn = [...drawBody(placed, camera), ...placed.props.map((p) => drawProp(p, camera))];
  const squeeze = placed.pose.squeeze ? squeezeShapes(placed, camera) : [];
  drawn.push(...squeeze);
  const squeezed = squeeze.length > 0;
  const point = placed.pose.arrow;
  const arrow: [Point, Point] | undefined = point
    ? [camera.at(pointOf(placed.skeleton, point)), camera.at(pointOf(other.skeleton, point))]
    : undefined;
  if (arrow) drawn.push(...arrowShapes(arrow[0], arrow[1], camera.at(placed.skeleton.hips)));
  // The letter last, clear of everything drawn before it; painted on top (depth 1001).
  drawn.push(...labelShapes(placed, camera, label, drawn));
  return arrow ? { drawn, arrow, squeezed } : { drawn, squeezed };
}

/** Corners a shape reaches, stroke included. */
export function extent(shape: Shape): Point[] {
  const pad = 5;
  switch (shape.type) {
    case 'circle':
      return [
        [shape.c[0] - shape.r - pad, shape.c[1] - shape.r - pad],
        [shape.c[0] + shape.r + pad, shape.c[1] + shape.r + pad],
      ];
    case 'label':
      return [
        [shape.at[0] - 8, shape.at[1] - 8],
        [shape.at[0] + 8, shape.at[1] + 8],
      ];
    case 'capsule':
      return [shape.a, shape.b].flatMap((p): Point[] => [
        [p[0] - shape.r - pad, p[1] - shape.r - pad],
        [p[0] + shape.r + pad, p[1] + shape.r + pad],
      ]);
    default:
      return shape.points.flatMap((p): Point[] => [
        [p[0] - pad, p[1] - pad],
        [p[0] + pad, p[1] + pad],
      ]);
  }
}

/**
 * The frame: at least 160 units wide, so every figure shares one scale on a page; as tall as the
 * figure needs (no less than 64), so a figure lying on the floor does not waste half a handout.
 */
export function frameAround(shapes: readonly Shape[], floorY: number): Frame {
  const points = shapes.flatMap(extent);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys)];
  const bottom = Math.max(...ys, floorY + strokes.floor);
  const width = Math.ceil(Math.max(base.width, right - left));
  const height = Math.ceil(Math.max(base.minHeight, bottom - top + 2));
  return { x: (left + right) / 2 - width / 2, y: bottom + 1 - height, width, height };
}

/** The looks of props: a close frame may cut them at its sides. */
const propStyles: ReadonlySet<Style> = new Set(['prop', 'propFill', 'plate', 'solid']);
/** How far a close frame reaches past the body, arrows and label at the sides, in units. */
const closeMargin = 8;

/**
 * The close frame (`Scene.close`): no least width or height. Sideways it holds the body, the
 * arrows and the label, and props only as far as `closeMargin` past them (a ladder or a slide board
 * runs on out of the picture). It ends at the floor line, without the margin `extent` leaves
 * under every shape, since nothing is drawn under the floor.
 */
export function closeFrameAround(shapes: readonly Shape[], floorY: number): Frame {
  const span = (list: readonly Shape[]) => {
    const xs = list.flatMap(extent).map((p) => p[0]);
    return [Math.min(...xs), Math.max(...xs)] as const;
  };
  const [allLeft, allRight] = span(shapes);
  const [ownLeft, ownRight] = span(shapes.filter((shape) => !propStyles.has(shape.style)));
  const left = Math.max(allLeft, ownLeft - closeMargin);
  const right = Math.min(allRight, ownRight + closeMargin);
  const ys = shapes.flatMap(extent).map((p) => p[1]);
  const top = Math.min(...ys);
  const bottom = Math.min(Math.max(...ys), floorY + strokes.floor + 1);
  const width = Math.ceil(right - left);
  const height = Math.ceil(bottom - top + 2);
  return { x: (left + right) / 2 - width / 2, y: bottom + 1 - height, width, height };
}

const byDepth = (list: Drawn[]) =>
  list
    .map((d, i) => [d, i] as const)
    .sort((a, b) => a[0].depth - b[0].depth || a[1] - b[1])
    .map(([d]) => d.shape);

/** Both positions set down in one world, the end lined up on the start, each with its camera. */
export interface PlacedFigure {
  readonly start: Placed;
  readonly end: Placed;
  readonly startCamera: Camera;
  readonly endCamera: Camera;
}

export function placeFigure(figure: Figure): PlacedFigure {
  const poses = resolveFigure(figure);
  const start = placePose(poses.start);
  return {
    start,
    end: alignEnd(start, placePose(poses.end)),
    startCamera: cameraFor(poses.start),
    endCamera: cameraFor(poses.end),
  };
}

/** Both scenes of a figure, sharing one frame. */
export function composeFigure(figure: Figure): { start: Scene; end: Scene } {
  const { start, end, startCamera, endCamera } = placeFigure(figure);
  const poses = { start: start.pose, end: end.pose };
  const a = shapesOf(start, end, startCamera, sideLabel(figure, start.pose));
  const b = shapesOf(end, start, endCamera, sideLabel(figure, end.pose));
  const shapes = [...a.drawn, ...b.drawn].map((d) => d.shape);
  // Seen from above, the floor is a plane, not a line: draw a baseline just under the figure.
  const floorY =
    startCamera.raised || endCamera.raised
      ? Math.max(...shapes.flatMap(extent).map((p) => p[1])) - 2
      : strokes.floor / 2;
  const frame = frameAround(shapes, floorY);
  const close = closeFrameAround(shapes, floorY);
  const withMat = (scene: Drawn[], pose: ResolvedPose): Drawn[] => {
    if (!pose.props.mat) return scene;
    const xs = scene.flatMap((d) => extent(d.shape)).map((p) => p[0]);
    const [left, right] = [Math.min(...xs) + 2, Math.max(...xs) - 2];
    const top = floorY - strokes.floor / 2 - 1.8;
    const bottom = floorY - strokes.floor / 2;
    const points: Point[] = [
      [left, top],
      [right, top],
      [right, bottom],
      [left, bottom],
    ];
    return [{ shape: { type: 'poly', points, style: 'mat' }, depth: -1000 }, ...scene];
  };
  const floor = (): Shape => ({
    type: 'line',
    points: [
      [frame.x + 3, floorY],
      [frame.x + frame.width - 3, floorY],
    ],
    style: 'floor',
  });
  const scene = (
    pose: ResolvedPose,
    placed: typeof start,
    drawn: typeof a,
    camera: typeof startCamera,
  ): Scene => ({
    pose,
    shapes: [floor(), ...byDepth(withMat(drawn.drawn, pose))],
    frame,
    close,
    arrow: drawn.arrow,
    squeezed: drawn.squeezed,
    hipsHeight: placed.skeleton.hips[1],
    headward: camera.at(placed.skeleton.head)[0] - camera.at(placed.skeleton.hips)[0],
  });
  return {
    start: scene(poses.start, start, a, startCamera),
    end: scene(poses.end, end, b, endCamera),
  };
}
