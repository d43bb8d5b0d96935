import { z } from 'zod';
import { hintParams, hinted } from './hints.ts';

/**
 * Pose data for the generated figures (src/figures/). A pose names a view and a base posture; every
 * joint angle has a usual value for that posture, so a pose lists only the few angles that differ.
 * "near" is the side nearer the viewer (the top side when lying on your side); "far" is the other.
 * Angles are in degrees from the anatomical position, and the ranges below are what a body can do,
 * so a typo such as a knee at 170 or -20 (bending backwards) is caught with its line and column.
 */

export const views = ['side', 'front', 'back', 'above'] as const;
export const postures = [
  'standing',
  'lying-back',
  'lying-side',
  'kneeling',
  'half-kneeling',
  'all-fours',
  'seated',
  'plank',
  'side-plank',
] as const;
export type View = (typeof views)[number];
export type Posture = (typeof postures)[number];

/** Every angle is measured the same way, so one hint explains any angle out of range. */
const angleHint =
  "Angles count from standing up straight, where every joint is at 0. Leave the line out to use the posture's usual angle.";

/** An angle in degrees, with words for its two ends so the message explains the range. */
function degrees(min: number, low: string, max: number, high: string, what: string) {
  const error = `must be between ${min} (${low}) and ${max} (${high}) degrees`;
  return hinted(
    z
      .number({ error: 'must be a number of degrees, like 45' })
      .min(min, { error })
      .max(max, { error })
      .describe(`${what} In degrees: ${min} is ${low}, ${max} is ${high}.`),
    { too_small: angleHint, too_big: angleHint },
  );
}

/** One number for both sides, or `{ near: …, far: … }` (either may be left out). */
function perSide(angle: z.ZodNumber, what: string) {
  const either = z.union([angle, z.strictObject({ near: angle.optional(), far: angle.optional() })], {
    error: 'must be a number of degrees like 45, or one for each side like { near: 45, far: 0 }',
  });
  return hinted(either, {
    invalid_union:
      "Write the angle in digits, like 45. Leave the line out to use the posture's usual angle.",
  })
    .optional()
    .describe(
      `${what} One number for both sides, or near: and far: for each side. Leave it out for the posture's usual angle.`,
    );
}

/** Where each prop goes; the first place listed is the usual one. */
export const propPlaces = {
  band: ['knees', 'ankles', 'feet'],
  'small-ball': ['knees'],
  kettlebell: ['hands', 'near-hand', 'far-hand'],
  dumbbell: ['hands', 'near-hand', 'far-hand'],
  barbell: ['hands', 'hips', 'shoulders'],
  'stability-ball': ['feet', 'back'],
  step: ['near-foot', 'far-foot', 'feet'],
  bench: ['shoulders', 'far-foot', 'seat', 'near-foot', 'near-knee'],
  'slide-board': ['feet'],
  'agility-ladder': ['floor'],
  'foam-roller': ['near-thigh', 'far-thigh', 'near-knee', 'far-knee', 'hips', 'back', 'calves'],
  'leg-press': ['feet'],
  mat: ['floor'],
  chair: ['near-hand', 'far-hand'],
} as const;
export type PropKind = keyof typeof propPlaces;

const propFields = Object.fromEntries(
  (Object.entries(propPlaces) as [PropKind, readonly [string, ...string[]]][]).map(
    ([kind, places]) => [
      kind,
      z
        .enum(places)
        .optional()
        .describe(`A ${kind.replace('-', ' ')}: where it goes, one of ${places.join(', ')}.`),
    ],
  ),
) as { [K in PropKind]: z.ZodOptional<z.ZodEnum<{ [P in (typeof propPlaces)[K][number]]: P }>> };

/** Props in the picture, each with where it goes: `{ band: knees, mat: floor }`. */
export const props = z
  .strictObject(propFields)
  .describe(
    'Props drawn with the body, each with where it goes, e.g. { band: knees, mat: floor }. ' +
      'Props: ' +
      Object.keys(propPlaces).join(', ') +
      '.',
  );
export type Props = z.infer<typeof props>;

/** Body points an arrow can start from. */
export const points = [
  'hips',
  'head',
  'chest',
  'near-knee',
  'far-knee',
  'near-foot',
  'far-foot',
  'near-hand',
  'far-hand',
] as const;
export type BodyPoint = (typeof points)[number];

