/**
 * A deck's look from settings.yaml `theme`: the colours (`src/model/palette.ts`, the navy look
 * by default), the font class the stylesheet reads, and the font PowerPoint asks for (one every
 * computer has: a .pptx cannot carry Atkinson Hyperlegible).
 */
import type { Settings } from '../model/library.ts';
import { deckPalette, type DeckPalette, type ThemeFont } from '../model/palette.ts';

export interface DeckTheme extends DeckPalette {
  readonly font: ThemeFont;
  readonly pptxFont: string;
}

const pptxFonts: Readonly<Record<ThemeFont, string>> = {
  hyperlegible: 'Arial',
  sans: 'Arial',
  serif: 'Georgia',
};

export function deckTheme(settings: Pick<Settings, 'theme'>): DeckTheme {
  const font = settings.theme?.font ?? 'hyperlegible';
  return { ...deckPalette(settings.theme), font, pptxFont: pptxFonts[font] };
}

/** The colours as CSS custom properties, for the deck's `<html style>` (hex codes only). */
export function themeStyle(theme: DeckPalette): string {
  const css = {
    '--primary': theme.primary,
    '--accent': theme.accent,
    '--ink': theme.text,
    '--muted': theme.muted,
    '--paper': theme.background,
    '--on-primary': theme.onPrimary,
    '--soft': theme.soft,
    '--stop': theme.stop,
  };
  return Object.entries(css)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}
