/**
 * Keeping a moving body on the floor as it does in the still pictures: each frame between start
 * and end lifted or lowered so the point that stays put stays put, on the supports of both ends,
 * a pinned forearm kept flat, and a free foot rolled at the ankle rather than through the floor.
 * Used by `framer` in animate.ts on every frame it makes.
 */
import type { BodyPoint } from '../model/schema/pose.ts';
import { limbRadius, trunkRadius } from './body.ts';
import { pinAt, supportsOf, type Pin, type Placed, type Supports } from './place.ts';
import { matThickness } from './props.ts';
import { lowest, movePrim } from './shapes.ts';
import { contactPoints, mapSkeleton, type Skeleton } from './skeleton.ts';
import { sides, type ResolvedPose, type Side } from './resolve.ts';
import type { Vec3 } from './vec.ts';

/**
 * The frame lifted or lowered so the point that stays put is as high as at the start (a planted
 * foot does not float up while the other leg swings), unless that would put the body or what it
 * carries through the floor.
 */
export function pinned(placed: Placed, pin: Pin, home: number | undefined): Placed {
  if (home === undefined) return placed;
  const low = Math.min(
    ...contactPoints(placed.skeleton, limbRadius, trunkRadius).map(([v, r]) => v[1] - r),
    ...placed.props.map(lowest),
  );
  const floor = matThickness(placed.pose);
  const dy = Math.max(home - pinAt(placed.skeleton, pin)[1], floor - low);
  if (Math.abs(dy) < 1e-9) return placed;
  const move = (v: Vec3): Vec3 => [v[0], v[1] + dy, v[2]];
  return {
    pose: placed.pose,
    skeleton: mapSkeleton(placed.skeleton, move),
    props: placed.props.map((p) => movePrim(p, move)),
  };
}

/** True when an elbow rests on the floor (the forearm carries the hand). */
const elbowDown = (placed: Placed) =>
  [placed.skeleton.near.elbow, placed.skeleton.far.elbow].some(
    (e) => e[1] - limbRadius < matThickness(placed.pose) + 0.01,
  );

/**
 * What a frame between the two positions rests on, when both positions lie, kneel on all fours or
 * plank (standing or sitting, a foot may lift on the way, and the blended tip keeps it smooth): the
 * supports of both (knees or toes, whichever is lower, from all fours into a plank), on the forearms
 * when an elbow rests at either end.
 */
export function supportsBetween(start: Placed, end: Placed): Supports | undefined {
  const [a, b] = [supportsOf(start.pose), supportsOf(end.pose)];
  if (!a || !b || a.tolerance !== undefined || b.tolerance !== undefined) return undefined;
  const union = (x: readonly BodyPoint[], y: readonly BodyPoint[]) => [...new Set([...x, ...y])];
  return {
    groups: [union(a.groups[0], b.groups[0]), union(a.groups[1], b.groups[1])],
    onForearms: a.onForearms || b.onForearms || elbowDown(start) || elbowDown(end),
    tolerance: undefined,
  };
}

/** How much higher than the other one end of a forearm lying flat on the floor may be. */
const level = 0.015;

/** How far a hand is above its elbow. */
function handRise(skeleton: Skeleton, side: Side): number {
  return skeleton[side].hand[1] - skeleton[side].elbow[1];
}

const sideOf = (point: BodyPoint): Side => (point.startsWith('near') ? 'near' : 'far');

/**
 * When the pin is a hand whose forearm lies flat on the floor at both ends (a plank on the
 * forearms), how far the hand is above the elbow at the start and at the end.
 */
export function forearmRise(a: Skeleton, b: Skeleton, pin: Pin): [number, number] | undefined {
  if (!pin.point.endsWith('hand')) return undefined;
  const side = sideOf(pin.point);
  const lying = (s: Skeleton) =>
    Math.abs(handRise(s, side)) < level && s[side].elbow[1] - limbRadius < 0.05;
  return lying(a) && lying(b) ? [handRise(a, side), handRise(b, side)] : undefined;
}

