/**
 * The clinic's theme (settings.yaml `theme`) as the colours each output uses, and the pairs of
 * colours that carry text, so `theme.ts` can refuse a pair under WCAG AA (4.5:1) before anything is
 * built. Decks take every colour; the website takes the primary colour (links, header, tints), the
 * accent (highlights in the header) and the text colour, on its own light page. Handouts stay
 * black on white.
 */
import { contrast, mix, normalColour } from './colour.ts';

/** The fonts a theme may choose: all of them show with no network. */
export const themeFonts = ['hyperlegible', 'sans', 'serif'] as const;
export type ThemeFont = (typeof themeFonts)[number];

export interface ThemeSettings {
  readonly primary?: string | undefined;
  readonly accent?: string | undefined;
  readonly text?: string | undefined;
  readonly background?: string | undefined;
  readonly font?: ThemeFont | undefined;
}
export type ThemeColour = 'primary' | 'accent' | 'text' | 'background';

/** A deck's colours (`templates/deck/deck.css` reads them as custom properties). */
export interface DeckPalette {
  /** Title and section slides, kickers, links, the dose badge, the progress bar. */
  readonly primary: string;
  /** Highlights on the primary colour. */
  readonly accent: string;
  readonly text: string;
  /** Smaller print: the lead line, the footer, picture credits. */
  readonly muted: string;
  readonly background: string;
  /** Text on the primary colour: the background colour. */
  readonly onPrimary: string;
  /** Tinted boxes (warm-up phases, causes): a little primary in the background. */
  readonly soft: string;
  /** Stop rules and warnings: a fixed dark red. */
  readonly stop: string;
}

export const defaultDeckPalette: DeckPalette = {
  primary: '#0b3d91',
  accent: '#ffd23f',
  text: '#111111',
  muted: '#333333',
  background: '#ffffff',
  onPrimary: '#ffffff',
  soft: mix('#0b3d91', '#ffffff', 0.07),
  stop: '#a4001d',
};

export function deckPalette(theme: ThemeSettings = {}): DeckPalette {
  const d = defaultDeckPalette;
  const primary = normalColour(theme.primary ?? d.primary);
  const background = normalColour(theme.background ?? d.background);
  return {
    primary,
    accent: normalColour(theme.accent ?? d.accent),
    text: normalColour(theme.text ?? d.text),
    muted: normalColour(theme.text ?? d.muted),
    background,
    onPrimary: background,
    soft: mix(primary, background, 0.07),
    stop: d.stop,
  };
}

/**
 * The website's colours a theme changes (src/site/styles/site.css `:root`; the page background
 * `paper` stays). `siteDefaults` are that file's values, and a test keeps them in step.
 */
export interface SitePalette {
  readonly accent: string;
  readonly accentDark: string;
  readonly accentSoft: string;
  readonly ink: string;
  /** The header's highlights (focus ring, the mark by the clinic's name). */
  readonly highlight: string;
}
export const siteDefaults = { paper: '#f6f4ef', ink: '#1b1f23' } as const;

export function sitePalette(theme: ThemeSettings): SitePalette | null {
  if (!theme.primary && !theme.accent && !theme.text) return null;
  const accent = normalColour(theme.primary ?? '#0d5c63');
  return {
    accent,
    accentDark: mix(accent, '#000000', 0.68),
    accentSoft: mix(accent, '#ffffff', 0.1),
    ink: normalColour(theme.text ?? siteDefaults.ink),
    highlight: normalColour(theme.accent ?? '#ffd166'),
  };
}

/**
 * Two colours that carry text, where they show, and the settings each comes from (the first
 * written one is named when they are too close: a colour the theme leaves out has no line).
 */
export interface ColourPair {
  readonly colour: string;
  readonly from: readonly ThemeColour[];
  readonly against: string;
  readonly againstFrom: readonly ThemeColour[];
  readonly where: string;
  readonly ratio: number;
}

/** WCAG 2.2 AA for text of normal size. */
export const textContrast = 4.5;

/** Every pair of a theme's colours that carries text, deck first, then website. */
export function colourPairs(theme: ThemeSettings): ColourPair[] {
  const deck = deckPalette(theme);
  const site = sitePalette(theme);
  const pair = (
    [colour, from]: readonly [string, readonly ThemeColour[]],
    [against, againstFrom]: readonly [string, readonly ThemeColour[]],
    where: string,
  ): ColourPair => ({
    colour,
    from,
    against,
    againstFrom,
    where,
    ratio: contrast(colour, against),
  });
  const background = [deck.background, ['background']] as const;
  const primary = [deck.primary, ['primary']] as const;
  return [
    pair([deck.text, ['text']], background, 'text on the slides'),
    pair(primary, background, 'headings, links and title slides'),
    pair([deck.accent, ['accent']], primary, 'highlights on title and section slides'),
    pair(background, [deck.stop, []], 'the dark red stop rules on the slides'),
    pair(
      [deck.text, ['text']],
      [deck.soft, ['primary', 'background']],
      'text in tinted boxes on the slides',
    ),
    ...(site
      ? [
          pair([site.accent, ['primary']], [siteDefaults.paper, []], 'links on the website'),
          pair(
            [site.accent, ['primary']],
            [site.accentSoft, []],
            "links in the website's tinted notes",
          ),
          pair([site.ink, ['text']], [siteDefaults.paper, []], 'text on the website'),
          pair(
            [site.ink, ['text']],
            [site.accentSoft, ['primary']],
            "text in the website's tinted notes",
          ),
        ]
      : []),
  ];
}
