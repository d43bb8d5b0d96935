import { z } from 'zod';

/**
 * Words shared by several kinds of file. Each enum value is what a clinician types in YAML;
 * `describe()` text becomes the hover help in their editor (through the generated JSON Schema).
 */

/** An id is the file name without `.yaml`: lower-case words joined by hyphens, e.g. `single-leg-glute-bridge`. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case words joined by hyphens, like "side-lying-leg-raise"',
  })
  .describe('An id: the file name without .yaml, e.g. "clamshell".');

export { lineText, notesText, shortText, text } from './text.ts';

export const level = z
  .enum(['beginner', 'intermediate', 'advanced'])
  .describe('How hard it is: beginner, intermediate or advanced.');

export const category = z
  .enum(['strength', 'mobility', 'warm-up', 'cool-down'])
  .describe('What the exercise is for: strength, mobility, warm-up or cool-down.');

/** The hip-aware target vocabulary, with the body area each one counts toward in the finder. */
export const targetAreas = {
  'glute-max': 'back-of-hip',
  'glute-med': 'side-of-hip',
  'hip-flexors': 'front-of-hip',
  'tfl-it-band': 'side-of-hip',
  adductors: 'inner-thigh',
  abductors: 'side-of-hip',
  'deep-rotators': 'back-of-hip',
  hamstrings: 'back-of-thigh',
  quads: 'front-of-thigh',
  core: 'core',
  calves: 'lower-leg',
} as const;

export const target = z
  .enum(Object.keys(targetAreas) as [keyof typeof targetAreas, ...(keyof typeof targetAreas)[]])
  .describe(
    'A muscle group: glute-max (buttock), glute-med (side hip), hip-flexors (front hip, iliopsoas), tfl-it-band (outer thigh), adductors (inner thigh), abductors (outer hip), deep-rotators (deep buttock), hamstrings, quads, core, calves.',
  );
export type Target = z.infer<typeof target>;

export const bodyAreas = {
  'side-of-hip': 'Side of the hip',
  'front-of-hip': 'Front of the hip and groin',
  'back-of-hip': 'Buttock',
  'inner-thigh': 'Inner thigh',
  'back-of-thigh': 'Back of the thigh',
  'front-of-thigh': 'Front of the thigh',
  core: 'Belly and trunk',
  'lower-leg': 'Lower leg',
} as const;
export type BodyArea = keyof typeof bodyAreas;
export const bodyArea = z
  .enum(Object.keys(bodyAreas) as [BodyArea, ...BodyArea[]])
  .describe('A body area: ' + Object.keys(bodyAreas).join(', ') + '.');

/** Equipment a runner might have, with the label shown in the finder and on handouts. */
export const equipmentLabels = {
  'resistance-band': 'Resistance band (loop)',
  'small-ball': 'Small soft ball or pillow',
  'stability-ball': 'Stability ball',
  step: 'Step, stair or sturdy box',
  kettlebell: 'Kettlebell',
  dumbbell: 'Dumbbells',
  barbell: 'Barbell and plates',
  bench: 'Bench',
  'leg-press-machine': 'Leg press machine',
  'slide-board': 'Slide board',
  'agility-ladder': 'Agility ladder',
  'foam-roller': 'Foam roller',
  'massage-ball': 'Massage or lacrosse ball',
  'wall-or-chair': 'Wall or chair for balance',
} as const;
export type Equipment = keyof typeof equipmentLabels;

export const equipment = z
  .enum(['none', ...(Object.keys(equipmentLabels) as Equipment[])] as ['none', ...Equipment[]])
  .describe(
    'Equipment needed. Write [none] when nothing is needed. A floor mat is assumed and is not listed.',
  );

/** A list of equipment, where `[none]` means nothing is needed. Normalised to an empty list. */
export const equipmentList = z
  .array(equipment)
  .min(1, { error: 'must list at least one item; write [none] when nothing is needed' })
  .refine((items) => !(items.includes('none') && items.length > 1), {
    error: '"none" cannot be listed with other equipment; remove "none" or the others',
  })
  .refine((items) => new Set(items).size === items.length, { error: 'lists an item twice' })
  .transform((items) => items.filter((item): item is Equipment => item !== 'none'))
  .describe('Equipment needed, e.g. [resistance-band]. Write [none] when nothing is needed.');
