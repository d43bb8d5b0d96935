import { z } from 'zod';

/**
 * Body areas: where it hurts (conditions) and what an exercise works (through its main targets).
 * Each has the plain name a runner would point at, the words runners use for it (the finder's
 * search reads them), and the side of the body picture it is seen from.
 */
interface AreaInfo {
  readonly name: string;
  readonly alsoCalled: readonly string[];
  readonly seenFrom: 'front' | 'side' | 'back';
}

export const bodyAreaInfo = {
  'front-of-hip': {
    name: 'Front of the hip',
    alsoCalled: ['front hip', 'hip flexor', 'hip crease', 'top of the thigh'],
    seenFrom: 'front',
  },
  groin: {
    name: 'Groin',
    alsoCalled: ['inner thigh', 'inner hip', 'adductors', 'groin strain'],
    seenFrom: 'front',
  },
  'side-of-hip': {
    name: 'Side of the hip',
    alsoCalled: ['outer hip', 'outside of the hip', 'side hip', 'hip bone'],
    seenFrom: 'side',
  },
  'outer-thigh': {
    name: 'Outer thigh',
    alsoCalled: ['IT band', 'ITB', 'outside of the thigh', 'outer leg'],
    seenFrom: 'side',
  },
  'back-of-hip': {
    name: 'Back of the hip',
    alsoCalled: ['deep buttock', 'behind the hip', 'piriformis'],
    seenFrom: 'back',
  },
  buttock: {
    name: 'Buttock',
    alsoCalled: ['glutes', 'bum', 'butt', 'sit bone', 'seat'],
    seenFrom: 'back',
  },
  'down-the-leg': {
    name: 'Down the leg',
    alsoCalled: ['sciatica', 'pain down the leg', 'shooting pain', 'nerve pain'],
    seenFrom: 'back',
  },
  'back-of-thigh': {
    name: 'Back of the thigh',
    alsoCalled: ['hamstring', 'hamstrings', 'back of the leg'],
    seenFrom: 'back',
  },
  'front-of-thigh': {
    name: 'Front of the thigh',
    alsoCalled: ['quads', 'quadriceps', 'thigh'],
    seenFrom: 'front',
  },
  core: {
    name: 'Belly and trunk',
    alsoCalled: ['core', 'abs', 'stomach', 'tummy', 'trunk'],
    seenFrom: 'front',
  },
  'lower-leg': {
    name: 'Lower leg',
    alsoCalled: ['calf', 'calves', 'shin', 'ankle'],
    seenFrom: 'back',
  },
} as const satisfies Record<string, AreaInfo>;

export type BodyArea = keyof typeof bodyAreaInfo;

/** The plain name of each area, as a label: "Side of the hip". */
export const bodyAreas = Object.fromEntries(
  Object.entries(bodyAreaInfo).map(([area, info]) => [area, info.name]),
) as Record<BodyArea, string>;

export const bodyArea = z
  .enum(Object.keys(bodyAreaInfo) as [BodyArea, ...BodyArea[]])
  .describe('A body area: ' + Object.keys(bodyAreaInfo).join(', ') + '.');

/** The muscle groups an exercise can target, with the body area each one counts toward. */
export const targetAreas = {
  'glute-max': 'buttock',
  'glute-med': 'side-of-hip',
  'hip-flexors': 'front-of-hip',
  'tfl-it-band': 'outer-thigh',
  adductors: 'groin',
  abductors: 'side-of-hip',
  'deep-rotators': 'back-of-hip',
  hamstrings: 'back-of-thigh',
  quads: 'front-of-thigh',
  core: 'core',
  calves: 'lower-leg',
} as const satisfies Record<string, BodyArea>;

export type Target = keyof typeof targetAreas;

export const target = z
  .enum(Object.keys(targetAreas) as [Target, ...Target[]])
  .describe(
    'A muscle group: glute-max (buttock), glute-med (side hip), hip-flexors (front hip, iliopsoas), tfl-it-band (outer thigh), adductors (groin and inner thigh), abductors (outer hip), deep-rotators (deep buttock), hamstrings, quads, core, calves.',
  );
