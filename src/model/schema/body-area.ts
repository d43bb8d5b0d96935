import { z } from 'zod';

export {
  bodyAreaInfo,
  bodyAreas,
  targetAreas,
  type BodyArea,
  type Target,
} from '../body-areas.ts';
import { bodyAreas, targetAreas, type BodyArea, type Target } from '../body-areas.ts';

export const bodyArea = z
  .enum(bodyAreas as [BodyArea, ...BodyArea[]])
  .describe('A body area: ' + bodyAreas.join(', ') + '.');

export const target = z
  .enum(Object.keys(targetAreas) as [Target, ...Target[]])
  .describe(
    'A muscle group: glute-max (buttock), glute-med (side hip), hip-flexors (front hip, iliopsoas), tfl-it-band (outer thigh), adductors (groin and inner thigh), abductors (outer hip), deep-rotators (deep buttock), hamstrings, quads, core, calves.',
  );
