import { z } from 'zod';
import { hintParams } from './hints.ts';
import { painRule } from './pain-rule.ts';
import { id, lineText, shortText, text } from './vocabulary.ts';

/** A titled point of advice: a risk factor, a prevention practice or a treatment basic. */
const topic = z.strictObject({
  /** A short id, used in links and tests, e.g. weak-glutes. */
  id,
  /** A short title, e.g. "Weak buttock muscles". */
  title: shortText.describe('A short title.'),
  /** One to three plain sentences. */
  text: text.describe('One to three plain sentences, in the you-voice.'),
  /** Optional bullet points. */
  points: z.array(lineText).default([]).describe('Optional bullet points.'),
});
export type Topic = z.infer<typeof topic>;

const uniqueIds = (what: string) => (topics: Topic[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  topics.forEach((t, index) => {
    if (seen.has(t.id))
      ctx.addIssue({
        code: 'custom',
        message: `${what} id "${t.id}" is used twice`,
        path: [index, 'id'],
        ...hintParams('Give each one its own id; the site links to it by this id.'),
      });
    seen.add(t.id);
  });
};

/** Advice on risk, prevention and treatment: the file routines/guidance.yaml. */
export const guidance = z
  .strictObject({
    /** Things that raise the risk of hip pain in runners. */
    riskFactors: z.array(topic).min(1).superRefine(uniqueIds('risk factor')),
    /** Things a runner can do to prevent hip pain. */
    practices: z.array(topic).min(1).superRefine(uniqueIds('practice')),
    /** What usually helps once it hurts. */
    treatment: z.array(topic).min(1).superRefine(uniqueIds('treatment')),
    painRule,
    /** The weekly mileage rule, used by the planner. */
    tenPercentRule: z
      .strictObject({
        /** Most a week's distance should grow, in percent. */
        percent: z.number().positive().max(50).describe('Most a week may grow, in percent, e.g. 10.'),
        /** The worked example: this week's distance. */
        exampleDistance: z.number().positive().describe('Example: this week, e.g. 25.'),
        /** The unit of the worked example. */
        exampleUnit: z.enum(['km', 'mi']).describe('Unit of the example: km or mi.'),
      })
      .describe('The 10% rule: grow weekly distance by at most this much.'),
    /** When to replace running shoes. */
    shoes: z
      .strictObject({
        /** Replace after at least this many miles. */
        replaceFromMiles: z.number().positive(),
        /** Replace by this many miles at most. */
        replaceByMiles: z.number().positive(),
      })
      .refine((s) => s.replaceByMiles >= s.replaceFromMiles, {
        error: 'must be at least replaceFromMiles',
        path: ['replaceByMiles'],
        ...hintParams('Swap the two numbers: replaceFromMiles is the smaller one.'),
      })
      .describe('Replace running shoes between these distances, in miles.'),
  })
  .describe('Risk factors, prevention practices and treatment basics.');
export type GuidanceFile = z.infer<typeof guidance>;
