/**
 * The clinic's theme (settings.yaml `theme`) on the website: its colours as custom properties on
 * `<html style>` (src/site/styles/site.css reads them), its font as a class, and the colour phones
 * give the browser's bar. With no theme the site keeps the colours in site.css.
 */
import { sitePalette } from '../model/palette.ts';
import type { Settings } from '../model/library.ts';

/** The site's main colour (site.css `--accent`) when no theme sets one. */
const defaultBarColour = '#0d5c63';

export interface SiteTheme {
  /** Custom properties for `<html style>`, or undefined for the built-in look. */
  readonly style: string | undefined;
  readonly fontClass: string | undefined;
  /** `<meta name="theme-color">` and the manifest's theme_color: the main colour. */
  readonly barColour: string;
}

export function siteTheme(settings: Pick<Settings, 'theme'>): SiteTheme {
  const palette = sitePalette(settings.theme ?? {});
  const font = settings.theme?.font;
  return {
    style: palette
      ? [
          `--accent: ${palette.accent}`,
          `--accent-dark: ${palette.accentDark}`,
          `--accent-soft: ${palette.accentSoft}`,
          `--ink: ${palette.ink}`,
          `--highlight: ${palette.highlight}`,
        ].join('; ')
      : undefined,
    fontClass: font && font !== 'hyperlegible' ? `font--${font}` : undefined,
    barColour: palette?.accent ?? defaultBarColour,
  };
}
