import { z } from 'zod';
import { lineText } from './vocabulary.ts';

/**
 * The pain-monitoring rule: a 0 to 10 pain score split into green, amber and red bands, with what
 * to do in each. Written once in guidance.yaml and printed on every handout; a routine may move the
 * band limits (for example a stricter rule after a stress fracture), never the words.
 */

const score = (band: string) =>
  z
    .number({ error: 'must be a whole number from 0 to 9' })
    .int({ error: 'must be a whole number from 0 to 9' })
    .min(0, { error: 'must be a whole number from 0 to 9' })
    .max(9, { error: 'must be at most 9, so that some scores are left for the red band' })
    .describe(`The highest pain score (0 to 10) in the ${band} band.`);

/** Where the bands meet. Green runs from 0 up to greenUpTo, amber up to amberUpTo, red above. */
const limits = {
  greenUpTo: score('green'),
  amberUpTo: score('amber'),
};

function amberAboveGreen(
  value: { greenUpTo?: number | undefined; amberUpTo?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.greenUpTo === undefined || value.amberUpTo === undefined) return;
  if (value.amberUpTo > value.greenUpTo) return;
  ctx.addIssue({
    code: 'custom',
    path: ['amberUpTo'],
    input: value.amberUpTo,
    message: `must be more than greenUpTo (${value.greenUpTo}), or the amber band is empty`,
    params: { hint: `Make it ${value.greenUpTo + 1} or more, or lower greenUpTo.` },
  });
}

/** The rule as guidance.yaml writes it: the limits and the words for each band. */
export const painRule = z
  .strictObject({
    scale: lineText.describe(
      'How to score pain, in the you-voice: what 0 and 10 mean. Printed above the bands.',
    ),
    ...limits,
    green: lineText.describe(
      'What to do when pain stays in the green band. Do not write the numbers: a routine may change them.',
    ),
    amber: lineText.describe('What to do when pain is in the amber band (do less, do not progress).'),
    red: lineText.describe('What to do when pain is in the red band (stop, and when to call).'),
    nextDay: lineText.describe(
      'What to check the morning after, and what to do if pain or stiffness is worse.',
    ),
  })
  .superRefine(amberAboveGreen)
  .describe(
    'How much pain is OK: green, amber and red bands on a 0 to 10 scale, with what to do in each. Printed on every handout by the tick-sheet.',
  );
export type PainRule = z.infer<typeof painRule>;

/** A routine's own band limits; the words stay those of guidance.yaml. */
export const painLimits = z
  .strictObject({
    greenUpTo: limits.greenUpTo.optional(),
    amberUpTo: limits.amberUpTo.optional(),
  })
  .superRefine(amberAboveGreen)
  .describe(
    'Changes the pain rule for this routine only, e.g. { greenUpTo: 2, amberUpTo: 4 } after a stress fracture. Leave out to use guidance.yaml.',
  );
export type PainLimits = z.infer<typeof painLimits>;
