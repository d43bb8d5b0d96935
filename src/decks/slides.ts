/**
 * Concrete slides: what a deck file's slide kinds expand into. Each slide carries everything its
 * part of templates/deck/deck.hbs reads (present even when empty, for strict mode) and its notes.
 */
import type { ExerciseCardView } from '../render/view.ts';
import type { Circuit } from '../model/schema/deck.ts';
import type { TimerPlan } from '../domain/timer-plan.ts';
import { fill, type Catalog } from '../domain/catalog/index.ts';
import type { RichText } from './rich-text.ts';

/** One block of generated notes, e.g. the steps of an exercise. */
export interface NotesSection {
  readonly heading: string;
  readonly items: readonly string[];
  /** Numbered (steps) or bulleted. */
  readonly ordered: boolean;
}

/** Speaker notes: what the deck file says, then what the content says. */
export interface Notes {
  /** The deck file's `notes` for this slide, or null. */
  readonly text: string | null;
  readonly sections: readonly NotesSection[];
}

interface Common {
  /** The slide's heading; also its PDF bookmark and its name in the overview and presenter view. */
  readonly title: string;
  readonly notes: Notes;
  /**
   * The size of the slide's text in percent, when the build's fit step had to make it smaller than
   * designed to fit long text (a translation runs longer): 90 or 80. Absent: as designed.
   */
  readonly textSize?: TextSize;
}

/** The smaller text sizes a slide may take to fit, largest first (fit.ts). */
export const textSizes = [90, 80] as const;
export type TextSize = (typeof textSizes)[number];

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface PhaseView {
  readonly name: string;
  /** "5 to 10 minutes" */
  readonly minutes: string;
  readonly instructions: string;
  /** Activities and drill names. */
  readonly things: readonly string[];
}

export interface TopicView {
  readonly title: string;
  readonly text: string;
}

/** A picture of the deck file's own, inside the deck. */
export interface PictureView {
  /** A data: URI, so the picture travels inside the HTML and the PDF. */
  readonly src: string;
  readonly alt: string;
  /** "Picture: Jane Doe, CC BY 4.0", printed under it. */
  readonly credit: string;
  /** The file, for the PowerPoint export. */
  readonly file: string;
}

export type Slide = Common &
  (
    | { readonly kind: 'title'; readonly subtitle: string | null; readonly facts: readonly Fact[] }
    | { readonly kind: 'warmup'; readonly summary: string; readonly phases: readonly PhaseView[] }
    | {
        readonly kind: 'exercise';
        /** "Main exercise 2 of 3" */
        readonly section: string;
        readonly card: ExerciseCardView;
        readonly timer: TimerPlan;
        /** "Press T for the timer: 36 s work, 2 sets." */
        readonly timerHint: string;
        /**
         * Its start and end pictures are wide (lying, a plank): where they show (reduced motion,
         * print), they go across the slide above the words (deck.css `.slide--wide`).
         */
        readonly wide: boolean;
        /**
         * The moving figure's width over its height (0 without one). On a wide slide the moving
         * figure's column is as wide as the figure drawn at the card's full height (deck.css).
         */
        readonly motionAspect: number;
        /**
         * The dose in numbers (the card's `dose.numbers`) in the parts the badge keeps whole when
         * it takes two lines: "2 × 10" and "each side", or the one part without a side.
         */
        readonly doseParts: readonly string[];
      }
    | {
        readonly kind: 'summary';
        readonly items: readonly { readonly name: string; readonly dose: string }[];
        /** A long list goes in two columns, so it fits with the facts below it. */
        readonly twoColumns: boolean;
        readonly facts: readonly Fact[];
        /** The routine's advice for the patient, as on the handout. */
        readonly advice: readonly string[];
      }
    | {
        readonly kind: 'stop';
        readonly rules: readonly string[];
      }
    | {
        /** "Stop and call your clinician if…": the routine's signs, the same list as its handout. */
        readonly kind: 'call';
        readonly signs: readonly string[];
        /** The urgent-care line, on the last of these slides. */
        readonly urgent: string | null;
      }
    | {
        readonly kind: 'conditions';
        readonly conditions: readonly { readonly name: string; readonly where: string }[];
      }
    | {
        readonly kind: 'condition';
        readonly name: string;
        readonly where: string;
        readonly symptoms: readonly string[];
        readonly redFlags: readonly string[];
        readonly stopRunning: boolean;
      }
    | { readonly kind: 'topics'; readonly topics: readonly TopicView[] }
    | {
        readonly kind: 'ten-percent';
        readonly rule: string;
        readonly weeks: readonly Fact[];
      }
    | { readonly kind: 'text'; readonly bullets: readonly string[] }
    | { readonly kind: 'section'; readonly subtitle: string | null }
    | { readonly kind: 'picture'; readonly picture: PictureView; readonly caption: RichText }
    | {
        readonly kind: 'columns';
        readonly text: RichText;
        readonly picture: PictureView;
        readonly pictureFirst: boolean;
      }
    | {
        /** A key message or a quote; `title` is read out but not shown when the file gives none. */
        readonly kind: 'quote';
        readonly text: RichText;
        readonly by: string | null;
        readonly showTitle: boolean;
      }
  );

export type SlideKind = Slide['kind'];

/** How the deck runs as a class (src/decks/runtime/class-mode.ts). */
export interface ClassSetup {
  /** Seconds to get ready before an exercise's timer, or before a circuit. */
  readonly getReady: number;
  readonly circuit: Circuit | null;
  /** How long the talk or class should take, for the presenter view. */
  readonly minutes: number | null;
}

/** A deck ready to render: a deck file, or the deck made for a routine. */
export interface DeckPlan {
  /** The file name without .html: the deck file's id, or the routine's id. */
  readonly id: string;
  readonly title: string;
  readonly audience: string;
  readonly summary: string;
  readonly slides: readonly Slide[];
  readonly class: ClassSetup;
}

/** Notes from the deck file's text and any generated sections. */
export function notesOf(text: string | undefined, sections: readonly NotesSection[] = []): Notes {
  return { text: text ?? null, sections: sections.filter((s) => s.items.length > 0) };
}

/** Splits a list into slides of at most `size` items: 7 → 4 + 3 rather than 6 + 1. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const per = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * per, (i + 1) * per));
}

/** "Title" or "Title (2 of 3)" when a list runs over several slides. */
export function partTitle(
  title: string,
  index: number,
  count: number,
  words: Catalog['deck'],
): string {
  return count > 1 ? fill(words.part, { title, n: index + 1, count }) : title;
}
