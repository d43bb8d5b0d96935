/**
 * A deck plan → what templates/deck/deck.hbs reads: numbered slides with their progress and timer,
 * the clinic and the disclaimer, the fonts and the runtime script. The stylesheet, templates/deck/deck.css,
 * comes in through the template environment.
 */
import type { FontFiles } from '../handouts/assets.ts';
import { catalogFor, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import type { DeckPlan, Slide } from './slides.ts';

export type SlideView = Slide & {
  readonly number: number;
  /** The progress bar's width: "25%". */
  readonly progress: string;
  /** The timer's intervals as JSON for data-timer, or null on slides without a timer. */
  readonly timerJson: string | null;
  /** "Notes for slide 3: Clamshell" */
  readonly notesHead: string;
};

export interface DeckView {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly summary: string;
  readonly clinic: string;
  readonly disclaimer: string;
  readonly total: number;
  /** "Hip pain after running: 12 slides", the stage's label. */
  readonly stageLabel: string;
  /** The interface words. */
  readonly t: Catalog;
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
  const t = catalogFor(library.settings.language);
  return {
    id: plan.id,
    lang: library.settings.language,
    title: plan.title,
    summary: plan.summary,
    clinic: library.settings.clinic.name,
    disclaimer: library.settings.disclaimer,
    total,
    stageLabel: fill(t.deck.stageLabel, { title: plan.title, count: total }),
    t,
    printNotes: options.printNotes ?? false,
    ...assets,
    slides: plan.slides.map((slide, i) => ({
      ...slide,
      number: i + 1,
      progress: `${Math.round(((i + 1) / total) * 1000) / 10}%`,
      timerJson: slide.kind === 'exercise' ? JSON.stringify(slide.timer.intervals) : null,
      notesHead: fill(t.deck.notesFor, { number: i + 1, title: slide.title }),
    })),
  };
}
