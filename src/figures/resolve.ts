/**
 * Pose data as written → every angle filled in. The end position carries over whatever it does not
 * change from the start, and anything neither gives comes from the posture's usual angles.
 */
import type {
  BodyPoint,
  Figure,
  Pose,
  PoseChange,
  Posture,
  Props,
  View,
} from '../model/schema/pose.ts';
import { postureInfo, type SideAngleName, type SideAngles } from './postures.ts';

export type Side = 'near' | 'far';
export const sides: readonly Side[] = ['near', 'far'];

export interface ResolvedPose {
  readonly view: View;
  readonly posture: Posture;
  readonly facing: 'right' | 'left';
  readonly trunk: number;
  readonly trunkSide: number;
  readonly head: number;
  readonly near: SideAngles;
  readonly far: SideAngles;
  readonly props: Props;
  readonly working: 'near' | 'far' | 'both' | 'none';
  readonly arrow: BodyPoint | undefined;
  /** Short arrows pointing in at both knees, in this position only (like the arrow). */
  readonly squeeze: 'knees' | undefined;
  /** The point that stays in place between start and end, when the pose names one. */
  readonly stays: BodyPoint | undefined;
}

const sideAngleNames: readonly SideAngleName[] = [
  'hips',
  'hipsOut',
  'hipsTurn',
  'knees',
  'ankles',
  'shoulders',
  'shouldersOut',
  'elbows',
];

type Written = PoseChange[SideAngleName];

function sideValue(value: Written, side: Side): number | undefined {
  return typeof value === 'number' ? value : value?.[side];
}

function anglesOf(layers: readonly PoseChange[], posture: Posture, side: Side): SideAngles {
  const usual = postureInfo[posture][side];
  const entries = sideAngleNames.map((name) => {
    // The last layer that says something about this side wins.
    const given = layers
      .map((layer) => sideValue(layer[name], side))
      .filter((v) => v !== undefined)
      .at(-1);
    return [name, given ?? usual[name]] as const;
  });
  return Object.fromEntries(entries) as unknown as SideAngles;
}

/** `own` is the position as written: its arrow and squeeze belong to it and do not carry over. */
function resolvePose(layers: readonly PoseChange[], base: Pose, own: PoseChange) {
  const last = <K extends keyof PoseChange>(key: K): PoseChange[K] =>
    layers
      .map((layer) => layer[key])
      .filter((v) => v !== undefined)
      .at(-1);
  const posture = last('posture') ?? base.posture;
  const info = postureInfo[posture];
  const props = Object.assign({}, ...layers.map((layer) => layer.props ?? {})) as Props;
  const resolved: ResolvedPose = {
    view: last('view') ?? base.view,
    posture,
    facing: last('facing') ?? 'right',
    trunk: last('trunk') ?? info.trunk,
    trunkSide: last('trunkSide') ?? 0,
    head: last('head') ?? 0,
    near: anglesOf(layers, posture, 'near'),
    far: anglesOf(layers, posture, 'far'),
    props,
    working: last('working') ?? 'none',
    arrow: own.arrow,
    squeeze: own.squeeze,
    stays: last('stays'),
  };
  return resolved;
}

/** Both positions of a figure with every angle filled in. */
export function resolveFigure(figure: Figure): { start: ResolvedPose; end: ResolvedPose } {
  return {
    start: resolvePose([figure.start], figure.start, figure.start),
    end: resolvePose([figure.start, figure.end], figure.start, figure.end),
  };
}
