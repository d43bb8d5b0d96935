/**
 * Body proportions and stroke sizes. Lengths are fractions of standing height (after Winter's
 * anthropometric tables, rounded); the renderer draws a body 100 units tall.
 */

export const body = {
  /** Hip joint to hip joint, half. */
  hipHalfWidth: 0.05,
  /** Hip centre to the base of the neck. */
  trunk: 0.3,
  shoulderHalfWidth: 0.1,
  /** Base of the neck to the centre of the head. */
  neck: 0.1,
  headRadius: 0.062,
  thigh: 0.245,
  shank: 0.245,
  upperArm: 0.17,
  /** Elbow to the middle of the hand. */
  forearm: 0.18,
  /** Ankle to the sole. */
  ankleHeight: 0.035,
  heel: 0.04,
  toe: 0.125,
} as const;

/** Units per body height in the SVG. */
export const unitsPerHeight = 100;

/** Stroke widths in SVG units; half of each is how far a limb reaches past its centre line. */
export const strokes = {
  trunk: 9,
  near: 6.5,
  far: 5.5,
  work: 8,
  workInner: 3.4,
  prop: 2.4,
  arrow: 2.6,
  floor: 1.4,
} as const;

/** Half the thickest limb stroke, in body heights: how far a limb reaches below its centre line. */
export const limbRadius = strokes.near / 2 / unitsPerHeight;
export const trunkRadius = strokes.trunk / 2 / unitsPerHeight;
