/**
 * A figure → its movement: start to end and back, with a hold at each end, at the exercise's pace.
 * The joint angles are eased from start to end; every frame goes through the same kinematics,
 * placement and camera as the still pictures, and lines up with the start on the point that stays
 * put. The result is one shape per drawn part per key frame, which animate-svg.ts writes as SVG.
 */
import type { BodyPoint, Figure } from '../model/schema/pose.ts';
import type { Dose } from '../model/schema/dose.ts';
import { limbRadius, strokes, trunkRadius } from './body.ts';
import { closeFrameAround, extent, frameAround, placeFigure, type Frame } from './compose.ts';
import { drawBody } from './draw-body.ts';
import { drawProp } from './draw-props.ts';
import {
  alignOn,
  pinAt,
  pinOf,
  placePose,
  settle,
  supportsOf,
  type Pin,
  type Placed,
  type Supports,
  type Tip,
} from './place.ts';
import type { Camera } from './project.ts';
import { floorProps, matThickness } from './props.ts';
import { lowest, movePrim, type Drawn, type Point, type Shape } from './shapes.ts';
import { contactPoints, mapSkeleton, type Skeleton } from './skeleton.ts';
import { sides, type ResolvedPose, type Side } from './resolve.ts';
import type { Vec3 } from './vec.ts';
import { sideLabel } from './sides.ts';
import { bestSpot, labelSpots } from './label-place.ts';
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

/**
 * The frame lifted or lowered so the point that stays put is as high as at the start (a planted
 * foot does not float up while the other leg swings), unless that would put the body or what it
 * carries through the floor.
 */
