/**
 * A deck plan → what templates/deck/deck.hbs reads: numbered slides with their progress, timer and
 * circuit work, class mode's settings, the clinic and the disclaimer, the fonts and the
 * runtime script. The stylesheet, templates/deck/deck.css, comes in through the template environment.
 */
import type { TimerPlan } from '../domain/timer-plan.ts';
import { imageDataUri, type FontFiles } from '../handouts/assets.ts';
import { catalogFor, fill, type Catalog } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { circuitWork } from './circuit.ts';
import { deckTheme, themeStyle } from './theme.ts';
import type { ClassData } from './runtime/class-mode.ts';
import type { DeckPlan, Slide } from './slides.ts';

/** An exercise done on each side has a right side in its plan. */
const perSide = (timer: TimerPlan) => timer.intervals.some((interval) => interval.side === 'right');

export type SlideView = Slide & {
  readonly number: number;
  /** The progress bar's width: "25%". */
  readonly progress: string;
  /** The timer's intervals as JSON for data-timer, or null on slides without a timer. */
  readonly timerJson: string | null;
  /** In a circuit, this exercise's work as JSON for data-circuit, else null. */
  readonly circuitJson: string | null;
  /** "Notes for slide 3: Clamshell" */
  readonly notesHead: string;
};

export interface DeckView {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly summary: string;
  readonly clinic: string;
  /** The clinic's logo as a data: URI (on the title slide), or null. */
  readonly logo: string | null;
  readonly logoAlt: string;
  readonly disclaimer: string;
  /** The theme's colours as custom properties for `<html style>`, and its font's class. */
  readonly themeStyle: string;
  readonly fontClass: string;
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
  /** Class mode's settings as JSON for data-class (runtime/class-mode.ts `ClassData`). */
  readonly classJson: string;
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
  const { circuit } = plan.class;
  const { clinic } = library.settings;
  const theme = deckTheme(library.settings);
  return {
    id: plan.id,
    lang: library.settings.language,
    title: plan.title,
    summary: plan.summary,
    clinic: clinic.name,
    logo: clinic.logo ? imageDataUri(library.root, clinic.logo, 'settings.yaml clinic.logo') : null,
    logoAlt: fill(t.handout.logoAlt, { clinic: clinic.name }),
    disclaimer: library.settings.disclaimer,
    themeStyle: themeStyle(theme),
    fontClass: `font--${theme.font}`,
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
      circuitJson:
        slide.kind === 'exercise' && circuit
          ? JSON.stringify(circuitWork(circuit, perSide(slide.timer), t))
          : null,
      notesHead: fill(t.deck.notesFor, { number: i + 1, title: slide.title }),
    })),
    classJson: JSON.stringify(plan.class satisfies ClassData),
  };
}
