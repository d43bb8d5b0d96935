/**
 * The 10% rule as numbers: from this week's distance, the most for each of the next weeks. Each
 * week may grow by the percent over the week before; figures are rounded down to one decimal,
 * so the advice never rounds up past the rule. Shared by the page (the table) and the planner.
 */

/** The most for each of the next `weeks` weeks. */
export function weeklyLimits(distance: number, percent: number, weeks = 6): number[] {
  const limits: number[] = [];
  let most = distance;
  for (let week = 0; week < weeks; week++) {
    most *= 1 + percent / 100;
    limits.push(Math.floor(most * 10 + 1e-9) / 10);
  }
  return limits;
}

/** 27.5 → "27.5", 30 → "30". */
export function distanceText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Distances shown in the table, for people without JavaScript and on paper. */
export function commonDistances(unit: 'km' | 'mi'): number[] {
  return unit === 'km' ? [10, 15, 20, 30, 40, 50, 60] : [5, 10, 15, 20, 25, 30, 40];
}
