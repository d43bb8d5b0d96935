/**
 * A deck plan → what templates/deck/deck.hbs reads: numbered slides with their progress and timer,
 * the clinic and the disclaimer, the fonts and the runtime script. The stylesheet, templates/deck/deck.css,
 * comes in through the template environment.
 */
import type { FontFiles } from '../handouts/assets.ts';
import type { Library } from '../model/library.ts';
import type { DeckPlan, Slide } from './slides.ts';

export type SlideView = Slide & {
  readonly number: number;
  /** The progress bar's width: "25%". */
  readonly progress: string;
  /** The timer's intervals as JSON for data-timer, or null on slides without a timer. */
  readonly timerJson: string | null;
};

export interface DeckView {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly summary: string;
  readonly clinic: string;
  readonly disclaimer: string;
  readonly total: number;
  /** Adds a notes page after each slide (the --notes PDF). */
  readonly printNotes: boolean;
  readonly fonts: FontFiles;
  readonly script: string;
  readonly slides: readonly SlideView[];
}

export interface DeckAssets {
  readonly fonts: FontFiles;
  readonly script: string;
}

export function deckView(
  library: Library,
  plan: DeckPlan,
  assets: DeckAssets,
  options: { readonly printNotes?: boolean } = {},
): DeckView {
  const total = plan.slides.length;
  return {
    id: plan.id,
    lang: library.settings.language,
    title: plan.title,
    summary: plan.summary,
    clinic: library.settings.clinic.name,
    disclaimer: library.settings.disclaimer,
    total,
    printNotes: options.printNotes ?? false,
    ...assets,
    slides: plan.slides.map((slide, i) => ({
      ...slide,
      number: i + 1,
      progress: `${Math.round(((i + 1) / total) * 1000) / 10}%`,
      timerJson: slide.kind === 'exercise' ? JSON.stringify(slide.timer.intervals) : null,
    })),
  };
}
