/**
 * The review sheet: every exercise's figures on one page, with the exercise name, its first step
 * and the alt text, so a person can check at a glance that each picture matches the exercise.
 * This is what templates/figures/contact-sheet.hbs reads; the figures use the cards' own partial.
 */
import { catalogFor } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { exerciseFigures, type FiguresView } from './figures.ts';
import { figureWarnings } from './warnings.ts';

export interface ContactSheetView {
  readonly lang: string;
  readonly exercises: readonly {
    readonly id: string;
    readonly name: string;
    readonly firstStep: string;
    readonly figures: FiguresView;
    /** The alt text of drawn figures, which the sheet shows so it can be read against the picture. */
    readonly alts: readonly string[];
    readonly warnings: readonly string[];
  }[];
}

export interface ContactSheet {
  readonly view: ContactSheetView;
  /** Exercises with drawn figures, with their own pictures, and with neither. */
  readonly counts: { readonly drawn: number; readonly media: number; readonly none: number };
}

export const contactSheetTemplate = 'figures/contact-sheet';

export function contactSheet(library: Library): ContactSheet {
  const counts = { drawn: 0, media: 0, none: 0 };
  const exercises = Object.values(library.exercises).map((exercise) => {
    const figures = exerciseFigures(
      exercise,
      library.root,
      catalogFor(library.settings.language).figures,
    );
    counts[figures.kind] += 1;
    return {
      id: exercise.id,
      name: exercise.name,
      firstStep: exercise.steps[0] ?? '',
      figures,
      alts: figures.kind === 'drawn' ? [figures.start.alt, figures.end.alt] : [],
      warnings: figureWarnings(exercise).map((w) => w.message),
    };
  });
  return { view: { lang: library.settings.language, exercises }, counts };
}
