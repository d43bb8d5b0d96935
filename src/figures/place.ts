/**
 * Sets a body down in the world: tips it until both of its supports touch the floor (on all fours:
 * hands and knees; on your back: shoulders and feet), puts its lowest point on the floor, then lines
 * the end position up with the start on a point that stays put (the standing foot, the hands).
 */
import type { BodyPoint } from '../model/schema/pose.ts';
import { body, limbRadius, trunkRadius } from './body.ts';
import { postureInfo } from './postures.ts';
import { bodyProps, floorProps, matThickness, type PropPrims } from './props.ts';
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

/** How much lower the first support is than the second, with the body tipped by `turn`. */
function gap(pose: ResolvedPose, base: Skeleton, turn: Mat3): number {
  const supports = postureInfo[pose.posture].supports;
  if (!supports) return 0;
  const skeleton = turned(pose, base, turn);
  const props = bodyProps(pose, skeleton);
  const forearms = postureInfo[pose.posture].onForearms === true;
  return (
    lowestOf(skeleton, supports[0], props, forearms)[1] -
    lowestOf(skeleton, supports[1], props, forearms)[1]
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
 * them, by the smallest angle that closes the gap (scanned a degree at a time, then halved).
 */
export function settle(pose: ResolvedPose): Tip {
  const base = skeletonOf(pose);
  const info = postureInfo[pose.posture];
  if (!info.supports) return untipped;
  const props = bodyProps(pose, base);
  const a = lowestOf(base, info.supports[0], props, info.onForearms);
  const b = lowestOf(base, info.supports[1], props, info.onForearms);
  if (info.tolerance !== undefined && Math.abs(a[1] - b[1]) > info.tolerance) return untipped;
  const [dx, dz] = [b[0] - a[0], b[2] - a[2]];
  const length = Math.hypot(dx, dz);
  if (length < 0.05) return untipped;
  // Level axis at right angles to the line from one support to the other.
  const axis: Vec3 = [dz / length, 0, -dx / length];
  const limit = info.tolerance === undefined ? 70 : 25;
  const f = (deg: number) => gap(pose, base, rotAbout(axis, deg));
  for (let step = 0; step < limit; step += 1) {
    for (const [lo, hi] of [
      [step, step + 1],
      [-step - 1, -step],
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

/** True when a point rests on the floor or on a prop it is placed on. */
function resting(placed: Placed, point: BodyPoint): boolean {
  const held = Object.values(placed.pose.props).some((place) =>
    propSupport[place ?? '']?.includes(point),
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

/** Moves `other` across the floor so its `anchor` is where the start's is. */
export function alignOn(start: Placed, other: Placed, anchor: BodyPoint): Placed {
  const from = pointOf(other.skeleton, anchor);
  const to = pointOf(start.skeleton, anchor);
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
  return alignOn(start, end, anchorOf(start, end));
}
