import { z } from 'zod';
import { lineText } from './vocabulary.ts';

/**
 * What a condition asks of a runner's day: whether to keep running, and how to load the hip in
 * everyday life. Routines for the condition print both, so a patient gets them on paper.
 */

export const runningActions = ['keep-running', 'run-less', 'pause', 'stop'] as const;
export type RunningAction = (typeof runningActions)[number];

/**
 * True when a text plainly tells the reader not to run: "Stop running…", "Pause your runs…",
 * "Do not run…", "Take a break from running…", "No running…". A few filler words may sit in
 * between ("stop all running"); anything looser would also match "it does not hurt to run".
 */
export function saysToStopRunning(words: string): boolean {
  return /\b(?:stop|pause|avoid|don't|do not|break from|rest from)(?:\s+(?:all|any|your|from|the))?\s+(?:run|runs|running|jog|jogging)\b|\bno (?:running|runs|jogging)\b/i.test(
    words.replace(/\u2019/g, "'"),
  );
}

/** A sentence that says it, for hints. */
export const plainly = {
  pause: 'Pause running until you can walk fast without pain.',
  stop: 'Stop running until a clinician has checked your hip.',
} as const;

const actionWords: Record<RunningAction, string> = {
  'keep-running': 'keep-running (you may run while pain stays in the green band)',
  'run-less': 'run-less (shorter, slower, flatter runs for now)',
  pause: 'pause (no running until it settles)',
  stop: 'stop (no running until a clinician has checked it)',
};

export const running = z
  .strictObject({
    action: z
      .enum(runningActions)
      .describe('What to do about running: ' + Object.values(actionWords).join('; ') + '.'),
    advice: lineText.describe(
      'What to do about running, in the you-voice. For pause or stop, say it plainly: "Stop running until…".',
    ),
    seeClinician: lineText.describe('When to see a clinician about running, in the you-voice.'),
  })
  .superRefine((value, ctx) => {
    if (value.action !== 'pause' && value.action !== 'stop') return;
    if (saysToStopRunning(value.advice)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['advice'],
      input: value.advice,
      message: `does not say to ${value.action} running, but action is ${value.action}`,
      params: { hint: `Say it in plain words, e.g. "${plainly[value.action]}"` },
    });
  })
  .describe('Running advice: what to do about running, and when to see a clinician.');
export type Running = z.infer<typeof running>;

export const everyday = z
  .strictObject({
    sleeping: lineText.optional().describe('How to lie in bed, e.g. which side, a pillow between the knees.'),
    sitting: lineText.optional().describe('How to sit, e.g. not crossing your legs, seat height.'),
    standing: lineText.optional().describe('How to stand, e.g. weight on both feet, not hanging on one hip.'),
    stairs: lineText.optional().describe('How to take stairs and slopes.'),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    error: 'needs at least one of sleeping, sitting, standing or stairs',
  })
  .describe('Everyday load advice for the patient: sleeping, sitting, standing and stairs.');
export type Everyday = z.infer<typeof everyday>;
