/**
 * Props as 3D primitives placed on the body: a band around the knees, a kettlebell hanging from
 * the hands, a step under a foot. Props that carry weight (a ball under the heels, a bench under the
 * shoulders) count when the body is set down; floor props (mat, ladder, chair) are laid afterwards.
 */
import type { PropKind, Props } from '../model/schema/pose.ts';
import { limbRadius, trunkRadius } from './body.ts';
import { postureInfo } from './postures.ts';
import type { ResolvedPose } from './resolve.ts';
import type { Prim } from './shapes.ts';
import { pointOf, type Skeleton } from './skeleton.ts';
import { add, apply, mid, scale, sub, type Vec3 } from './vec.ts';

function unit(v: Vec3): Vec3 {
  const length = Math.hypot(v[0], v[1], v[2]);
  return length < 1e-9 ? [0, 0, 0] : scale(v, 1 / length);
}

/** A body axis flattened onto the floor, or `fallback` when it points straight up or down. */
function flat(v: Vec3, fallback: Vec3): Vec3 {
  const h: Vec3 = [v[0], 0, v[2]];
  return Math.hypot(h[0], h[2]) < 0.3 ? fallback : unit(h);
}

interface Axes {
  readonly front: Vec3;
  readonly lateral: Vec3;
}

function axesOf(pose: ResolvedPose): Axes {
  const o = postureInfo[pose.posture].orientation;
  const spine = flat(apply(o, [0, 1, 0]), [1, 0, 0]);
  return { front: flat(apply(o, [1, 0, 0]), spine), lateral: flat(apply(o, [0, 0, 1]), [0, 0, 1]) };
}

/** Where the shoulder blades rest on a bench: a little past the base of the neck, toward the head. */
export const shoulderRest = (s: Skeleton): Vec3 =>
  add(s.chest, scale(unit(sub(s.head, s.hips)), 0.05));

/** A flat-topped box with its top at `top`, centred under `at`. */
function boxUnder(at: Vec3, top: number, height: number, along: Vec3, across: Vec3, size: Vec3) {
  const half: Vec3 = [
    Math.abs(along[0]) * size[0] + Math.abs(across[0]) * size[2],
    height / 2,
    Math.abs(along[2]) * size[0] + Math.abs(across[2]) * size[2],
  ];
  return { kind: 'box', c: [at[0], top - height / 2, at[2]], half, style: 'propFill' } as const;
}

/** A bar along `axis` centred on `centre`, with a plate each side: a dumbbell or a barbell. */
function barWithPlates(
  centre: Vec3,
  axis: Vec3,
  halfLength: number,
  plateAt: number,
  plateRadius: number,
): Prim[] {
  const plate = (side: number): Prim => ({
    kind: 'disc',
    c: add(centre, scale(axis, side * plateAt)),
    r: plateRadius,
    normal: axis,
    style: 'plate',
  });
  return [
    {
      kind: 'seg',
      a: add(centre, scale(axis, -halfLength)),
      b: add(centre, scale(axis, halfLength)),
      style: 'prop',
    },
    plate(1),
    plate(-1),
  ];
}

const soleOf = (s: Skeleton, side: 'near' | 'far') =>
  Math.min(s[side].heel[1], s[side].toe[1]) - limbRadius;
const handsOf = (s: Skeleton, place: string) =>
  place === 'hands' ? [s.near.hand, s.far.hand] : [pointOf(s, place as 'near-hand')];
const feetOf = (place: string): ('near' | 'far')[] =>
  place === 'near-foot' ? ['near'] : place === 'far-foot' ? ['far'] : ['near', 'far'];

type Build = (s: Skeleton, place: string, axes: Axes) => Prim[];

