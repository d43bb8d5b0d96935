/**
 * One exercise on one slide: the shared exercise card without its steps (big figure, dose, a few
 * cue words, the first stop rule), the interval timer from the dose, and notes that hold the steps,
 * the common mistakes, every stop rule and the easier and harder options.
 */
import { catalogFor, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Library, RoutineItem } from '../model/library.ts';
import { lookup, lookupAll } from '../model/lookup.ts';
import { closeUpFigures, type FiguresView } from '../figures/figures.ts';
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
  // The moving figure plays on the screen; the deck's print styles keep the stills for the PDF.
  motion: true,
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

/**
 * Pictures at least this many times as wide as tall go across the slide, above the words: there
 * two side by side are 570 px wide each, in a box about 260 px tall, against 354 px each beside
 * the words, so from about 1.45 on they are drawn larger. The moving figure, one picture, stays
 * beside the words: across the slide its box would be under 300 px tall, and a figure 1.6 to 2.5
 * times as wide as tall would be drawn smaller. Its column is as wide as the figure drawn at the
 * card's full height instead (`motionAspect`, up to 816 px, against 720 for every slide before):
 * a glute bridge's body went from 53% of the slide's width to 60%, a plank's from 54% to 61%.
 */
const wideAspect = 1.45;

/** A drawn picture's width over its height, from its SVG's size; 0 without one. */
function aspectOf(svg: string): number {
  const [, width = '0', height = '0'] = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  return Number(height) > 0 ? Number(width) / Number(height) : 0;
}

/** True when the slide's drawn start picture (framed close) is wide: its width over its height. */
function wideFigures(figures: FiguresView): boolean {
  return figures.kind === 'drawn' && aspectOf(figures.start.svg) >= wideAspect;
}

/** "2 × 10 each side" → ["2 × 10", "each side"]: the amount and the side (catalog `numbersEachSide`). */
export function doseParts(numbers: string, eachSide: string): string[] {
  const side = eachSide.trim();
  return side && numbers.endsWith(eachSide)
    ? [numbers.slice(0, -eachSide.length), side]
    : [numbers];
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
  const { library, catalog } = context;
  const words = catalog.deck;
  const exercise = lookup(library, 'exercise', exerciseId);
  const shared = exerciseCard(library, exercise, {
    show: slideCard,
    anchor: context.anchor(exerciseId),
    ...(options.item ? { item: options.item } : {}),
  });
  // Each picture has a box of its own on the slide: framed close, it fills that box.
  const card = { ...shared, figures: closeUpFigures(shared.figures) };
  const timer = timerPlan(
    options.item?.dose ?? exercise.dose,
    context.catalog,
    library.settings.units,
  );
  const optionsList = [
    ...(exercise.easier.length > 0
      ? [fill(words.notes.easier, { names: names(library, exercise.easier) })]
      : []),
    ...(exercise.harder.length > 0
      ? [fill(words.notes.harder, { names: names(library, exercise.harder) })]
      : []),
  ];
  // The moving figure is drawn only when a slide shows it (about 30 ms of CPU each): a plan of
  // every deck, as `npm run deck` makes to find the one asked for, must not draw them all.
  let motionAspect: number | undefined;
  return {
    kind: 'exercise',
    title: exercise.name,
    section: options.section,
    card,
    timer,
    timerHint: fill(words.timerHint, { summary: timer.summary }),
    wide: wideFigures(card.figures),
    get motionAspect() {
      motionAspect ??=
        card.figures.kind === 'drawn'
          ? Math.round(aspectOf(card.figures.motion.svg) * 1000) / 1000
          : 0;
      return motionAspect;
    },
    doseParts: doseParts(card.dose.numbers, catalog.dose.numbersEachSide),
    notes: notesOf(options.notes, [
      {
        heading: words.notes.dose,
        items: [`${card.dose.words}.`, card.dose.rest, card.note ?? ''].filter(Boolean),
        ordered: false,
      },
      // The card's steps: for one side only, they do not say to switch sides.
      { heading: words.notes.steps, items: card.steps, ordered: true },
      { heading: words.notes.mistakes, items: exercise.mistakes, ordered: false },
      { heading: words.notes.whenToStop, items: exercise.stopRules, ordered: false },
      {
        heading: words.notes.progress,
        items: [card.effort ?? '', card.moveOn ? moveOnWords(card.moveOn, card.words) : ''].filter(
          Boolean,
        ),
        ordered: false,
      },
      { heading: words.notes.options, items: optionsList, ordered: false },
      {
        heading: words.notes.timer,
        items: [
          `${timer.summary}.`,
          fill(words.notes.timerRule, { secondsPerRep, secondsPerMetre }),
        ],
        ordered: false,
      },
    ]),
  };
}
