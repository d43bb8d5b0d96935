/**
 * The camera: an orthographic view in SVG units (100 per body height, y down). It stands on one
 * world axis, may turn toward the near side and look down a little (see CameraPlace). `depth`
 * grows toward the viewer, for painting far things first.
 */
import { unitsPerHeight } from './body.ts';
import { postureInfo } from './postures.ts';
import type { ResolvedPose } from './resolve.ts';
import type { Point } from './shapes.ts';
import { apply, rotY, type Vec3 } from './vec.ts';

export interface Camera {
  /** World point → picture point. */
  readonly at: (v: Vec3) => Point;
  /** World point → distance toward the viewer, in body heights. */
  readonly depth: (v: Vec3) => number;
  /** Unit vector from the scene toward the camera, in world axes. */
  readonly toward: Vec3;
  /** True when the camera looks down, so the floor is not a line through y = 0. */
  readonly raised: boolean;
}

const axes: Record<string, Vec3> = {
  z: [0, 0, 1],
  '-z': [0, 0, -1],
  x: [1, 0, 0],
  '-x': [-1, 0, 0],
};

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const radians = (deg: number) => (deg * Math.PI) / 180;

export function cameraFor(pose: ResolvedPose): Camera {
  const place = postureInfo[pose.posture].cameras[pose.view] ?? { axis: 'z' };
  const flat = apply(rotY(place.yaw ?? 0), axes[place.axis] ?? [0, 0, 1]);
  // Right-hand side of the picture: up × toward, which stays level however high the camera is.
  const right: Vec3 = [flat[2], 0, -flat[0]];
  const e = radians(place.elevation ?? 0);
  const toward: Vec3 = [flat[0] * Math.cos(e), Math.sin(e), flat[2] * Math.cos(e)];
  const up: Vec3 = [-flat[0] * Math.sin(e), Math.cos(e), -flat[2] * Math.sin(e)];
  const flip = pose.facing === 'left' ? -1 : 1;
  return {
    at: (v) => [flip * dot(v, right) * unitsPerHeight, -dot(v, up) * unitsPerHeight],
    depth: (v) => dot(v, toward),
    toward,
    raised: e !== 0,
  };
}
