/**
 * Forward kinematics: resolved angles → the 3D points of a stick body, pelvis at the origin. Body
 * axes: x to the front, y up the spine, z toward the near side. The hip turns in the order
 * rotation, then out to the side, then bend, so "hips 90, hipsOut 45" on all fours lifts the knee
 * out sideways (a fire hydrant) as a physical therapist would read those numbers.
 */
import type { BodyPoint } from '../model/schema/pose.ts';
import { body } from './body.ts';
import { postureInfo, type SideAngles } from './postures.ts';
import type { ResolvedPose, Side } from './resolve.ts';
import { add, apply, chain, rotX, rotY, rotZ, type Mat3, type Vec3 } from './vec.ts';

export interface LimbPoints {
  readonly hip: Vec3;
  readonly knee: Vec3;
  readonly ankle: Vec3;
  readonly heel: Vec3;
  readonly toe: Vec3;
  readonly shoulder: Vec3;
  readonly elbow: Vec3;
  readonly hand: Vec3;
}

export interface Skeleton {
  /** The centre of the pelvis. */
  readonly hips: Vec3;
  /** The base of the neck, between the shoulders. */
  readonly chest: Vec3;
  /** The centre of the head. */
  readonly head: Vec3;
  readonly near: LimbPoints;
  readonly far: LimbPoints;
}

const down: Vec3 = [0, -body.thigh, 0];

function limb(frame: Mat3, angles: SideAngles, sign: 1 | -1): LimbPoints {
  const at = (m: Mat3, v: Vec3) => apply(chain(frame, m), v);
  const hip: Vec3 = apply(frame, [0, 0, sign * body.hipHalfWidth]);
  const thigh = chain(
    rotZ(angles.hips),
    rotX(-sign * angles.hipsOut),
    rotY(-sign * angles.hipsTurn),
  );
  const knee = add(hip, at(thigh, down));
  const shank = chain(thigh, rotZ(-angles.knees));
  const ankle = add(knee, at(shank, [0, -body.shank, 0]));
  const foot = chain(shank, rotZ(angles.ankles));
  const heel = add(ankle, at(foot, [-body.heel, -body.ankleHeight, 0]));
  const toe = add(ankle, at(foot, [body.toe, -body.ankleHeight * 0.6, 0]));

  const shoulder = apply(frame, [0, body.trunk - 0.015, sign * body.shoulderHalfWidth]);
  const arm = chain(rotZ(angles.shoulders), rotX(-sign * angles.shouldersOut));
  const elbow = add(shoulder, at(arm, [0, -body.upperArm, 0]));
  const hand = add(elbow, at(chain(arm, rotZ(angles.elbows)), [0, -body.forearm, 0]));
  return { hip, knee, ankle, heel, toe, shoulder, elbow, hand };
}

/** The body in world axes, pelvis at the origin, before it is set down on the floor. */
export function skeletonOf(pose: ResolvedPose): Skeleton {
  const frame = chain(
    postureInfo[pose.posture].orientation,
    rotZ(-pose.trunk),
    rotX(pose.trunkSide),
  );
  const chest = apply(frame, [0, body.trunk, 0]);
  return {
    hips: [0, 0, 0],
    chest,
    head: add(chest, apply(chain(frame, rotZ(-pose.head)), [0, body.neck, 0])),
    near: limb(frame, pose.near, 1),
    far: limb(frame, pose.far, -1),
  };
}

/** The same skeleton with `f` applied to every point. */
export function mapSkeleton(skeleton: Skeleton, f: (v: Vec3) => Vec3): Skeleton {
  const limbMap = (l: LimbPoints): LimbPoints =>
    Object.fromEntries(
      Object.entries(l).map(([k, v]) => [k, f(v as Vec3)]),
    ) as unknown as LimbPoints;
  return {
    hips: f(skeleton.hips),
    chest: f(skeleton.chest),
    head: f(skeleton.head),
    near: limbMap(skeleton.near),
    far: limbMap(skeleton.far),
  };
}

/** Where a named body point is. A foot is its sole's middle. */
export function pointOf(skeleton: Skeleton, point: BodyPoint): Vec3 {
  if (point === 'hips' || point === 'chest' || point === 'head') return skeleton[point];
  const [side, part] = point.split('-') as [Side, 'knee' | 'foot' | 'hand'];
  const limbPoints = skeleton[side];
  if (part === 'foot') {
    const { heel, toe } = limbPoints;
    return [(heel[0] + toe[0]) / 2, (heel[1] + toe[1]) / 2, (heel[2] + toe[2]) / 2];
  }
  return limbPoints[part];
}

/** Every point with how far the drawn body reaches past it (in body heights), for the floor. */
export function contactPoints(skeleton: Skeleton, limbRadius: number, trunkRadius: number) {
  const points: [Vec3, number][] = [
    [skeleton.hips, trunkRadius],
    [skeleton.chest, trunkRadius],
    [skeleton.head, body.headRadius],
  ];
  for (const l of [skeleton.near, skeleton.far])
    for (const key of ['knee', 'ankle', 'heel', 'toe', 'elbow', 'hand'] as const)
      points.push([l[key], limbRadius]);
  return points;
}
