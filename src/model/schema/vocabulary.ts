import { z } from 'zod';
import { hintParams, hinted } from './hints.ts';

/**
 * Words shared by several kinds of file. Each enum value is what a clinician types in YAML;
 * `describe()` text becomes the hover help in their editor (through the generated JSON Schema).
 */

/** An id is the file name without `.yaml`: lower-case words joined by hyphens, e.g. `single-leg-glute-bridge`. */
export const id = hinted(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case words joined by hyphens, like "side-lying-leg-raise"',
  }),
  { invalid_format: 'Use lower-case letters and digits only, with a hyphen between words.' },
).describe('An id: the file name without .yaml, e.g. "clamshell".');

export { lineText, notesText, shortText, text } from './text.ts';

export const level = z
  .enum(['beginner', 'intermediate', 'advanced'])
  .describe('How hard it is: beginner, intermediate or advanced.');

export const category = z
  .enum(['strength', 'mobility', 'warm-up', 'cool-down', 'running'])
  .describe('What the exercise is for: strength, mobility, warm-up, cool-down or running.');

// Body areas and muscle targets live in their own module; re-exported so imports stay in one place.
export {
  bodyArea,
  bodyAreaInfo,
  bodyAreas,
  target,
  targetAreas,
  type BodyArea,
  type Target,
} from './body-area.ts';

/**
 * Equipment a runner might have, by the id written in YAML. What each is called, in every language,
 * is in the string catalog (`equipment` in src/domain/catalog/en.ts).
 */
export const equipmentIds = [
  'resistance-band',
  'small-ball',
  'stability-ball',
  'step',
  'kettlebell',
  'dumbbell',
  'barbell',
  'bench',
  'leg-press-machine',
  'slide-board',
  'agility-ladder',
  'foam-roller',
  'massage-ball',
  'wall-or-chair',
] as const;
export type Equipment = (typeof equipmentIds)[number];

export const equipment = z
  .enum(['none', ...equipmentIds])
  .describe(
    'Equipment needed. Write [none] when nothing is needed. A floor mat is assumed and is not listed.',
  );

/** A list of equipment, where `[none]` means nothing is needed. Normalised to an empty list. */
export const equipmentList = z
  .array(equipment)
  .min(1, { error: 'must list at least one item; write [none] when nothing is needed' })
  .refine((items) => !(items.includes('none') && items.length > 1), {
    error: '"none" cannot be listed with other equipment',
    ...hintParams('Remove "none", or remove the others if nothing is needed.'),
  })
  .refine((items) => new Set(items).size === items.length, {
    error: 'lists an item twice',
    ...hintParams('Delete the second one.'),
  })
  .transform((items) => items.filter((item): item is Equipment => item !== 'none'))
  .describe('Equipment needed, e.g. [resistance-band]. Write [none] when nothing is needed.');
