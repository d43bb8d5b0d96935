/**
 * A figure → its movement: start to end and back, with a hold at each end, at the exercise's pace.
 * The joint angles are eased from start to end; every frame goes through the same kinematics,
 * placement and camera as the still pictures, and lines up with the start on the point that stays
 * put (motion-floor.ts). The result is one shape per drawn part per key frame (motion-parts.ts),
 * which animate-svg.ts writes as SVG.
 */
import type { Figure } from '../model/schema/pose.ts';
import type { Dose } from '../model/schema/dose.ts';
import { placeFigure, type Frame } from './compose.ts';
import { footDown, forearmDown, forearmRise, pinned, supportsBetween } from './motion-floor.ts';
import { partsOf, type Part } from './motion-parts.ts';
import { alignOn, pinAt, pinOf, placePose, settle, type Placed, type Tip } from './place.ts';
import type { Camera } from './project.ts';
import { floorProps } from './props.ts';
import type { Point } from './shapes.ts';
import type { ResolvedPose } from './resolve.ts';
import type { Vec3 } from './vec.ts';
import type { SideAngles } from './postures.ts';

/** Seconds at the start, moving there, holding the end; the way back takes `move` again. */
export interface Pace {
  readonly rest: number;
  readonly move: number;
  readonly hold: number;
}

/**
 * The exercise's own pace: a hold or a stretch eases in slowly and stays; repetitions go at a
 * steady two seconds each way; timed drills and walks go quickly.
 */
export function paceOf(dose: Pick<Dose, 'holdSeconds' | 'reps'>): Pace {
  if (dose.holdSeconds !== undefined) return { rest: 1, move: 2.4, hold: 2 };
  if (dose.reps !== undefined) return { rest: 0.6, move: 1.6, hold: 0.6 };
  return { rest: 0.25, move: 0.8, hold: 0.25 };
}

/**
 * How far (in picture units, 1% of the body's height) a straight blend between two key frames may
 * stray from the true frame before another key frame goes between them.
 */
export const blendTolerance = 0.7;
/** The closest two key frames may be, as a share of the move. */
const finest = 1 / 32;

/** Slow off the start, slow into the end. */
const ease = (x: number) => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, x)))) / 2;

export const cycleSeconds = (pace: Pace) => pace.rest + 2 * pace.move + pace.hold;

/** How far from start (0) to end (1) the body is `t` seconds into the cycle. */
export function fractionAt(pace: Pace, t: number): number {
  const s = ((t % cycleSeconds(pace)) + cycleSeconds(pace)) % cycleSeconds(pace);
  if (s <= pace.rest) return 0;
  if (s <= pace.rest + pace.move) return ease((s - pace.rest) / pace.move);
  if (s <= pace.rest + pace.move + pace.hold) return 1;
  return ease(1 - (s - pace.rest - pace.move - pace.hold) / pace.move);
}

const lerp = (a: number, b: number, u: number) => a + (b - a) * u;

function blendSide(a: SideAngles, b: SideAngles, u: number): SideAngles {
  const keys = Object.keys(a) as (keyof SideAngles)[];
  return Object.fromEntries(keys.map((k) => [k, lerp(a[k], b[k], u)])) as unknown as SideAngles;
}

/**
 * The pose `u` of the way from `a` to `b`: every angle blended; what cannot be blended (posture,
 * view, working leg, props) switches halfway. Arrows are left out: the movement shows the way.
 */
export function tweenPose(a: ResolvedPose, b: ResolvedPose, u: number): ResolvedPose {
  const pick = u < 0.5 ? a : b;
  return {
    ...pick,
    trunk: lerp(a.trunk, b.trunk, u),
    trunkSide: lerp(a.trunkSide, b.trunkSide, u),
    head: lerp(a.head, b.head, u),
    near: blendSide(a.near, b.near, u),
    far: blendSide(a.far, b.far, u),
    arrow: undefined,
    squeeze: undefined,
  };
}

export interface MotionFrame {
  readonly placed: Placed;
  readonly camera: Camera;
}

