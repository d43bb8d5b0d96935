/**
 * Library → the plain objects templates read. Every field a template uses is present (null when
 * empty), because templates run in strict mode. Wording that depends on data is made here, once.
 * It reads no file, so the browser shares it (the builder prints a handout): the figures come from
 * the caller (`render/view.ts` draws them in Node).
 */
import type { Catalog } from '../domain/catalog/index.ts';
import type { FiguresView } from '../figures/figures.ts';
import type { Exercise, Library, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import type { Dose } from '../model/schema/dose.ts';
import {
  amountWords,
  doseNumbers,
  doseWords,
  frequencyWords,
  restWords,
} from '../domain/dose-words.ts';
import { effortForSide, moveOnForSide, stepsForSide } from '../domain/side-steps.ts';

export interface DoseView {
  /** "2 sets of 10 on each side, once a day, 3 days a week" */
  readonly words: string;
  /** The amount without how often: "2 sets of 10 on each side", for warm-ups done before each run. */
  readonly amount: string;
  /** "2 × 10 each side" */
  readonly numbers: string;
  /** "Rest 30 seconds between sets." or "" */
  readonly rest: string;
  /** "once a day, 3 days a week" */
  readonly frequency: string;
}

export interface ExerciseCardView {
  readonly id: string;
  /** The card's HTML id: "exercise-clamshell", or another where one page shows an exercise twice. */
  readonly anchor: string;
  readonly name: string;
  readonly alias: string;
  readonly purpose: string;
  readonly steps: readonly string[];
  readonly cues: readonly string[];
  readonly mistakes: readonly string[];
  readonly stopRules: readonly string[];
  /** How hard it should feel: "The last 2 reps feel hard.", or null when the exercise does not say. */
  readonly effort: string | null;
  /** When to move on, and the harder exercise's name ("Side-lying leg raise") when it names one. */
  readonly moveOn: { readonly when: string; readonly harder: string | null } | null;
  readonly dose: DoseView;
  readonly note: string | null;
  readonly minutes: number;
  readonly equipment: readonly string[];
  readonly areas: readonly string[];
  /** Where the exercise page lives, relative to the site root: "exercises/clamshell/". */
  readonly href: string;
  /** Which parts to show; each medium picks its own. */
  readonly show: Required<CardParts>;
  /** Start and end figures drawn from pose data, or the clinic's own pictures with credits. */
  readonly figures: FiguresView;
  /** The card's headings. */
  readonly words: Catalog['card'];
}

export interface CardParts {
  readonly purpose: boolean;
  readonly mistakes: boolean;
  /** Show only the first stop rule (handouts), or all of them. */
  readonly allStopRules: boolean;
  readonly link: boolean;
  /** Show the numbered steps (the default). Slides leave them out: they go in the speaker notes. */
  readonly steps?: boolean;
  /** Say how often (the default). Warm-up drills leave it out: they are done before each run. */
  readonly frequency?: boolean;
  /** How hard it should feel and when to move on (the default). Slides put them in the notes. */
  readonly progress?: boolean;
  /** The moving figure beside the stills, for screens (site, follow-along, slides); off for print. */
  readonly motion?: boolean;
}

export const fullCard: CardParts = {
  purpose: true,
  mistakes: true,
  allStopRules: true,
  link: false,
};

/** The rule for moving on, with the harder exercise: "Move on when … Then try: Side-lying leg raise." */
export function moveOnWords(
  moveOn: NonNullable<ExerciseCardView['moveOn']>,
  words: Catalog['card'],
): string {
  return moveOn.harder === null ? moveOn.when : `${moveOn.when} ${words.next}: ${moveOn.harder}.`;
}

export function doseView(dose: Dose, library: Library, words: Catalog['dose']): DoseView {
  const units = library.settings.units;
  return {
    words: doseWords(dose, units, words),
    amount: amountWords(dose, units, words),
    numbers: doseNumbers(dose, units, words),
    rest: restWords(dose, words),
    frequency: frequencyWords(dose.frequency, words),
  };
}

/** An exercise's card with the figures given: drawn in Node, or carried to the browser as data. */
export function cardView(
  library: Library,
  /** The words in the library's language (a browser page hands over its own). */
  words: Pick<Catalog, 'areas' | 'card' | 'dose' | 'equipment'>,
  exercise: Exercise,
  figures: FiguresView,
  options: { item?: RoutineItem; show?: CardParts; anchor?: string } = {},
): ExerciseCardView {
  const dose = options.item?.dose ?? exercise.dose;
  const show = {
    steps: true,
    frequency: true,
    progress: true,
    motion: false,
    ...(options.show ?? fullCard),
  };
  const harder = exercise.moveOn?.harder;
  return {
    id: exercise.id,
    anchor: options.anchor ?? `exercise-${exercise.id}`,
    name: exercise.name,
    alias: exercise.alias,
    purpose: exercise.purpose,
    steps: stepsForSide(exercise, options.item?.side, words),
    cues: exercise.cues,
    mistakes: exercise.mistakes,
    stopRules: show.allStopRules ? exercise.stopRules : exercise.stopRules.slice(0, 1),
    effort: effortForSide(exercise, options.item?.side) ?? null,
    moveOn: exercise.moveOn
      ? {
          when: moveOnForSide(exercise.moveOn, options.item?.side),
          harder: harder === undefined ? null : lookup(library, 'exercise', harder).name,
        }
      : null,
    dose: doseView(dose, library, words.dose),
    note: options.item?.note ?? null,
    minutes: options.item?.minutes ?? exercise.minutes,
    equipment: exercise.equipment.map((e) => words.equipment[e]),
    areas: exercise.areas.map((a) => words.areas[a]),
    href: `exercises/${exercise.id}/`,
    show,
    figures,
    words: words.card,
  };
}
