/**
 * Body areas: where it hurts (conditions) and what an exercise works (through its main targets).
 * Each has the words runners use for it (the finder's search reads them) and the side of the body
 * picture it is seen from; its plain name, in every language, is in the string catalog (`areas`
 * in src/domain/catalog/en.ts).
 *
 * Plain data without Zod, so browser code (routine-parts.ts) reads it without the schema library;
 * schema/body-area.ts re-exports it and makes the enums.
 */
interface AreaInfo {
  readonly alsoCalled: readonly string[];
  readonly seenFrom: 'front' | 'side' | 'back';
}

export const bodyAreaInfo = {
  'front-of-hip': {
    alsoCalled: ['front hip', 'hip flexor', 'hip crease', 'top of the thigh'],
    seenFrom: 'front',
  },
  groin: {
    alsoCalled: ['inner thigh', 'inner hip', 'adductors', 'groin strain'],
    seenFrom: 'front',
  },
  'side-of-hip': {
    alsoCalled: ['outer hip', 'outside of the hip', 'side hip', 'hip bone'],
    seenFrom: 'side',
  },
  'outer-thigh': {
    alsoCalled: ['IT band', 'ITB', 'outside of the thigh', 'outer leg'],
    seenFrom: 'side',
  },
  'back-of-hip': {
    alsoCalled: ['deep buttock', 'behind the hip', 'piriformis'],
    seenFrom: 'back',
  },
  buttock: {
    alsoCalled: ['glutes', 'bum', 'butt', 'sit bone', 'seat'],
    seenFrom: 'back',
  },
  'down-the-leg': {
    alsoCalled: ['sciatica', 'pain down the leg', 'shooting pain', 'nerve pain'],
    seenFrom: 'back',
  },
  'back-of-thigh': {
    alsoCalled: ['hamstring', 'hamstrings', 'back of the leg'],
    seenFrom: 'back',
  },
  'front-of-thigh': {
    alsoCalled: ['quads', 'quadriceps', 'thigh'],
    seenFrom: 'front',
  },
  core: {
    alsoCalled: ['core', 'abs', 'stomach', 'tummy', 'trunk'],
    seenFrom: 'front',
  },
  'lower-leg': {
    alsoCalled: ['calf', 'calves', 'shin', 'ankle'],
    seenFrom: 'back',
  },
} as const satisfies Record<string, AreaInfo>;

export type BodyArea = keyof typeof bodyAreaInfo;

/** Every body area's id, in the order the finder and the body picture list them. */
export const bodyAreas = Object.keys(bodyAreaInfo) as BodyArea[];

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