/** Builds exact frames of one figure at any fraction of the way from start to end. */
export function framer(figure: Figure): (u: number) => MotionFrame {
  const { start, end, startCamera, endCamera } = placeFigure(figure);
  // A ladder or a chair lies where it was put; it does not follow the body around.
  const floorCount = floorProps(start.pose, start.skeleton).length;
  const lying = start.props.slice(start.props.length - floorCount);
  const pin = pinOf(start, end);
  // Hips are the anchor only when nothing rests in both positions (a hop): they may rise and fall.
  const home = pin.point === 'hips' ? undefined : pinAt(start.skeleton, pin)[1];
  // Standing or sitting, the tip onto the supports is blended: settling each frame afresh could
  // jump. Lying, on all fours or in a plank, each frame is settled near the blended tip.
  const [from, to] = [settle(start.pose), settle(end.pose)];
  const between = supportsBetween(start, end);
  // How much higher than its elbow the pinned hand is at each end, when its forearm lies flat.
  const arm = forearmRise(start.skeleton, end.skeleton, pin);
  return (u) => {
    if (u <= 0) return { placed: start, camera: startCamera };
    const blended: Tip = [
      lerp(from[0], to[0], u),
      lerp(from[1], to[1], u),
      lerp(from[2], to[2], u),
    ];
    const place = (pose: ResolvedPose) => {
      const tip = between ? settle(pose, blended, between) : blended;
      const moved = alignOn(start, placePose(pose, tip), pin);
      const own = moved.props.length - floorProps(pose, moved.skeleton).length;
      return { ...moved, props: moved.props.slice(0, own) };
    };
    const tweened = tweenPose(start.pose, end.pose, u);
    // Settled frames keep both supports down already; rolling a foot would move the supports.
    const pose = between
      ? forearmDown(tweened, place, pin, arm && lerp(arm[0], arm[1], u))
      : footDown(tweened, place, pin, home);
    const placed = pinned(place(pose), pin, home);
    return {
      placed: { ...placed, props: [...placed.props, ...lying] },
      camera: u < 0.5 ? startCamera : endCamera,
    };
  };
}

/** Every joint of a frame as the reader sees it. */
export function pictureOf(frame: MotionFrame): Point[] {
  const s = frame.placed.skeleton;
  const limbs = [s.near, s.far].flatMap((l) => Object.values(l) as Vec3[]);
  return [s.hips, s.chest, s.head, ...limbs].map(frame.camera.at);
}

/** The largest distance between matching points of two pictures. */
export function strayOf(a: readonly Point[], b: readonly Point[]): number {
  return Math.max(
    0,
    ...a.map((p, i) => Math.hypot(p[0] - (b[i]?.[0] ?? p[0]), p[1] - (b[i]?.[1] ?? p[1]))),
  );
}

/** The picture `s` of the way from `a` to `b`, blended in a straight line as the browser does. */
export function blend(a: readonly Point[], b: readonly Point[], s: number): Point[] {
  return a.map((p, i): Point => {
    const q = b[i] ?? p;
    return [lerp(p[0], q[0], s), lerp(p[1], q[1], s)];
  });
}

/**
 * Key moments of the move (0 to 1 of its time): the two ends, and more between wherever a straight
 * blend would stray from the true frame by more than `blendTolerance`.
 */
function keyMoments(at: (u: number) => MotionFrame): number[] {
  const picture = (x: number) => pictureOf(at(ease(x)));
  const split = (x0: number, x1: number, p0: Point[], p1: Point[]): number[] => {
    if (x1 - x0 <= finest) return [x1];
    const strays = [0.25, 0.5, 0.75].map((s) =>
      strayOf(blend(p0, p1, s), picture(x0 + (x1 - x0) * s)),
    );
    if (Math.max(...strays) <= blendTolerance) return [x1];
    const xm = (x0 + x1) / 2;
    const pm = picture(xm);
    return [...split(x0, xm, p0, pm), ...split(xm, x1, pm, p1)];
  };
  return [0, ...split(0, 1, picture(0), picture(1))];
}

export interface Motion {
  readonly pace: Pace;
  /** The exact frames at the key fractions, start (0) to end (1). */
  readonly frames: readonly MotionFrame[];
  /** When each frame comes, as a share of the move's time (0 to 1). */
  readonly moments: readonly number[];
  /** The cycle as key times (0 to 1) and which frame shows at each. */
  readonly keyTimes: readonly number[];
  readonly frameAt: readonly number[];
  /** Parts in painting order, far to near; floor and mat first. */
  readonly parts: readonly Part[];
  readonly frame: Frame;
  /** The frame drawn close around the whole movement, for a slide (`Scene.close`). */
  readonly close: Frame;
}

/** The movement of a figure at a pace, as key frames of every drawn part. */
export function motionOf(figure: Figure, pace: Pace): Motion {
  const at = framer(figure);
  const moments = keyMoments(at);
  const frames = moments.map((x) => at(ease(x)));
  const { parts, frame, close } = partsOf(figure, frames);
  const total = cycleSeconds(pace);
  const last = moments.length - 1;
  const times: number[] = [0];
  const frameAt: number[] = [0];
  moments.forEach((x, i) => {
    times.push(pace.rest + pace.move * x);
    frameAt.push(i);
  });
  moments.forEach((_, i) => {
    times.push(pace.rest + pace.move + pace.hold + pace.move * (1 - (moments[last - i] ?? 0)));
    frameAt.push(last - i);
  });
  return {
    pace,
    frames,
    moments,
    keyTimes: times.map((t) => t / total),
    frameAt,
    parts,
    frame,
    close,
  };
}
