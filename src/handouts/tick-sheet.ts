/**
 * The tick-sheet: one row per exercise (the warm-up counts as one), one box per day for two weeks,
 * with a row for pain after exercise and lines for notes: one page to stick on the fridge.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { fill } from '../domain/catalog/fill.ts';
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
  /** "Notes and questions for your next visit", over lines to write on. */
  readonly notes: string;
}

/** Two weeks: the shortest span that shows a habit forming, and fits one page. */
export const tickWeeks = 2;

export function tickSheet(
  routine: Routine,
  cards: readonly ExerciseCardView[],
  /** The pain rule in short, "0 to 3 OK · 4 to 5 do less · 6 to 10 stop", so the row has a meaning. */
  painScale: string,
  words: Catalog['handout']['ticks'],
  doseWords: Catalog['dose'],
): TickSheetView {
  const times = weeklyWords(routine.timesPerWeek, doseWords);
  const warmUp = routine.warmUp.protocol !== undefined || routine.warmUp.items.length > 0;
  const rows = [
    ...(warmUp ? [{ name: words.warmUp, dose: '' }] : []),
    ...cards.map((c) => ({ name: c.name, dose: c.dose.numbers })),
  ];
  return {
    howTo: fill(words.howTo, { times }),
    weeks: Array.from({ length: tickWeeks }, (_, w) => ({
      label: fill(words.week, { n: w + 1 }),
      days: Array.from({ length: 7 }, (_, d) => w * 7 + d + 1),
    })),
    rows,
    painLabel: words.painLabel,
    painScale,
    notes: words.notes,
  };
}