/** Props that rest on the body or carry it; `floor` props are built once the floor is known. */
const builders: Partial<Record<PropKind, Build>> = {
  band: (s, place) => {
    if (place === 'feet') {
      const [a, b] = [mid(s.near.ankle, s.near.toe), mid(s.far.ankle, s.far.toe)];
      return [{ kind: 'loop', a, b, r: 0.045, style: 'prop' }];
    }
    const key = place === 'ankles' ? 'ankle' : 'knee';
    // Wider than a limb stroke, so the loop still shows where the two knees overlap.
    return [{ kind: 'loop', a: s.near[key], b: s.far[key], r: 0.042, style: 'prop' }];
  },
  'small-ball': (s) => [
    { kind: 'ball', c: mid(s.near.knee, s.far.knee), r: 0.045, style: 'propFill' },
  ],
  kettlebell: (s, place) => {
    const hands = handsOf(s, place);
    const grip = hands.reduce((a, b) => mid(a, b));
    const elbows =
      place === 'far-hand'
        ? s.far.elbow
        : place === 'near-hand'
          ? s.near.elbow
          : mid(s.near.elbow, s.far.elbow);
    const c = add(grip, scale(unit(sub(grip, elbows)), 0.085));
    return [
      { kind: 'ball', c, r: 0.058, style: 'solid' },
      { kind: 'loop', a: grip, b: grip, r: 0.026, style: 'prop' },
    ];
  },
  dumbbell: (s, place, axes) =>
    handsOf(s, place).flatMap((hand) => barWithPlates(hand, axes.lateral, 0.06, 0.05, 0.035)),
  barbell: (s, place, axes) => {
    const frontOfBody = unit(sub(s.chest, s.hips));
    const c =
      place === 'hands'
        ? mid(s.near.hand, s.far.hand)
        : place === 'hips'
          ? add(s.hips, scale(unit(sub(mid(s.near.knee, s.far.knee), s.hips)), 0.06))
          : add(s.chest, scale(frontOfBody, -0.03));
    const lift: Vec3 = place === 'hips' ? [0, trunkRadius + 0.02, 0] : [0, 0, 0];
    return barWithPlates(add(c, lift), axes.lateral, 0.55, 0.42, 0.13);
  },
  'stability-ball': (s, place) => {
    const r = 0.16;
    if (place === 'back') {
      const back = add(mid(s.hips, s.chest), scale(unit(sub(s.chest, s.hips)), 0.06));
      return [{ kind: 'ball', c: [back[0], back[1] - r - trunkRadius, 0], r, style: 'propFill' }];
    }
    const heel = [s.near.heel, s.far.heel].reduce((a, b) => (b[1] < a[1] ? b : a));
    return [{ kind: 'ball', c: [heel[0], heel[1] - r - limbRadius, 0], r, style: 'propFill' }];
  },
  // The step reaches forward from under the heel, so the other foot can stand behind it.
  step: (s, place, axes) =>
    feetOf(place).map((side) => {
      const foot = add(pointOf(s, `${side}-foot`), scale(axes.front, 0.05));
      return boxUnder(foot, soleOf(s, side), 0.12, axes.front, axes.lateral, [0.12, 0, 0.16]);
    }),
  bench: (s, place, axes) => {
    if (place === 'far-foot' || place === 'near-foot') {
      const side = place === 'far-foot' ? 'far' : 'near';
      const top = Math.min(s[side].ankle[1], s[side].toe[1]) - limbRadius;
      return [boxUnder(s[side].ankle, top, 0.26, axes.front, axes.lateral, [0.14, 0, 0.2])];
    }
    if (place === 'near-knee') {
      const top = s.near.knee[1] - limbRadius;
      return [boxUnder(s.near.knee, top, 0.26, axes.front, axes.lateral, [0.14, 0, 0.2])];
    }
    const at = place === 'seat' ? s.hips : shoulderRest(s);
    const top = at[1] - trunkRadius;
    return [boxUnder(at, top, 0.24, axes.front, axes.lateral, [0.15, 0, 0.22])];
  },
  'slide-board': (s, _place, axes) => {
    const top = Math.min(soleOf(s, 'near'), soleOf(s, 'far'));
    const c = mid(pointOf(s, 'near-foot'), pointOf(s, 'far-foot'));
    const board = boxUnder(c, top, 0.015, axes.front, axes.lateral, [0.2, 0, 0.55]);
    const end = (sign: number): Prim =>
      boxUnder(
        add(c, scale(axes.lateral, sign * 0.56)),
        top + 0.035,
        0.05,
        axes.front,
        axes.lateral,
        [0.2, 0, 0.02],
      );
    return [board, end(1), end(-1)];
  },
  'foam-roller': (s, place, axes) => {
    const r = 0.05;
    const side = place.startsWith('far') ? 'far' : 'near';
    const centres: Record<string, Vec3> = {
      back: mid(s.hips, s.chest),
      hips: s.hips,
      calves: mid(s.near.knee, s.near.ankle),
      'near-knee': add(s.near.knee, scale(sub(s.near.hip, s.near.knee), 0.15)),
      'far-knee': add(s.far.knee, scale(sub(s.far.hip, s.far.knee), 0.15)),
    };
    const centre = centres[place] ?? mid(s[side].hip, s[side].knee);
    const radius = place === 'back' || place === 'hips' ? trunkRadius : limbRadius;
    return [
      {
        kind: 'disc',
        c: [centre[0], centre[1] - radius - r, centre[2]],
        r,
        normal: axes.lateral,
        style: 'propFill',
      },
    ];
  },
  // A seated leg press seen from the side: a reclined back pad and a seat on a post, a weight
  // housing in front, and the foot plate on a sled between them. All but the plate is placed from
  // the hips alone, so the machine stays put while the legs push the plate away.
  'leg-press': (s, _place, axes) => {
    const { front } = axes;
    const aside: Vec3 = [0, 0, -0.12]; // behind the far leg, so the body is painted over it
    const at = (forward: number, up: number): Vec3 =>
      add(add(s.hips, aside), add(scale(front, forward), [0, up, 0]));
    const sole = mid(mid(s.near.heel, s.near.toe), mid(s.far.heel, s.far.toe));
    const along = unit(sub(s.near.toe, s.near.heel));
    const plate = add(sole, scale(unit(sub(sole, s.near.ankle)), limbRadius + 0.025));
    const back = unit(sub(s.chest, s.hips));
    // Behind the back: the part of "backward" at right angles to the spine.
    const backward = scale(front, -1);
    const lean = backward[0] * back[0] + backward[1] * back[1] + backward[2] * back[2];
    const rear = unit(sub(backward, scale(back, lean)));
    const padLow = add(at(0, 0), scale(rear, trunkRadius + 0.02));
    const seat = -(trunkRadius + 0.02);
    const floor = -0.3;
    const housing = 0.82;
    return [
      { kind: 'seg', a: padLow, b: add(padLow, scale(back, 0.46)), style: 'plate' },
      { kind: 'seg', a: at(-0.06, seat), b: at(0.16, seat), style: 'plate' },
      { kind: 'seg', a: at(0.04, seat), b: at(0.04, floor), style: 'prop' },
      { kind: 'seg', a: at(-0.2, floor), b: at(housing, floor), style: 'prop' },
      boxUnder(at(housing + 0.07, 0), s.hips[1] + 0.2, 0.5, front, axes.lateral, [0.07, 0, 0.1]),
      { kind: 'seg', a: plate, b: [at(housing, 0)[0], plate[1], plate[2]], style: 'prop' },
      {
        kind: 'seg',
        a: add(plate, scale(along, -0.15)),
        b: add(plate, scale(along, 0.16)),
        style: 'plate',
      },
    ];
  },
};

