/**
 * The deck's colours and font: the clinic's theme from settings.yaml, or the navy look by default.
 * The HTML deck reads them as CSS custom properties; the PowerPoint export as hex colours.
 */
export interface DeckTheme {
  /** Backgrounds of title and section slides, headings' kickers, the dose badge. */
  readonly primary: string;
  /** Highlights on the primary colour. */
  readonly accent: string;
  /** Stop rules and warnings. */
  readonly stop: string;
  /** The font PowerPoint asks for (one every computer has, unless the theme names another). */
  readonly pptxFont: string;
}

export const defaultTheme: DeckTheme = {
  primary: '#0b3d91',
  accent: '#ffd23f',
  stop: '#a4001d',
  pptxFont: 'Arial',
};
