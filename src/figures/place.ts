/**
 * Sets a body down in the world: tips it until both of its supports touch the floor (on all fours:
 * hands and knees; on your back: shoulders and feet), puts its lowest point on the floor, then lines
 * the end position up with the start on a point that stays put (the standing foot, the hands).
 */
import type { BodyPoint } from '../model/schema/pose.ts';
import { body, limbRadius, trunkRadius } from './body.ts';
import { postureInfo } from './postures.ts';
import { bodyProps, floorProps, matThickness, shoulderRest, type PropPrims } from './props.ts';
import type { ResolvedPose } from './resolve.ts';
import { lowest, movePrim, type Prim } from './shapes.ts';
import {
  contactPoints,
  mapSkeleton,
  pointOf,
  skeletonOf,
  type LimbPoints,
  type Skeleton,
} from './skeleton.ts';
import { add, apply, identity, rotAbout, type Mat3, type Vec3 } from './vec.ts';

export interface Placed {
  readonly pose: ResolvedPose;
  readonly skeleton: Skeleton;
  readonly props: readonly Prim[];
}

/** Props that carry weight through a body point join that point's support group. */
const propSupport: Partial<Record<string, BodyPoint[]>> = {
  feet: ['near-foot', 'far-foot'],
  'near-foot': ['near-foot'],
  'far-foot': ['far-foot'],
  'near-knee': ['near-knee'],
  shoulders: ['chest'],
  back: ['chest'],
  seat: ['hips'],
  hips: ['hips'],
  calves: ['near-foot'],
};

/** The lowest point a group of body points (and the props that carry them) reaches. */
function lowestOf(
  skeleton: Skeleton,
  group: readonly BodyPoint[],
  props: readonly PropPrims[],
  forearms = false,
): Vec3 {
  let low: Vec3 = [0, Infinity, 0];
  const consider = (at: Vec3, height: number) => {
    if (height < low[1]) low = [at[0], height, at[2]];
  };
  for (const point of group) {
    const p = pointOf(skeleton, point);
    consider(p, point.endsWith('foot') ? footLow(skeleton, point) : p[1] - reachOf(point));
    // In a plank the forearm carries the weight, so the elbow may be lower than the hand.
    if (forearms && point.endsWith('hand')) {
      const elbow = skeleton[point.startsWith('near') ? 'near' : 'far'].elbow;
      consider(elbow, elbow[1] - limbRadius);
    }
  }
  for (const prop of props)
    if (propSupport[prop.place]?.some((p) => group.includes(p)))
      for (const prim of prop.prims) consider('c' in prim ? prim.c : prim.a, lowest(prim));
  return low;
}

/** How far the drawn body reaches below a point's centre line, in body heights. */
function reachOf(point: BodyPoint): number {
  if (point === 'head') return body.headRadius;
  return point === 'chest' || point === 'hips' ? trunkRadius : limbRadius;
}

function footLow(skeleton: Skeleton, point: BodyPoint): number {
  const side = point.startsWith('near') ? skeleton.near : skeleton.far;
  return Math.min(side.heel[1], side.toe[1]) - limbRadius;
}

/** The skeleton turned about the pelvis: all of it, or only the legs when the posture says so. */
function turned(pose: ResolvedPose, skeleton: Skeleton, turn: Mat3): Skeleton {
  if (!postureInfo[pose.posture].legsOnly) return mapSkeleton(skeleton, (v) => apply(turn, v));
  // The hip joint turns with its leg, so the thigh keeps its length.
  const leg = (l: LimbPoints): LimbPoints => ({
    ...l,
    hip: apply(turn, l.hip),
    knee: apply(turn, l.knee),
    ankle: apply(turn, l.ankle),
    heel: apply(turn, l.heel),
    toe: apply(turn, l.toe),
  });
  return { ...skeleton, near: leg(skeleton.near), far: leg(skeleton.far) };
}

/** What a body rests on while it is tipped: two groups of points, and whether forearms carry the hands. */
export interface Supports {
  readonly groups: readonly [readonly BodyPoint[], readonly BodyPoint[]];
  readonly onForearms: boolean;
  /** Tip only when the two groups are this close already (see `PostureInfo.tolerance`). */
  readonly tolerance: number | undefined;
}