/** Every field of a pose except view and posture. All are optional. */
const poseFields = {
  /** Which way the figure faces on the page: right (the usual) or left. */
  facing: z
    .enum(['right', 'left'])
    .optional()
    .describe('Which way the figure faces on the page: right (the usual) or left.'),
  /** Lean of the upper body from its posture: forward is positive, back is negative. */
  trunk: degrees(-90, 'leaning back', 90, 'bent forward', 'Upper body lean.').optional(),
  /** Sideways lean of the upper body, toward the near side when positive. */
  trunkSide: degrees(-40, 'toward the far side', 40, 'toward the near side', 'Sideways lean.')
    .optional()
    .describe('Sideways lean of the upper body, in degrees: positive leans toward the near side.'),
  /** Head nod: chin down is positive. */
  head: degrees(-60, 'looking up', 60, 'chin down', 'Head nod.').optional(),
  /** Hip bend (flexion): 0 is straight, 90 is thigh at a right angle to the body. */
  hips: perSide(degrees(-30, 'leg behind you', 135, 'knee to chest', 'Hip bend.'), 'Hip bend.'),
  /** Leg out to the side (abduction): negative crosses the midline. */
  hipsOut: perSide(degrees(-30, 'crossed in', 90, 'wide out', 'Leg out to the side.'), 'Leg out.'),
  /** Thigh turn (rotation): turned out is positive, as in a clamshell. */
  hipsTurn: perSide(degrees(-50, 'turned in', 70, 'turned out', 'Thigh turn.'), 'Thigh turn.'),
  /** Knee bend: 0 is straight. */
  knees: perSide(degrees(0, 'straight', 150, 'fully bent', 'Knee bend.'), 'Knee bend.'),
  /** Ankle: toes up is positive, toes pointed is negative. */
  ankles: perSide(degrees(-70, 'toes pointed', 40, 'toes up', 'Ankle.'), 'Ankle.'),
  /** Arm raised forward: 0 hangs by your side, 90 points forward, 180 is overhead. */
  shoulders: perSide(degrees(-60, 'arm behind', 180, 'overhead', 'Arm forward.'), 'Arm forward.'),
  /** Arm raised out to the side. */
  shouldersOut: perSide(degrees(0, 'by your side', 180, 'overhead', 'Arm out.'), 'Arm out.'),
  /** Elbow bend: 0 is straight. */
  elbows: perSide(degrees(0, 'straight', 150, 'fully bent', 'Elbow bend.'), 'Elbow bend.'),
  /** Props in the picture. */
  props: props.optional(),
  /** Which leg works or stretches; it is drawn outlined so it shows in black and white too. */
  working: z
    .enum(['near', 'far', 'both', 'none'])
    .optional()
    .describe('Which leg works or stretches: near, far, both or none. It is drawn outlined.'),
  /** An arrow from this body point toward where it is in the other position. */
  arrow: z
    .enum(points)
    .optional()
    .describe(
      'Draws an arrow from this body point toward where it is in the other position, e.g. near-knee.',
    ),
  /** Short arrows pointing in at both knees: a squeeze that hardly moves, like pressing a ball. */
  squeeze: z
    .enum(['knees'])
    .optional()
    .describe(
      'Draws short arrows at both knees pointing in, for a squeeze that hardly moves, e.g. knees pressing a ball. Use a view that shows both knees: front or back.',
    ),
  /** The body point that stays in place between start and end; usually worked out from the posture. */
  stays: z
    .enum(points)
    .optional()
    .describe(
      'The body point that stays put between start and end, e.g. near-foot when you step back with the far foot. Usually not needed.',
    ),
};

/** Where you look from: side, front, back or above. Each posture allows the views that show it well. */
const view = z
  .enum(views)
  .describe(
    'Where you look from: side, front, back or above (on hands and knees only: shows legs spread wide on the floor).',
  );
/** The base posture; each gives usual joint angles, so a pose lists only what differs. */
const posture = z
  .enum(postures)
  .describe('The base posture: ' + postures.join(', ') + '. Each gives usual joint angles.');

/** A whole pose: the start position of a figure. */
export const pose = z
  .strictObject({ view, posture, ...poseFields })
  .describe('A body position: view, posture, then only the angles and props that differ.');
export type Pose = z.infer<typeof pose>;

/** The end position: only what differs from the start; everything else carries over. */
export const poseChange = z
  .strictObject({ view: view.optional(), posture: posture.optional(), ...poseFields })
  .describe('The end position: only what changes from the start; the rest carries over.');
export type PoseChange = z.infer<typeof poseChange>;

/** The views at body height. */
const around: readonly View[] = ['side', 'front', 'back'];

/**
 * Views that make sense for a posture: lying on your side is seen from the front or the back; only
 * on hands and knees is the body flat enough to be seen from above.
 */
export const postureViews: Record<Posture, readonly View[]> = {
  standing: around,
  'lying-back': ['side', 'front'],
  'lying-side': ['front', 'back'],
  kneeling: around,
  'half-kneeling': around,
  'all-fours': views,
  seated: around,
  plank: ['side', 'front'],
  'side-plank': ['front', 'back'],
};

function checkView(
  where: 'start' | 'end',
  given: PoseChange,
  merged: Pose,
  ctx: z.RefinementCtx,
): void {
  const allowed = postureViews[merged.posture];
  if (allowed.includes(merged.view)) return;
  const [first = 'front'] = allowed;
  ctx.addIssue({
    code: 'custom',
    path: [where, given.view ? 'view' : 'posture'],
    input: given.view ?? given.posture,
    message: `must be ${allowed.join(' or ')} when the posture is ${merged.posture}; the body would be seen end-on`,
    // The end carries the start's view over, so a new posture there may need a view of its own.
    ...hintParams(
      given.view
        ? `Change it to view: ${first}.`
        : `Add a line "view: ${first}" to the ${where} position.`,
    ),
  });
}

/** The start and end positions drawn for an exercise. */
export const figure = z
  .strictObject({
    /** The position you start in. */
    start: pose.describe('The position you start in: view, posture and what differs from usual.'),
    /** The position at the end of the movement; only what changes. */
    end: poseChange.describe('The position at the end of the movement: only what changes.'),
    side: z
      .enum(['left', 'right'])
      .optional()
      .describe(
        'Which of your legs the figure shows working (the one marked by working:): left or right, as the steps name it. The picture is turned to show that leg and labels it L or R. Lying on your side or in a side plank the steps say top and bottom, so there is no label.',
      ),
  })
  .superRefine((value, ctx) => {
    checkView('start', value.start, value.start, ctx);
    const merged = { ...value.start, ...value.end } as Pose;
    if (value.end.view || value.end.posture) checkView('end', value.end, merged, ctx);
  })
  .describe('Start and end positions, drawn as line figures.');
export type Figure = z.infer<typeof figure>;