/** The primitives of one prop, with what it is and where it goes. */
export interface PropPrims {
  readonly kind: PropKind;
  readonly place: string;
  readonly prims: readonly Prim[];
}

/** Props that rest on or carry the body, built on the skeleton as it is. */
export function bodyProps(pose: ResolvedPose, skeleton: Skeleton): PropPrims[] {
  const axes = axesOf(pose);
  return (Object.entries(pose.props) as [PropKind, string | undefined][]).flatMap(
    ([kind, place]) => {
      const build = builders[kind];
      return build && place ? [{ kind, place, prims: build(skeleton, place, axes) }] : [];
    },
  );
}

/** Mat, ladder and chair: laid on the floor (height 0) once the body is down. */
export function floorProps(
  pose: ResolvedPose,
  skeleton: Skeleton,
  props: Props = pose.props,
): Prim[] {
  const axes = axesOf(pose);
  const prims: Prim[] = [];
  const feet = mid(pointOf(skeleton, 'near-foot'), pointOf(skeleton, 'far-foot'));
  if (props['agility-ladder']) {
    for (const side of [-1, 1]) {
      const rail = add([feet[0], 0.006, feet[2]], scale(axes.lateral, side * 0.16));
      prims.push({
        kind: 'seg',
        a: add(rail, scale(axes.front, -0.7)),
        b: add(rail, scale(axes.front, 0.7)),
        style: 'prop',
      });
    }
    for (let i = -3; i <= 3; i++) {
      const rung = add([feet[0], 0.006, feet[2]], scale(axes.front, i * 0.22));
      prims.push({
        kind: 'seg',
        a: add(rung, scale(axes.lateral, -0.16)),
        b: add(rung, scale(axes.lateral, 0.16)),
        style: 'prop',
      });
      prims.push({ kind: 'seg', a: rung, b: add(rung, [0, 0.02, 0]), style: 'prop' });
    }
  }
  for (const side of ['near', 'far'] as const) {
    if (props.chair !== `${side}-hand`) continue;
    const hand = skeleton[side].hand;
    const away = flat(sub(hand, skeleton.hips), axes.front);
    const top: Vec3 = [hand[0], hand[1] - limbRadius, hand[2]];
    const seatBack: Vec3 = [hand[0], 0.27, hand[2]];
    const seatFront = add(seatBack, scale(away, 0.24));
    prims.push(
      { kind: 'seg', a: top, b: [hand[0], 0, hand[2]], style: 'prop' },
      { kind: 'seg', a: seatBack, b: seatFront, style: 'prop' },
      { kind: 'seg', a: seatFront, b: [seatFront[0], 0, seatFront[2]], style: 'prop' },
    );
  }
  return prims;
}

/** Extra height under the whole body: a mat lifts it off the floor a little. */
export const matThickness = (pose: ResolvedPose) => (pose.props.mat ? 0.018 : 0);