/** A posture's own supports, or none. */
export function supportsOf(pose: ResolvedPose): Supports | undefined {
  const info = postureInfo[pose.posture];
  return info.supports
    ? { groups: info.supports, onForearms: info.onForearms === true, tolerance: info.tolerance }
    : undefined;
}

/** How much lower the first support is than the second, with the body tipped by `turn`. */
function gap(pose: ResolvedPose, base: Skeleton, turn: Mat3, supports: Supports): number {
  const skeleton = turned(pose, base, turn);
  const props = bodyProps(pose, skeleton);
  const [first, second] = supports.groups;
  return (
    lowestOf(skeleton, first, props, supports.onForearms)[1] -
    lowestOf(skeleton, second, props, supports.onForearms)[1]
  );
}

/** A tip of the body: degrees about a level axis (a zero vector when it is not tipped). */
export type Tip = Vec3;

const untipped: Tip = [0, 0, 0];

/** The turn a tip makes. */
export function tipTurn(tip: Tip): Mat3 {
  const deg = Math.hypot(...tip);
  return deg < 1e-9 ? identity : rotAbout([tip[0] / deg, tip[1] / deg, tip[2] / deg], deg);
}

/**
 * The tip that sets both supports on the floor: about the level axis across the line between
 * them, by the smallest angle that closes the gap (scanned a degree at a time, then halved). Given
 * `near` (a frame between two positions), the angle closest to that tip's, so frames do not jump.
 */
export function settle(
  pose: ResolvedPose,
  near?: Tip,
  supports: Supports | undefined = supportsOf(pose),
): Tip {
  if (!supports) return untipped;
  const base = skeletonOf(pose);
  const props = bodyProps(pose, base);
  const a = lowestOf(base, supports.groups[0], props, supports.onForearms);
  const b = lowestOf(base, supports.groups[1], props, supports.onForearms);
  if (supports.tolerance !== undefined && Math.abs(a[1] - b[1]) > supports.tolerance)
    return untipped;
  const [dx, dz] = [b[0] - a[0], b[2] - a[2]];
  const length = Math.hypot(dx, dz);
  if (length < 0.05) return untipped;
  // Level axis at right angles to the line from one support to the other.
  const axis: Vec3 = [dz / length, 0, -dx / length];
  const limit = supports.tolerance === undefined ? 70 : 25;
  const f = (deg: number) => gap(pose, base, rotAbout(axis, deg), supports);
  const from = near ? near[0] * axis[0] + near[1] * axis[1] + near[2] * axis[2] : 0;
  for (let step = 0; step < limit; step += 1) {
    for (const [lo, hi] of [
      [from + step, from + step + 1],
      [from - step - 1, from - step],
    ] as const) {
      let [x, y] = [lo, hi];
      if (Math.sign(f(x)) === Math.sign(f(y))) continue;
      for (let i = 0; i < 18; i++) {
        const m = (x + y) / 2;
        if (Math.sign(f(m)) === Math.sign(f(x))) x = m;
        else y = m;
      }
      const deg = (x + y) / 2;
      return [axis[0] * deg, axis[1] * deg, axis[2] * deg];
    }
  }
  return untipped;
}

/**
 * The body tipped onto its supports (or by `tip`, for a frame between two positions), its lowest
 * point on the floor, with its props.
 */
export function placePose(pose: ResolvedPose, tip: Tip = settle(pose)): Placed {
  const tipped = turned(pose, skeletonOf(pose), tipTurn(tip));
  const carried = bodyProps(pose, tipped).flatMap((p) => p.prims);
  let floor = Infinity;
  for (const [p, reach] of contactPoints(tipped, limbRadius, trunkRadius))
    floor = Math.min(floor, p[1] - reach);
  for (const prim of carried) floor = Math.min(floor, lowest(prim));
  const lift: Vec3 = [0, matThickness(pose) - floor, 0];
  const skeleton = mapSkeleton(tipped, (v) => add(v, lift));
  const props = [
    ...carried.map((p) => movePrim(p, (v) => add(v, lift))),
    ...floorProps(pose, skeleton),
  ];
  return { pose, skeleton, props };
}