/**
 * Narrows [lo, hi] by halves (16 times) to where `before` stops holding: it holds at lo and not at
 * hi. Returns the narrowed pair.
 */
function bisect(lo: number, hi: number, before: (x: number) => boolean): [number, number] {
  for (let i = 0; i < 16; i++) {
    const m = (lo + hi) / 2;
    if (before(m)) lo = m;
    else hi = m;
  }
  return [lo, hi];
}

/** The most the shoulders turn to keep a forearm flat, in degrees. */
const mostTurn = 20;

/**
 * The pose with both shoulders turned just enough to keep the pinned forearm lying as it does at
 * the ends (`rise`: the hand's height over the elbow, blended), when it lies flat at both: as the
 * body tips from the knees onto the toes, blended shoulder angles would lift the hand off the
 * floor or dig the elbow into it.
 */
export function forearmDown(
  pose: ResolvedPose,
  place: (pose: ResolvedPose) => Placed,
  pin: Pin,
  rise: number | undefined,
): ResolvedPose {
  if (rise === undefined) return pose;
  const side = sideOf(pin.point);
  const turned = (deg: number): ResolvedPose => ({
    ...pose,
    near: { ...pose.near, shoulders: pose.near.shoulders + deg },
    far: { ...pose.far, shoulders: pose.far.shoulders + deg },
  });
  const off = (deg: number) => handRise(place(turned(deg)).skeleton, side) - rise;
  const startSign = Math.sign(off(-mostTurn));
  if (startSign === Math.sign(off(mostTurn))) return pose;
  const [lo, hi] = bisect(-mostTurn, mostTurn, (deg) => Math.sign(off(deg)) === startSign);
  return turned((lo + hi) / 2);
}

/** The most a foot rolls at the ankle to stay on top of the floor, in degrees. */
const mostRoll = 45;

/**
 * The pose with each free foot rolled at the ankle just enough to stay on top of the floor, when
 * the straight blend of angles would take its toe or heel through it (the back foot of a lunge
 * comes up onto its toes instead). The foot that holds the pin is left as it is; a foot that cannot
 * clear the floor by rolling is left too, and the frame is lifted as a whole.
 */
export function footDown(
  pose: ResolvedPose,
  place: (pose: ResolvedPose) => Placed,
  pin: Pin,
  home: number | undefined,
): ResolvedPose {
  if (home === undefined) return pose;
  const floor = matThickness(pose);
  /** How far above the floor a foot's heel and toe are, with the frame set at the pin's height. */
  const clearance = (p: ResolvedPose, side: Side) => {
    const placed = place(p);
    const { heel, toe } = placed.skeleton[side];
    const dy = home - pinAt(placed.skeleton, pin)[1];
    return { heel: heel[1] + dy - limbRadius - floor, toe: toe[1] + dy - limbRadius - floor };
  };
  let out = pose;
  for (const side of sides) {
    if (pin.point === `${side}-foot` || pin.point === `${side}-knee`) continue;
    const now = clearance(out, side);
    if (Math.min(now.heel, now.toe) >= 0) continue;
    // Toe below: bend the foot up (a positive ankle angle); heel below: point it down.
    const low = now.toe < now.heel ? 'toe' : 'heel';
    const way = low === 'toe' ? 1 : -1;
    const rolled = (deg: number): ResolvedPose => ({
      ...out,
      [side]: { ...out[side], ankles: out[side].ankles + way * deg },
    });
    if (clearance(rolled(mostRoll), side)[low] < 0) continue;
    const [, hi] = bisect(0, mostRoll, (deg) => clearance(rolled(deg), side)[low] < 0);
    const after = clearance(rolled(hi), side);
    // The other end went through the floor instead: rolling cannot clear this foot.
    if (Math.min(after.heel, after.toe) < -1e-6) continue;
    out = rolled(hi);
  }
  return out;
}
