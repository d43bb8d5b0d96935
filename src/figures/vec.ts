/**
 * The little 3D maths the figures need: vectors as [x, y, z] and rotation matrices as rows.
 * Angles are in degrees throughout, because the pose data is written in degrees.
 */

export type Vec3 = readonly [number, number, number];
export type Mat3 = readonly [Vec3, Vec3, Vec3];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const mid = (a: Vec3, b: Vec3): Vec3 => scale(add(a, b), 0.5);

const radians = (deg: number) => (deg * Math.PI) / 180;

/** Rotation about the x axis: turns +y toward +z for a positive angle. */
export function rotX(deg: number): Mat3 {
  const c = Math.cos(radians(deg));
  const s = Math.sin(radians(deg));
  return [
    [1, 0, 0],
    [0, c, -s],
    [0, s, c],
  ];
}

/** Rotation about the y axis: turns +z toward +x for a positive angle. */
export function rotY(deg: number): Mat3 {
  const c = Math.cos(radians(deg));
  const s = Math.sin(radians(deg));
  return [
    [c, 0, s],
    [0, 1, 0],
    [-s, 0, c],
  ];
}

/** Rotation about the z axis: turns +x toward +y for a positive angle. */
export function rotZ(deg: number): Mat3 {
  const c = Math.cos(radians(deg));
  const s = Math.sin(radians(deg));
  return [
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ];
}

export function apply(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
    m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
    m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
  ];
}

/** a · b: apply b first, then a. */
export function compose(a: Mat3, b: Mat3): Mat3 {
  const column = (j: 0 | 1 | 2): Vec3 => apply(a, [b[0][j], b[1][j], b[2][j]]);
  const [c0, c1, c2] = [column(0), column(1), column(2)];
  return [
    [c0[0], c1[0], c2[0]],
    [c0[1], c1[1], c2[1]],
    [c0[2], c1[2], c2[2]],
  ];
}

/** Composes left to right: chain(a, b, c) = a · b · c. */
export function chain(...matrices: Mat3[]): Mat3 {
  return matrices.reduce(compose, identity);
}

export const identity: Mat3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** The matrix whose columns are the given axes: body axes → world. */
export function fromColumns(x: Vec3, y: Vec3, z: Vec3): Mat3 {
  return [
    [x[0], y[0], z[0]],
    [x[1], y[1], z[1]],
    [x[2], y[2], z[2]],
  ];
}

/** Rotation about any axis through the origin (Rodrigues' formula); `axis` must be a unit vector. */
export function rotAbout(axis: Vec3, deg: number): Mat3 {
  const [x, y, z] = axis;
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  const t = 1 - c;
  return [
    [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
    [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
    [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
  ];
}
