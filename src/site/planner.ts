/**
 * The mileage planner in the browser: this week's distance and unit in, the most for each of the
 * next weeks out. It starts hidden, so without a script only the table shows. `plan` is the pure
 * part (no DOM), so the tests check the words without a browser.
 */
import { fill } from '../domain/catalog/fill.ts';
import type { Catalog } from '../domain/catalog/index.ts';
import { distanceText, weeklyLimits, type Unit } from '../domain/ten-percent.ts';

/** More than this in one week is not a runner's week (about 43 km or 29 miles a day, every day). */
export const mostInAWeek: Readonly<Record<Unit, number>> = { km: 300, mi: 200 };

export interface Plan {
  /** One line a week: "27.5 mi", or "–" when there is nothing to show. */
  readonly weeks: readonly string[];
  readonly message: string;
}

/** What the planner shows for what was typed. */
export function plan(
  typed: string,
  unit: Unit,
  percent: number,
  weeks: number,
  words: Catalog['site']['planner'],
): Plan {
  const none = Array.from({ length: weeks }, () => '–');
  const distance = Number(typed);
  if (typed.trim() === '' || !Number.isFinite(distance) || distance <= 0)
    return { weeks: none, message: words.prompt };
  if (distance > mostInAWeek[unit])
    return {
      weeks: none,
      message: fill(words.tooMuch, {
        distance: `${distanceText(distance)} ${unit}`,
        most: `${mostInAWeek[unit]} ${unit}`,
      }),
    };
  const limits = weeklyLimits(distance, percent, weeks).map((l) => `${distanceText(l)} ${unit}`);
  return {
    weeks: limits,
    message: fill(words.message, {
      next: limits[0] ?? '',
      count: weeks,
      last: limits.at(-1) ?? '',
    }),
  };
}

function start(form: HTMLFormElement): void {
  const percent = Number(form.dataset['percent'] ?? '10');
  // The page hands over its own words, so the script carries no catalog (one language, not all).
  const words = JSON.parse(form.dataset['words'] ?? '{}') as Catalog['site']['planner'];
  const input = form.querySelector<HTMLInputElement>('input[name="distance"]');
  const cells = [...form.querySelectorAll<HTMLElement>('[data-week]')];
  const message = form.querySelector<HTMLElement>('[data-planner-message]');
  if (!input) return;
  const update = () => {
    const unit = new FormData(form).get('unit') === 'km' ? 'km' : 'mi';
    const shown = plan(input.value, unit, percent, cells.length, words);
    cells.forEach((cell, i) => (cell.textContent = shown.weeks[i] ?? '–'));
    if (message) message.textContent = shown.message;
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
