/**
 * The stages' own check, which JSON Schema cannot say: without Zod, so the browser's builder runs
 * it on a program too (`domain/program-check.ts`). `schema/routine.ts` and `schema/program.ts` run
 * it in their `superRefine`.
 */
import type { Stage } from './schema/progression.ts';

/** What the check reports: Zod's custom issue, with the hint in `params`. A type, not an interface:
 * Zod's `addIssue` takes it only with the index signature a type alias has. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- see above.
export type StageIssue = {
  readonly code: 'custom';
  readonly path: (string | number)[];
  readonly input: unknown;
  readonly message: string;
  /** The hint, and what is wrong for a message in another language (`domain/program-check.ts`). */
  readonly params: { hint: string; kind: 'first' | 'next' | 'notMain' | 'twice'; week?: number };
};

/**
 * Stages follow on week after week, and change only exercises of the main section, once each.
 * A program's items are its main section, so it runs the same check.
 */
export function stagesFit(
  value: { main: readonly { exercise: string }[]; stages: readonly Stage[] },
  ctx: { addIssue(issue: StageIssue): void },
): void {
  const main = value.main.map((i) => i.exercise);
  let next = 1;
  value.stages.forEach((s, index) => {
    if (s.weeks.from !== next)
      ctx.addIssue({
        code: 'custom',
        path: ['stages', index, 'weeks', 'from'],
        input: s.weeks.from,
        message: `must be week ${next}: ${index === 0 ? 'the first stage starts in week 1' : 'each stage starts the week after the one before ends'}`,
        params: { hint: `Change it to ${next}.`, kind: index === 0 ? 'first' : 'next', week: next },
      });
    next = s.weeks.to + 1;
    const seen = new Set<string>();
    s.doses.forEach((d, j) => {
      const where = ['stages', index, 'doses', j, 'exercise'];
      if (!main.includes(d.exercise))
        ctx.addIssue({
          code: 'custom',
          path: where,
          input: d.exercise,
          message: 'is not a main exercise of this routine',
          params: { hint: `Use one of: ${main.join(', ')}.`, kind: 'notMain' },
        });
      else if (seen.has(d.exercise))
        ctx.addIssue({
          code: 'custom',
          path: where,
          input: d.exercise,
          message: 'is listed twice in this stage',
          params: { hint: 'Keep one dose for it in each stage.', kind: 'twice' },
        });
      seen.add(d.exercise);
    });
  });
}
