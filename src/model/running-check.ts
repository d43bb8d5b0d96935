/**
 * A routine for a condition that says to pause or stop running must say so to the patient: either
 * the condition's own running advice prints with the routine (the usual), or the routine's advice
 * says it. Without this check a handout for a labral tear could send a runner out for a run.
 */
import type { Problem } from '../core/problems.ts';
import { problemAt, type Entries } from './entries.ts';
import { plainly, saysToStopRunning } from './schema/condition-advice.ts';

export function checkRunningAdvice(entries: Entries): Problem[] {
  const conditions = new Map(entries.valid('condition').map((c) => [c.id, c.data]));
  const problems: Problem[] = [];
  for (const entry of entries.valid('routine')) {
    const routine = entry.data;
    routine.conditions.forEach((id, index) => {
      const running = conditions.get(id)?.running;
      if (!running || (running.action !== 'pause' && running.action !== 'stop')) return;
      const printed = [
        ...routine.advice,
        ...(routine.printConditionAdvice ? [running.advice] : []),
      ];
      if (printed.some(saysToStopRunning)) return;
      const advice = `Add a line to advice such as "${plainly[running.action]}"`;
      problems.push(
        ...problemAt(
          entry,
          ['conditions', index],
          `this routine is for ${id}, whose advice says to ${running.action} running, but nothing it prints says so`,
          routine.printConditionAdvice
            ? `${advice}, or make the running advice in ${id}.yaml say it.`
            : `${advice}, or delete "printConditionAdvice: false" so the condition's own advice prints.`,
        ),
      );
    });
  }
  return problems;
}
