/**
 * The own-slides fixture (test/fixtures/own-slides/ over the valid library): a deck file with every
 * slide kind a coach writes, and what each slide must show, read from its YAML with the Markdown
 * marks taken off by hand (not by the deck's own parser), so each output is checked against the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fixturesRoot } from '../helpers/fixtures.ts';

export const ownDeckId = 'own-slides';
export const ownDeckFile = path.join(fixturesRoot, 'own-slides', 'decks', `${ownDeckId}.yaml`);

interface OwnSlide {
  kind: string;
  title?: string;
  subtitle?: string;
  caption?: string;
  text?: string;
  by?: string;
  exercise?: string;
  notes?: string;
  picture?: { alt: string; licence: string; attribution: string };
}

/** Markdown as a reader sees it: marks and link addresses gone, one string per paragraph or item. */
export function plainMarkdown(source: string): string[] {
  return source
    .split(/\n+/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|\*/g, '')
        .trim(),
    )
    .filter(Boolean);
}

export const ownSlides = (parse(readFileSync(ownDeckFile, 'utf8')) as { slides: OwnSlide[] })
  .slides;

/** Every text slide `n` (1-based) must show, from the YAML. */
export function expectedTexts(slide: OwnSlide, exerciseName: (id: string) => string): string[] {
  const credit = slide.picture
    ? [`Picture: ${slide.picture.attribution}, ${slide.picture.licence}`]
    : [];
  return [
    ...(slide.title ? [slide.title] : []),
    ...(slide.subtitle ? [slide.subtitle] : []),
    ...plainMarkdown(slide.caption ?? ''),
    ...plainMarkdown(slide.text ?? ''),
    ...(slide.by ? [slide.by] : []),
    ...(slide.exercise ? [exerciseName(slide.exercise)] : []),
    ...credit,
  ];
}