function pinned(placed: Placed, pin: Pin, home: number | undefined): Placed {
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
function supportsBetween(start: Placed, end: Placed): Supports | undefined {
  const [a, b] = [supportsOf(start.pose), supportsOf(end.pose)];
  if (!a || !b || a.tolerance !== undefined || b.tolerance !== undefined) return undefined;
  const union = (x: readonly BodyPoint[], y: readonly BodyPoint[]) => [...new Set([...x, ...y])];
  return {
    groups: [union(a.groups[0], b.groups[0]), union(a.groups[1], b.groups[1])],
    onForearms: a.onForearms || b.onForearms || elbowDown(start) || elbowDown(end),
    tolerance: undefined,
  };
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
function forearmRise(a: Skeleton, b: Skeleton, pin: Pin): [number, number] | undefined {
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
function forearmDown(
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
function footDown(
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

/** One drawn part (a limb, the head, a prop, the label) in every key frame. */
export interface Part {
  readonly shapes: readonly Shape[];
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

/** The body and props of a frame, in drawing order (not yet sorted by depth). */
function frameShapes(frame: MotionFrame): Drawn[] {
  return [
    ...drawBody(frame.placed, frame.camera),
    ...frame.placed.props.map((p) => drawProp(p, frame.camera)),
  ];
}

/**
 * "L" or "R" at one offset from its knee for the whole movement: the offset clearest of the limbs
 * at its worst frame (`label-place.ts`). A movement that changes its working leg (a skater's hop
 * from one leg onto the other) has a letter for each, each shown while its leg works.
 */
function labelParts(figure: Figure, frames: readonly MotionFrame[]): Part[] {
  const texts = frames.map((f) => sideLabel(figure, f.placed.pose));
  const obstacles = frames.map((f) => drawBody(f.placed, f.camera).map((d) => d.shape));
  return [...new Set(texts)].flatMap((text): Part[] => {
    if (!text) return [];
    const shown = texts.flatMap((t, i) => (t === text ? [i] : []));
    const side = frames[shown[0] ?? 0]?.placed.pose.working;
    if (side !== 'near' && side !== 'far') return [];
    // Each frame as if this leg worked, so the spots are around its knee; when no spot by the
    // knee stays clear all through (a donkey kick sweeps its shin and thigh round the knee),
    // around its hip.
    const around = (anchor: 'knee' | 'hip') => {
      const spots = frames.map((f, i) =>
        labelSpots(
          { ...f.placed, pose: { ...f.placed.pose, working: side } },
          f.camera,
          obstacles[i] ?? [],
          anchor,
        ),
      );
      if (spots.some((s) => !s)) return undefined;
      const all = spots as NonNullable<(typeof spots)[number]>[];
      const where = shown.flatMap((i) => all[i] ?? []);
      const offsets = (where[0]?.offsets ?? []).filter((o) =>
        where.every((s) => s.offsets.some((p) => p[0] === o[0] && p[1] === o[1])),
      );
      const spot = bestSpot(offsets, (o) =>
        Math.min(...where.map((s) => s.clearance([s.knee[0] + o[0], s.knee[1] + o[1]]))),
      );
      return spot && { all, best: spot.o, enough: spot.enough };
    };
    const byKnee = around('knee');
    const chosen = byKnee?.enough ? byKnee : (around('hip') ?? byKnee);
    const found = chosen?.enough ? chosen : byKnee;
    if (!found) return [];
    const { all, best } = found;
    return [
      {
        shapes: all.map((s, i) => ({
          type: 'label',
          at: [s.knee[0] + best[0], s.knee[1] + best[1]],
          text,
          style: 'label',
          ...(texts[i] === text ? {} : { hidden: true }),
        })),
      },
    ];
  });
}

/** Every drawn part of a figure in each of its frames, floor and mat first, and their frames. */
export interface Parts {
  readonly parts: readonly Part[];
  readonly frame: Frame;
  readonly close: Frame;
}

/**
 * The frames of a figure (from `framer`) → each part's shape in every frame, painted far to near,
 * with the floor, the mat and the side letter, in one frame around them all: what the animated SVG
 * blends between, and what the contact sheet's strip draws one frame at a time.
 */
export function partsOf(figure: Figure, frames: readonly MotionFrame[]): Parts {
  const drawn = frames.map(frameShapes);
  const first = drawn[0] ?? [];
  // Props change their pieces only when a prop moves to another place; then they stay as at the start.
  const same = drawn.every((d) => d.length === first.length);
  const tracks = first.map((d, i) => ({
    depth: d.depth,
    shapes: drawn.map((frame) => (same ? (frame[i] ?? d) : d).shape),
  }));
  const ordered = tracks
    .map((t, i) => [t, i] as const)
    .sort((a, b) => a[0].depth - b[0].depth || a[1] - b[1])
    .map(([t]): Part => ({ shapes: t.shapes }));
  const body = [...ordered, ...labelParts(figure, frames)];

  const everything = body.flatMap((p) => p.shapes);
  const raised = frames.some((f) => f.camera.raised);
  const floorY = raised
    ? Math.max(...everything.flatMap(extent).map((p) => p[1])) - 2
    : strokes.floor / 2;
  const frame = frameAround(everything, floorY);
  const close = closeFrameAround(everything, floorY);
  const floor: Part = {
    shapes: [
      {
        type: 'line',
        points: [
          [frame.x + 3, floorY],
          [frame.x + frame.width - 3, floorY],
        ],
        style: 'floor',
      },
    ],
  };
  const parts = [floor];
  if (frames.some((f) => f.placed.pose.props.mat)) {
    const xs = everything.flatMap(extent).map((p) => p[0]);
    const [left, right] = [Math.min(...xs) + 2, Math.max(...xs) - 2];
    const top = floorY - strokes.floor / 2 - 1.8;
    const bottom = floorY - strokes.floor / 2;
    parts.push({
      shapes: [
        {
          type: 'poly',
          points: [
            [left, top],
            [right, top],
            [right, bottom],
            [left, bottom],
          ],
          style: 'mat',
        },
      ],
    });
  }

  return { parts: [...parts, ...body], frame, close };
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
