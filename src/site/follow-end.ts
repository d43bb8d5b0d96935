/**
 * The end of a session in the browser: the pain score shows what the pain rule says to do, and
 * saving adds the session to this browser's log (nothing is sent).
 */
import { pageWords } from './page-words.ts';
import type { FollowPlan } from './follow-plan.ts';
import { addSession } from './log-store.ts';

/** The band of a pain score under the plan's pain rule. */
function bandOf(plan: FollowPlan, pain: number): 'green' | 'amber' | 'red' {
  const rule = plan.painRule;
  return pain <= rule.greenUpTo ? 'green' : pain <= rule.amberUpTo ? 'amber' : 'red';
}

/** The pain rule's advice for a score: green, amber or red, then the next-day check. */
export function painAdvice(plan: FollowPlan, pain: number): string {
  return `${plan.painRule[bandOf(plan, pain)]} ${plan.painRule.nextDay}`;
}

/**
 * Colours the scores by the plan's bands: a program's own limits are known only in the browser
 * (the page was built with the guidance's).
 */
function colourScores(form: HTMLFormElement, plan: FollowPlan): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="pain"]')) {
    const choice = input.closest('label');
    if (!choice) continue;
    for (const band of ['green', 'amber', 'red'])
      choice.classList.remove(`pain-scale__choice--${band}`);
    choice.classList.add(`pain-scale__choice--${bandOf(plan, Number(input.value))}`);
  }
}

export function startFollowEnd(root: HTMLElement, plan: FollowPlan, done: number): void {
  const form = root.querySelector<HTMLFormElement>('[data-follow-end]');
  if (!form) return;
  const catalog = pageWords('log');
  const advice = form.querySelector<HTMLElement>('[data-pain-advice]');
  const saved = form.querySelector<HTMLElement>('[data-follow-saved]');
  colourScores(form, plan);
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
      ...(plan.timesPerWeek <= 7 ? { daysPerWeek: plan.timesPerWeek } : {}),
    });
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      'input, button',
    ))
      control.disabled = true;
    if (saved) saved.textContent = catalog.log.saved;
  });
}
