/**
 * The clinic's look (settings.yaml `theme`): colours and font for the decks and the website.
 * Every pair of colours that carries text must reach WCAG AA (4.5:1); a pair under it is refused
 * at the colour to change, with a colour close to it that would pass.
 */
import { z } from 'zod';
import { nearestPassing } from '../colour.ts';
import { colourPairs, textContrast, themeFonts, type ThemeColour } from '../palette.ts';
import { hinted, hintParams } from './hints.ts';

const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const colour = (what: string) =>
  hinted(
    z.string().regex(hexColour, {
      error: 'must be a colour written as # and 6 hex digits, like "#0b3d91"',
    }),
    {
      invalid_type:
        'Put the colour in quotes, like "#0b3d91": without them YAML reads # as the start of a comment.',
      invalid_format:
        'Copy the colour from your clinic\'s style guide as a hex code, in quotes: "#1f5f8b". A colour picker shows it too.',
    },
  ).describe(what);

export const theme = z
  .strictObject({
    primary: colour(
      'Main colour (hex, in quotes), e.g. "#0b3d91": title and section slides, headings, links, the website\'s header. Default: navy on slides, teal on the website.',
    ).optional(),
    accent: colour(
      'Highlight colour on the main colour, e.g. "#ffd23f": small headings on title slides, the website\'s focus ring. Default: yellow.',
    ).optional(),
    text: colour('Text colour, e.g. "#111111" (the default).').optional(),
    background: colour(
      'Slide background, e.g. "#ffffff" (the default). The website keeps its own light page, and handouts stay black on white.',
    ).optional(),
    font: z
      .enum(themeFonts)
      .optional()
      .describe(
        'Font of the decks and the website: hyperlegible (Atkinson Hyperlegible, built in, the default), sans (Arial and the like) or serif (Georgia and the like). PowerPoint files use Arial, or Georgia for serif.',
      ),
  })
  .superRefine((value, ctx) => {
    // A colour that is not a hex code has its own message; its pairs cannot be measured.
    const colours = [value.primary, value.accent, value.text, value.background];
    if (colours.some((c) => c !== undefined && !hexColour.test(c))) return;
    const named = new Set<string>();
    for (const pair of colourPairs(value)) {
      if (pair.ratio >= textContrast) continue;
      // Name a colour the file writes: the text side first, else the one it stands on.
      const written = (settings: readonly ThemeColour[]) => settings.find((s) => value[s]);
      const own = written(pair.from);
      const setting = own ?? written(pair.againstFrom);
      if (!setting || named.has(setting)) continue;
      named.add(setting);
      const [change, keep] = own ? [pair.colour, pair.against] : [pair.against, pair.colour];
      ctx.addIssue({
        code: 'custom',
        path: [setting],
        input: value[setting],
        message: `has a contrast of ${(Math.floor(pair.ratio * 10) / 10).toFixed(1)}:1 with ${keep} (${pair.where}); text needs at least ${textContrast}:1 (WCAG AA)`,
        ...hintParams(
          `Use ${nearestPassing(change, keep, textContrast)} or another ${setting} colour with more contrast against ${keep}.`,
        ),
      });
    }
  })
  .describe(
    "The clinic's colours and font for the decks and the website. Every colour is optional; leave the theme out for the built-in look.",
  );

export type Theme = z.infer<typeof theme>;
