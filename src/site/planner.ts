/**
 * The mileage planner in the browser: this week's distance and unit in, the most for each of the
 * next weeks out. It starts hidden, so without a script only the table shows.
 */
import { distanceText, weeklyLimits } from '../domain/ten-percent.ts';

function start(form: HTMLFormElement): void {
  const percent = Number(form.dataset['percent'] ?? '10');
  const input = form.querySelector<HTMLInputElement>('input[name="distance"]');
  const weeks = [...form.querySelectorAll<HTMLElement>('[data-week]')];
  const message = form.querySelector<HTMLElement>('[data-planner-message]');
  if (!input) return;
  const update = () => {
    const unit = new FormData(form).get('unit') === 'km' ? 'km' : 'mi';
    const distance = Number(input.value);
    const valid = input.value.trim() !== '' && Number.isFinite(distance) && distance > 0;
    const limits = valid ? weeklyLimits(distance, percent, weeks.length) : [];
    weeks.forEach((cell, i) => {
      const limit = limits[i];
      cell.textContent = limit === undefined ? '–' : `${distanceText(limit)} ${unit}`;
    });
    if (message)
      message.textContent =
        valid && limits.length > 0
          ? `Next week, run no more than ${distanceText(limits[0] ?? 0)} ${unit}. ` +
            `In ${limits.length} weeks, no more than ${distanceText(limits.at(-1) ?? 0)} ${unit}.`
          : 'Type how far you ran this week, for example 20.';
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update();
}

/** Starts every planner on the page. */
export function startPlanners(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-planner]')) start(form);
}
