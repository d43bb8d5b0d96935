/**
 * One exercise on one slide: the shared exercise card without its steps (big figure, dose, a few
 * cue words, the first stop rule), the interval timer from the dose, and notes that hold the steps,
 * the common mistakes, every stop rule and the easier and harder options.
 */
import { catalogFor, type Catalog } from '../domain/catalog/index.ts';
import type { Library, RoutineItem } from '../model/library.ts';
import { lookup, lookupAll } from '../model/lookup.ts';
import { exerciseCard, moveOnWords, type CardParts } from '../render/view.ts';
import { notesOf, type Slide } from './slides.ts';
import { secondsPerMetre, secondsPerRep, timerPlan } from '../domain/timer-plan.ts';

/** What a slide shows of the card; the rest goes in the notes. */
export const slideCard: CardParts = {
  purpose: false,
  mistakes: false,
  allStopRules: false,
  link: false,
  steps: false,
  progress: false,
};

/** Shared while one deck is expanded. */
export interface ExpandContext {
  readonly library: Library;
  /** The interface words in the library's language. */
  readonly catalog: Catalog;
  /** A unique HTML id for the next card of this exercise in the deck. */
  anchor(exerciseId: string): string;
}

/** A fresh context for one deck: the first card of an exercise is "exercise-x", then "exercise-x-2". */
export function expandContext(library: Library): ExpandContext {
  const seen = new Map<string, number>();
  return {
    library,
    catalog: catalogFor(library.settings.language),
    anchor(exerciseId) {
      const count = (seen.get(exerciseId) ?? 0) + 1;
      seen.set(exerciseId, count);
      return count === 1 ? `exercise-${exerciseId}` : `exercise-${exerciseId}-${count}`;
    },
  };
}

function names(library: Library, ids: readonly string[]): string {
  return lookupAll(library, 'exercise', ids)
    .map((exercise) => exercise.name)
    .join(', ');
}

export function exerciseSlide(
  context: ExpandContext,
  exerciseId: string,
  options: { readonly item?: RoutineItem; readonly section: string; readonly notes?: string },
): Slide {
  const { library } = context;
  const exercise = lookup(library, 'exercise', exerciseId);
  const card = exerciseCard(library, exercise, {
    show: slideCard,
    anchor: context.anchor(exerciseId),
    ...(options.item ? { item: options.item } : {}),
  });
  const timer = timerPlan(
    options.item?.dose ?? exercise.dose,
    context.catalog,
    library.settings.units,
  );
  const optionsList = [
    ...(exercise.easier.length > 0 ? [`Easier: ${names(library, exercise.easier)}.`] : []),
    ...(exercise.harder.length > 0 ? [`Harder: ${names(library, exercise.harder)}.`] : []),
  ];
  return {
    kind: 'exercise',
    title: exercise.name,
    section: options.section,
    card,
    timer,
    notes: notesOf(options.notes, [
      {
        heading: 'Dose',
        items: [`${card.dose.words}.`, card.dose.rest, card.note ?? ''].filter(Boolean),
        ordered: false,
      },
      { heading: 'Steps', items: exercise.steps, ordered: true },
      { heading: 'Common mistakes', items: exercise.mistakes, ordered: false },
      { heading: 'When to stop', items: exercise.stopRules, ordered: false },
      {
        heading: 'How hard, and when to move on',
        items: [card.effort ?? '', card.moveOn ? moveOnWords(card.moveOn) : ''].filter(Boolean),
        ordered: false,
      },
      { heading: 'Options', items: optionsList, ordered: false },
      {
        heading: 'Timer (press T)',
        items: [
          `${timer.summary}.`,
          `Reps get about ${secondsPerRep} seconds each; a distance gets ${secondsPerMetre} seconds a metre.`,
        ],
        ordered: false,
      },
    ]),
  };
}
