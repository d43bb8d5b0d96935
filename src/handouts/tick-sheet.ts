/**
 * The tick-sheet: one row per exercise (the warm-up counts as one), one box per day for two weeks,
 * with a row for pain after exercise and lines for notes: one page to stick on the fridge.
 */
import type { Routine } from '../model/library.ts';
import { weeklyWords } from '../domain/dose-words.ts';
import type { ExerciseCardView } from '../render/view.ts';

export interface TickRow {
  readonly name: string;
  /** "2 × 12 each side" */
  readonly dose: string;
}

export interface TickSheetView {
  /** One line on how to use it. */
  readonly howTo: string;
  readonly weeks: readonly { readonly label: string; readonly days: readonly number[] }[];
  readonly rows: readonly TickRow[];
  /** The last row: how much it hurt, so the clinician sees the trend. */
  readonly painLabel: string;
  readonly painScale: string;
  /** Lines for notes under the table, left out where they would push it onto a second page. */
  readonly notes: boolean;
}

/** Two weeks: the shortest span that shows a habit forming, and fits one page. */
export const tickWeeks = 2;

/** At large print, a table with more rows than this fills the page without the notes. */
const largeRowsWithNotes = 6;

export function tickSheet(
  routine: Routine,
  cards: readonly ExerciseCardView[],
  large: boolean,
): TickSheetView {
  const times = weeklyWords(routine.timesPerWeek);
  const warmUp = routine.warmUp.protocol !== undefined || routine.warmUp.items.length > 0;
  const rows = [
    ...(warmUp ? [{ name: 'Warm-up', dose: '' }] : []),
    ...cards.map((c) => ({ name: c.name, dose: c.dose.numbers })),
  ];
  return {
    howTo: `Each day you exercise, tick a box for each exercise you finish. Aim for ${times}, and bring this sheet to your next visit.`,
    weeks: Array.from({ length: tickWeeks }, (_, w) => ({
      label: `Week ${w + 1}`,
      days: Array.from({ length: 7 }, (_, d) => w * 7 + d + 1),
    })),
    rows,
    painLabel: 'Pain after, 0 to 10',
    painScale: '0 = none, 10 = worst',
    notes: !large || rows.length <= largeRowsWithNotes,
  };
}
