/**
 * The nine base postures: how the body lies in the world, where the camera stands for each view,
 * the usual joint angles (so a pose lists only what differs), what the body rests on, and the words
 * the alt text uses. World axes: x to the right of the picture, y up, z toward the viewer.
 */
import type { BodyPoint, Posture, View } from '../model/schema/pose.ts';
import { fromColumns, type Mat3 } from './vec.ts';

/** Joint angles of one side, in degrees. */
export interface SideAngles {
  readonly hips: number;
  readonly hipsOut: number;
  readonly hipsTurn: number;
  readonly knees: number;
  readonly ankles: number;
  readonly shoulders: number;
  readonly shouldersOut: number;
  readonly elbows: number;
}
export type SideAngleName = keyof SideAngles;

/**
 * A camera: the world axis it stands on (it looks back along it), then turned toward the near side
 * by `yaw` and raised by `elevation` degrees. A little height turns a clamshell or a fire hydrant,
 * which move toward the viewer in a flat view, into a picture that shows the movement.
 */
export interface CameraPlace {
  readonly axis: 'z' | '-z' | 'x' | '-x';
  readonly yaw?: number;
  readonly elevation?: number;
}

export interface PostureInfo {
  /** Body axes (front, up the spine, toward the near side) in world coordinates. */
  readonly orientation: Mat3;
  /** Where the camera stands for each allowed view. */
  readonly cameras: Partial<Record<View, CameraPlace>>;
  readonly trunk: number;
  readonly near: SideAngles;
  readonly far: SideAngles;
  /** Two groups of points that both rest on the floor; the body is tipped until they do. */
  readonly supports?: readonly [readonly BodyPoint[], readonly BodyPoint[]];
  /**
   * Tip only when the two supports are already this close (in body heights), so a foot that is
   * meant to be in the air (a march, a swing) stays there. Undefined: always tip.
   */
  readonly tolerance?: number;
  /** The hands of the first support rest on their forearms, so an elbow may be the lowest point. */
  readonly onForearms?: boolean;
  /** Turn only the legs at the hips (the trunk keeps its angle), not the whole body. */
  readonly legsOnly?: boolean;
  /** Points that stay put between start and end, best first: the two pictures line up on one. */
  readonly anchors: readonly BodyPoint[];
  /** "lying on your back" */
  readonly words: string;
  /** What near and far are called in words: ["top", "bottom"], or undefined for right and left. */
  readonly sideWords?: readonly [string, string];
}

const upright = fromColumns([1, 0, 0], [0, 1, 0], [0, 0, 1]);
const uprightCameras = {
  side: { axis: 'z' },
  front: { axis: 'x', yaw: 20, elevation: 8 },
  back: { axis: '-x', yaw: -20, elevation: 8 },
} as const;

const side = (overrides: Partial<SideAngles> = {}): SideAngles => ({
  hips: 0,
  hipsOut: 0,
  hipsTurn: 0,
  knees: 0,
  ankles: 0,
  shoulders: 0,
  shouldersOut: 6,
  elbows: 10,
  ...overrides,
});

const kneelingLeg = { hips: 0, knees: 90, ankles: -60 } as const;
/**
 * On hands and knees: the arms are longer than the thighs, so the back slopes up toward the head by
 * about 20 degrees; hips and shoulders at 70 then put the knees under the hips and the hands under
 * the shoulders, and the feet lie flat behind, in line with the shins (not pointing into the floor).
 */
const onAllFours = {
  hips: 68,
  knees: 92,
  ankles: -85,
  shoulders: 68,
  elbows: 0,
  shouldersOut: 0,
} as const;
const standingAnchors: BodyPoint[] = ['far-foot', 'near-foot', 'hips'];

