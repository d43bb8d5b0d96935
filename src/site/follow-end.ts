/**
 * The end of a session in the browser: the pain score shows what the pain rule says to do, and
 * saving adds the session to this browser's log (nothing is sent).
 */
import { pageWords } from './page-words.ts';
import type { FollowPlan } from './follow-plan.ts';
import { addSession } from './log-store.ts';

/** The pain rule's advice for a score: green, amber or red, then the next-day check. */
export function painAdvice(plan: FollowPlan, pain: number): string {
  const rule = plan.painRule;
  const band = pain <= rule.greenUpTo ? rule.green : pain <= rule.amberUpTo ? rule.amber : rule.red;
  return `${band} ${rule.nextDay}`;
}

export function startFollowEnd(root: HTMLElement, plan: FollowPlan, done: number): void {
  const form = root.querySelector<HTMLFormElement>('[data-follow-end]');
  if (!form) return;
  const catalog = pageWords('log');
  const advice = form.querySelector<HTMLElement>('[data-pain-advice]');
  const saved = form.querySelector<HTMLElement>('[data-follow-saved]');
  form.hidden = false;
  form.querySelector<HTMLElement>('[data-follow-finished]')?.focus();
  form.addEventListener('change', () => {
    const pain = new FormData(form).get('pain');
    if (advice && pain !== null) advice.textContent = painAdvice(plan, Number(pain));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    addSession(localStorage, {
      routine: plan.routine,
      title: plan.title,
      at: new Date().toISOString(),
      pain: Number(data.get('pain')),
      effort: Number(data.get('effort')),
      done,
      steps: plan.steps.length,
    });
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      'input, button',
    ))
      control.disabled = true;
    if (saved) saved.textContent = catalog.log.saved;
  });
}
