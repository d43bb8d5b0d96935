/**
 * Where the "L" or "R" of a sided figure goes: near the working knee, with the letter's whole box
 * clear of every drawn limb, the trunk, the head and the arrows (their strokes included), and never
 * under the floor line. The moving figure keeps one offset from the knee for the whole movement, so
 * the letter travels with the leg without jumping.
 */
import type { Placed } from './place.ts';
import type { Camera } from './project.ts';
import type { Point, Shape, Style } from './shapes.ts';
import { looks } from './svg.ts';

/**
 * Half the box of the 13-unit letter (svg.ts) around its spot, as the font lays it out: a little
 * wider and taller than the ink.
 */
const half = { x: 5, y: 7.5 } as const;
/** The least gap between the letter's box and a stroke's edge, in units. */
const gap = 1.5;
/** Distances from the knee to try, nearest first, each in 16 directions. */
const rings = [13, 16, 19, 23, 27] as const;

/** What a label must keep clear of: the body's strokes and the arrows. */
const avoided: ReadonlySet<Style> = new Set([
  'trunk',
  'neck',
  'head',
  'near',
  'far',
  'work',
  'workFar',
  'arrow',
  'arrowHead',
]);

const halfStroke = (style: Style) =>
  Number(/stroke-width="([\d.]+)"/.exec(looks[style])?.[1] ?? 0) / 2;

/** An obstacle: a run of segments with the half width of its stroke, or a disc. */
type Obstacle =
  | { readonly kind: 'path'; readonly points: readonly Point[]; readonly reach: number }
  | { readonly kind: 'disc'; readonly c: Point; readonly reach: number };

function obstacleOf(shape: Shape): Obstacle | undefined {
  if (!avoided.has(shape.style)) return undefined;
  const reach = halfStroke(shape.style);
  switch (shape.type) {
    case 'circle':
      return { kind: 'disc', c: shape.c, reach: shape.r + reach };
    case 'capsule':
      return { kind: 'path', points: [shape.a, shape.b], reach: shape.r + reach };
    case 'curve': {
      const [a, c, b] = shape.points;
      const points = Array.from({ length: 9 }, (_, i): Point => {
        const t = i / 8;
        const [u, v, w] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
        return [u * a[0] + v * c[0] + w * b[0], u * a[1] + v * c[1] + w * b[1]];
      });
      return { kind: 'path', points, reach };
    }
    case 'poly':
      return { kind: 'path', points: [...shape.points, shape.points[0] ?? [0, 0]], reach };
    case 'line':
      return { kind: 'path', points: shape.points, reach };
    case 'label':
      return undefined;
  }
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const boxAt = (p: Point): Box => ({
  left: p[0] - half.x,
  right: p[0] + half.x,
  top: p[1] - half.y,
  bottom: p[1] + half.y,
});

/** How far a point is from a box (0 inside it). */
function pointToBox(p: Point, box: Box): number {
  const dx = Math.max(box.left - p[0], 0, p[0] - box.right);
  const dy = Math.max(box.top - p[1], 0, p[1] - box.bottom);
  return Math.hypot(dx, dy);
}

/** How far a point is from the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const squared = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / squared));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** True when the segments a–b and c–d cross. */
function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** How far the segment a–b is from a box (0 when it enters it). */
function segmentToBox(a: Point, b: Point, box: Box): number {
  const corners: Point[] = [
    [box.left, box.top],
    [box.right, box.top],
    [box.right, box.bottom],
    [box.left, box.bottom],
  ];
  if (pointToBox(a, box) === 0 || pointToBox(b, box) === 0) return 0;
  if (corners.some((c, i) => crosses(a, b, c, corners[(i + 1) % 4] ?? c))) return 0;
  return Math.min(
    pointToBox(a, box),
    pointToBox(b, box),
    ...corners.map((c) => toSegment(c, a, b)),
  );
}

/** How clear a letter at `p` is of the obstacles: the gap between its box and their edges. */
function clearanceOf(obstacles: readonly Obstacle[], p: Point): number {
  const box = boxAt(p);
  return Math.min(
    Infinity,
    ...obstacles.map((o) => {
      if (o.kind === 'disc') return pointToBox(o.c, box) - o.reach;
      const distances = o.points.slice(1).map((q, i) => segmentToBox(o.points[i] ?? q, q, box));
      return Math.min(...distances) - o.reach;
    }),
  );
}

/** One picture's letter spots: the knee, the offsets allowed, and each spot's clearance. */
export interface LabelSpots {
  /** The knee (or hip) the offsets are from, in the picture. */
  readonly knee: Point;
  readonly offsets: readonly Point[];
  readonly clearance: (p: Point) => number;
}

/** Every offset tried, nearest ring first. */
const allOffsets: readonly Point[] = rings.flatMap((r) =>
  Array.from({ length: 16 }, (_, i): Point => {
    const angle = (i * Math.PI) / 8;
    return [Math.round(r * Math.cos(angle) * 10) / 10, Math.round(r * Math.sin(angle) * 10) / 10];
  }),
);

/**
 * The spots a letter may take around the working knee (or hip) of `placed` in a picture whose
 * `drawn` shapes it must keep clear of. None without one working leg.
 */
export function labelSpots(
  placed: Placed,
  camera: Camera,
  drawn: readonly Shape[],
  anchor: 'knee' | 'hip' = 'knee',
): LabelSpots | undefined {
  const working = placed.pose.working;
  if (working !== 'near' && working !== 'far') return undefined;
  const knee = camera.at(placed.skeleton[working][anchor]);
  const obstacles = drawn.flatMap((shape) => obstacleOf(shape) ?? []);
  // A knee near the floor gets its label above it; seen from the side, never under the floor line.
  const low = placed.skeleton[working][anchor][1] < 0.15;
  const offsets = allOffsets.filter(
    (o) => (!low || o[1] <= 0.01) && (camera.raised || knee[1] + o[1] + half.y <= 0),
  );
  return { knee, offsets, clearance: (p) => clearanceOf(obstacles, p) };
}

/**
 * The offset to use, given how clear each is at its worst: the nearest ring that has one clear by
 * `gap`, and there the clearest; failing that, the clearest of all.
 */
export function bestOffset(
  offsets: readonly Point[],
  worst: (offset: Point) => number,
): Point | undefined {
  return bestSpot(offsets, worst)?.o;
}

/** `bestOffset` with how clear it is, and whether that is clear enough (`gap`). */
export function bestSpot(
  offsets: readonly Point[],
  worst: (offset: Point) => number,
): { o: Point; clear: number; enough: boolean } | undefined {
  const scored = offsets.map((o) => ({ o, clear: worst(o), ring: Math.hypot(o[0], o[1]) }));
  const clear = scored.filter((s) => s.clear >= gap);
  const pool = clear.length > 0 ? clear : scored;
  const nearest = Math.min(...pool.map((s) => s.ring));
  const ring = clear.length > 0 ? pool.filter((s) => s.ring <= nearest + 0.5) : pool;
  const best = ring.reduce<(typeof scored)[number] | undefined>(
    (b, s) => (b === undefined || s.clear > b.clear + 0.01 ? s : b),
    undefined,
  );
  return best && { o: best.o, clear: best.clear, enough: best.clear >= gap };
}