/** Props that do not hold a point in place: a band, a bar, a slide board the feet glide on. */
const loose: ReadonlySet<string> = new Set(['band', 'barbell', 'slide-board']);

/** True when a point rests on the floor or on a prop that holds it. */
function resting(placed: Placed, point: BodyPoint): boolean {
  const held = Object.entries(placed.pose.props).some(
    ([kind, place]) => !loose.has(kind) && propSupport[place ?? '']?.includes(point),
  );
  if (held) return true;
  const p = pointOf(placed.skeleton, point);
  const low = point.endsWith('foot') ? footLow(placed.skeleton, point) : p[1] - reachOf(point);
  return low < matThickness(placed.pose) + 0.02;
}

/** The point that stays put from start to end: the one the end names, else one resting in both. */
export function anchorOf(start: Placed, end: Placed): BodyPoint {
  const anchors = postureInfo[start.pose.posture].anchors;
  return end.pose.stays ?? anchors.find((p) => resting(start, p) && resting(end, p)) ?? 'hips';
}

/**
 * What part of a point that stays put rests: a foot's heel or toe (a foot rising onto its toes
 * pivots on them), the spot under the shoulder blades on a bench; undefined for the point itself.
 */
export type PinPart = 'heel' | 'toe' | 'bench';

/** A point that stays put from start to end, and the part of it that rests. */
export interface Pin {
  readonly point: BodyPoint;
  readonly part: PinPart | undefined;
}

/**
 * How much higher than the lower of heel and toe the other may be and still rest (about 5 degrees
 * of tilt; a flat foot's toe sits a little higher than its heel).
 */
const flat = 0.015;

/** Which parts of a foot rest in a position: the lower of heel and toe, and the other too when the foot is flat. */
function restingParts(skeleton: Skeleton, point: BodyPoint): Set<PinPart> {
  const { heel, toe } = skeleton[point.startsWith('near') ? 'near' : 'far'];
  const low = Math.min(heel[1], toe[1]);
  const parts = new Set<PinPart>();
  if (heel[1] - low < flat) parts.add('heel');
  if (toe[1] - low < flat) parts.add('toe');
  return parts;
}

/** The point that stays put from start to end, and the part of it that rests in both. */
export function pinOf(start: Placed, end: Placed): Pin {
  const point = anchorOf(start, end);
  if (point === 'chest' && start.pose.props.bench === 'shoulders') return { point, part: 'bench' };
  if (!point.endsWith('foot')) return { point, part: undefined };
  const [a, b] = [restingParts(start.skeleton, point), restingParts(end.skeleton, point)];
  const both = (part: PinPart) => a.has(part) && b.has(part);
  if (both('heel') && both('toe')) return { point, part: undefined };
  return { point, part: both('toe') ? 'toe' : both('heel') ? 'heel' : undefined };
}

/** Where a pin is in a skeleton. */
export function pinAt(skeleton: Skeleton, pin: Pin): Vec3 {
  if (pin.part === 'bench') return shoulderRest(skeleton);
  if (pin.part === undefined) return pointOf(skeleton, pin.point);
  return skeleton[pin.point.startsWith('near') ? 'near' : 'far'][pin.part];
}

/** Moves `other` across the floor so its pinned point is where the start's is. */
export function alignOn(start: Placed, other: Placed, pin: Pin): Placed {
  const from = pinAt(other.skeleton, pin);
  const to = pinAt(start.skeleton, pin);
  const shift: Vec3 = [to[0] - from[0], 0, to[2] - from[2]];
  const move = (v: Vec3) => add(v, shift);
  return {
    pose: other.pose,
    skeleton: mapSkeleton(other.skeleton, move),
    props: other.props.map((p) => movePrim(p, move)),
  };
}

/** Moves the end position so a point that rests in both positions is in the same place. */
export function alignEnd(start: Placed, end: Placed): Placed {
  return alignOn(start, end, pinOf(start, end));
}