export const postureInfo: Record<Posture, PostureInfo> = {
  standing: {
    orientation: upright,
    cameras: uprightCameras,
    trunk: 0,
    near: side({ knees: 3 }),
    far: side({ knees: 3 }),
    supports: [['near-foot'], ['far-foot']],
    tolerance: 0.06,
    legsOnly: true,
    anchors: standingAnchors,
    words: 'standing',
  },
  'lying-back': {
    orientation: fromColumns([0, 1, 0], [-1, 0, 0], [0, 0, 1]),
    cameras: {
      side: { axis: 'z' },
      // From the feet end, turned well toward the near side and raised: still plainly lying down,
      // with the two knees apart, so a squeeze between them shows.
      front: { axis: 'x', yaw: -45, elevation: 30 },
    },
    trunk: 0,
    near: side({ shoulders: 8, elbows: 0 }),
    far: side({ shoulders: 8, elbows: 0 }),
    supports: [
      ['head', 'chest'],
      ['near-foot', 'far-foot'],
    ],
    anchors: ['chest', 'head', 'far-foot', 'near-foot'],
    words: 'lying on your back',
  },
  'lying-side': {
    orientation: fromColumns([0, 0, 1], [1, 0, 0], [0, 1, 0]),
    cameras: {
      front: { axis: 'z', yaw: -30, elevation: 25 },
      back: { axis: '-z', yaw: 30, elevation: 25 },
    },
    trunk: 0,
    near: side({ hips: 30, knees: 40, shoulders: 40, elbows: 70, shouldersOut: 0 }),
    far: side({ hips: 30, knees: 40, shoulders: 170, elbows: 120, shouldersOut: 0 }),
    anchors: ['hips', 'chest'],
    words: 'lying on your side',
    sideWords: ['top', 'bottom'],
  },
  kneeling: {
    orientation: upright,
    cameras: uprightCameras,
    trunk: 0,
    near: side(kneelingLeg),
    far: side(kneelingLeg),
    anchors: ['far-knee', 'near-knee', 'hips'],
    words: 'kneeling up tall',
  },
  'half-kneeling': {
    orientation: upright,
    cameras: uprightCameras,
    trunk: 0,
    near: side({ hips: 90, knees: 90 }),
    far: side(kneelingLeg),
    supports: [
      ['near-foot', 'near-knee'],
      ['far-knee', 'far-foot'],
    ],
    tolerance: 0.06,
    legsOnly: true,
    anchors: ['far-knee', 'near-knee', 'near-foot', 'far-foot', 'hips'],
    words: 'kneeling on one knee, the other foot in front',
  },
  'all-fours': {
    orientation: fromColumns([0, -1, 0], [1, 0, 0], [0, 0, 1]),
    cameras: {
      side: { axis: 'z' },
      // From in front and well round to the near side, raised: the body reads as on hands and
      // knees (from nearer the head end it was a block of arms and trunk), and a knee lifted out
      // to the side (a fire hydrant) rises toward the viewer and up.
      front: { axis: 'x', yaw: -40, elevation: 20 },
      // Straight from behind and raised: knees spread wide (a frog stretch) show as a wide,
      // even shape with the hips between them, where from above it read as a spider.
      back: { axis: '-x', yaw: 0, elevation: 30 },
      // From the side and nearly overhead: knees spread wide on the floor show as wide.
      above: { axis: 'z', elevation: 80 },
    },
    trunk: 0,
    near: side(onAllFours),
    far: side(onAllFours),
    supports: [
      ['near-hand', 'far-hand'],
      ['near-knee', 'far-knee'],
    ],
    anchors: ['far-hand', 'near-hand', 'far-knee'],
    words: 'on your hands and knees',
  },
  // Face down on the forearms and toes, the body a straight line: the forearms and the toes are
  // the two supports, so the body tips until both are on the floor.
  plank: {
    orientation: fromColumns([0, -1, 0], [1, 0, 0], [0, 0, 1]),
    cameras: {
      side: { axis: 'z' },
      front: { axis: 'x', yaw: -30, elevation: 25 },
    },
    trunk: 0,
    near: side({ ankles: 0, shoulders: 90, elbows: 90, shouldersOut: 0 }),
    far: side({ ankles: 0, shoulders: 90, elbows: 90, shouldersOut: 0 }),
    supports: [
      ['near-hand', 'far-hand'],
      ['near-foot', 'far-foot'],
    ],
    onForearms: true,
    anchors: ['far-hand', 'near-hand', 'far-foot'],
    words: 'in a plank on your forearms and toes',
  },
  // On one side, propped on the bottom forearm, which points forward under the shoulder. The
  // second support is the lowest of the feet and the top knee, so a bench under the top leg (a
  // Copenhagen plank) carries the body instead of the bottom foot.
  'side-plank': {
    orientation: fromColumns([0, 0, 1], [1, 0, 0], [0, 1, 0]),
    cameras: {
      front: { axis: 'z', yaw: -30, elevation: 25 },
      back: { axis: '-z', yaw: 30, elevation: 25 },
    },
    trunk: 0,
    near: side({ shoulders: 0, shouldersOut: 0, elbows: 20 }),
    far: side({ shoulders: 0, shouldersOut: 90, elbows: 90 }),
    supports: [['far-hand'], ['far-foot', 'near-foot', 'near-knee']],
    onForearms: true,
    anchors: ['far-hand', 'hips'],
    words: 'in a side plank on your bottom forearm',
    sideWords: ['top', 'bottom'],
  },
  seated: {
    orientation: upright,
    cameras: {
      side: { axis: 'z' },
      front: { axis: 'x', elevation: 20 },
      back: { axis: '-x', elevation: 20 },
    },
    trunk: 0,
    supports: [['hips'], ['near-foot', 'far-foot']],
    tolerance: 0.2,
    legsOnly: true,
    near: side({ hips: 90, shoulders: -15, elbows: 0 }),
    far: side({ hips: 90, shoulders: -15, elbows: 0 }),
    anchors: ['hips'],
    words: 'sitting',
  },
};
