import { z } from 'zod';

/**
 * Pose data for generated figures. The figures work (issue #7) defines its fields;
 * until then a pose is any mapping, kept so exercise files can already carry one.
 */
export const pose = z.record(z.string(), z.unknown()).describe('A body position for a figure.');
export type Pose = z.infer<typeof pose>;

/** The start and end positions drawn for an exercise. */
export const figure = z
  .strictObject({
    /** The position you start in. */
    start: pose,
    /** The position at the end of the movement. */
    end: pose,
  })
  .describe('Start and end positions, drawn as line figures.');
export type Figure = z.infer<typeof figure>;
