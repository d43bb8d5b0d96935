/**
 * The review sheet: every exercise's figures on one page, with the exercise name, its first step
 * and the alt text, so a person can check at a glance that each picture matches the exercise.
 * A drawn exercise shows its moving figure (the stills instead, with a switch, for reduced motion)
 * and a strip of 5 frames of the movement from start to end (`strip.ts`). Every word is the
 * catalog's, in the library's language (`npm run figures -- --lang es`).
 * This is what templates/figures/contact-sheet.hbs reads; the figures use the cards' own partial.
 */
import { catalogFor, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { paceOf } from './animate.ts';
import { exerciseFigures, type FiguresView } from './figures.ts';
import { sidedFigure } from './sides.ts';
import { stripOf, type StripFrame } from './strip.ts';
import { figureWarnings } from './warnings.ts';

/** The sheet's own words, in the library's language. */
export interface SheetWords {
  readonly title: string;
  /** "Exercise figures (42 exercises)". */
  readonly heading: string;
  readonly firstStep: string;
  readonly none: string;
}

/** A frame of the strip, with the words under it ("25%"). */
export interface SheetFrame extends StripFrame {
  readonly label: string;
}

export interface ContactSheetView {
  readonly lang: string;
  /** The card's words: under the moving figure, and the switch that plays it. */
  readonly words: Catalog['card'];
  readonly sheet: SheetWords;
  readonly exercises: readonly {
    readonly id: string;
    readonly name: string;
    readonly firstStep: string;
    readonly figures: FiguresView;
    /** The movement from start to end in 5 still frames; none without drawn figures. */
    readonly strip: readonly SheetFrame[];
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

/** The form of a plural for `n` in the catalog's language: "one" or "other" in English and Spanish. */
function plural(
  forms: { readonly one: string; readonly other: string },
  n: number,
  locale: string,
) {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n });
}

export function contactSheet(library: Library): ContactSheet {
  const counts = { drawn: 0, media: 0, none: 0 };
  const catalog = catalogFor(library.settings.language);
  const words = catalog.figures.sheet;
  const exercises = Object.values(library.exercises).map((exercise) => {
    const figures = exerciseFigures(exercise, library.root, catalog.figures);
    counts[figures.kind] += 1;
    const alt = (percent: number) =>
      fill(catalog.figures.stripAlt, { name: exercise.name, percent });
    // The same figure and pace as the moving figure the sheet shows (figures.ts).
    const strip =
      figures.kind === 'drawn' && exercise.figure
        ? stripOf(sidedFigure(exercise.figure), paceOf(exercise.dose), alt).map((frame) => ({
            ...frame,
            label: fill(words.frame, { percent: frame.percent }),
          }))
        : [];
    return {
      id: exercise.id,
      name: exercise.name,
      firstStep: exercise.steps[0] ?? '',
      figures,
      strip,
      alts: figures.kind === 'drawn' ? [figures.start.alt, figures.end.alt] : [],
      warnings: figureWarnings(exercise).map((w) => w.message),
    };
  });
  const sheet = {
    title: words.title,
    heading: plural(words.heading, exercises.length, catalog.dose.locale),
    firstStep: words.firstStep,
    none: words.none,
  };
  return {
    view: { lang: library.settings.language, words: catalog.card, sheet, exercises },
    counts,
  };
}
