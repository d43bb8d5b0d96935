/**
 * A slide → what its PowerPoint slide holds: a title, a small line above it, body text as
 * paragraphs and lists of runs (the same runs as the Markdown of own slides, rich-text.ts), and
 * pictures beside or under it. Every slide kind maps onto this one shape, so pptx.ts lays out
 * one kind of slide and a colleague gets real, editable text boxes everywhere.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import type { FiguresView } from '../figures/figures.ts';
import type { Block, RichText, Run } from './rich-text.ts';
import type { Slide } from './slides.ts';

/** A picture to place: an SVG or raster data: URI, made PNG by pptx-pictures.ts. */
export interface PptxPicture {
  readonly src: string;
  readonly alt: string;
  /** "Start", "End" or the picture's credit, under it. */
  readonly caption: string;
}

export interface PptxContent {
  /** The accent background (title and section slides) or white. */
  readonly accent: boolean;
  readonly kicker: string | null;
  readonly title: string;
  /** A short, large line at the top right: an exercise's dose. */
  readonly badge: string | null;
  readonly body: RichText;
  /** A warning line in the stop colour: the first stop rule, or the urgent-care line. */
  readonly warning: string | null;
  readonly pictures: readonly PptxPicture[];
  /** Where the pictures go: beside the text (right or left), or under it. */
  readonly layout: 'right' | 'left' | 'below';
  /** Small print at the foot of the body: a disclaimer, a timer hint. */
  readonly small: string | null;
  /** Points: 24 for body text, larger for a key message. */
  readonly bodySize: number;
}

const plain = (text: string, look: Partial<Run> = {}): Run => ({
  text,
  bold: false,
  italic: false,
  href: null,
  ...look,
});
const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
const list = (items: readonly (readonly Run[])[], ordered = false): Block => ({
  kind: 'list',
  ordered,
  items,
});
const bullets = (items: readonly string[]): Block[] =>
  items.length > 0 ? [list(items.map((item) => [plain(item)]))] : [];
/** "Label value" with the label in bold. */
const labelled = (label: string, value: string): Run[] => [
  plain(label, { bold: true }),
  plain(` ${value}`),
];

function figurePictures(figures: FiguresView): PptxPicture[] {
  if (figures.kind === 'drawn')
    return [figures.start, figures.end].map((figure) => ({
      src: `data:image/svg+xml;base64,${Buffer.from(figure.svg).toString('base64')}`,
      alt: figure.alt,
      caption: figure.caption,
    }));
  if (figures.kind === 'media')
    return figures.items.map((item) => ({ src: item.src, alt: item.alt, caption: item.credit }));
  return [];
}

const base = {
  accent: false,
  kicker: null,
  badge: null,
  body: [],
  warning: null,
  pictures: [],
  layout: 'below',
  small: null,
  bodySize: 24,
} as const;

export function pptxContent(
  slide: Slide,
  deck: { readonly title: string; readonly clinic: string; readonly disclaimer: string },
  t: Catalog,
): PptxContent {
  const title = slide.title;
  switch (slide.kind) {
    case 'title':
      return {
        ...base,
        title,
        accent: true,
        kicker: deck.clinic,
        body: [
          ...(slide.subtitle ? [para(plain(slide.subtitle))] : []),
          ...slide.facts.map((fact) => para(...labelled(fact.label, fact.value))),
        ],
        small: deck.disclaimer,
      };
    case 'section':
      return {
        ...base,
        title,
        accent: true,
        kicker: deck.title,
        body: slide.subtitle ? [para(plain(slide.subtitle))] : [],
      };
    case 'text':
      return { ...base, title, body: bullets(slide.bullets) };
    case 'picture':
      return {
        ...base,
        title,
        body: slide.caption,
        pictures: [
          { src: slide.picture.src, alt: slide.picture.alt, caption: slide.picture.credit },
        ],
      };
    case 'columns':
      return {
        ...base,
        title,
        body: slide.text,
        layout: slide.pictureFirst ? 'left' : 'right',
        pictures: [
          { src: slide.picture.src, alt: slide.picture.alt, caption: slide.picture.credit },
        ],
      };
    case 'quote':
      return {
        ...base,
        title,
        bodySize: 36,
        body: [
          ...slide.text.map((block): Block =>
            block.kind === 'paragraph'
              ? para(...block.runs.map((r) => ({ ...r, bold: true })))
              : block,
          ),
          ...(slide.by ? [para(plain(slide.by, { italic: true }))] : []),
        ],
      };
    case 'exercise':
      return {
        ...base,
        title,
        kicker: slide.section,
        badge: slide.card.dose.numbers,
        body: [
          ...(slide.card.alias ? [para(plain(slide.card.alias, { italic: true }))] : []),
          ...(slide.card.cues.length > 0
            ? [list(slide.card.cues.map((cue) => [plain(cue, { bold: true })]))]
            : []),
        ],
        warning: slide.card.stopRules[0] ?? null,
        pictures: figurePictures(slide.card.figures),
        // As on the HTML slide: the figures on the left, the cues on the right.
        layout: 'left',
        small: slide.timerHint,
      };
    case 'warmup':
      return {
        ...base,
        title,
        body: [
          para(plain(slide.summary)),
          list(
            slide.phases.map((phase) => [
              ...labelled(`${phase.name} (${phase.minutes}):`, phase.instructions),
              ...(phase.things.length > 0 ? [plain(` ${phase.things.join(' · ')}`)] : []),
            ]),
            true,
          ),
        ],
      };
    case 'summary':
      return {
        ...base,
        title,
        body: [
          list(slide.items.map((item) => labelled(item.name, item.dose))),
          para(
            ...slide.facts.flatMap((fact, i) => [
              ...(i > 0 ? [plain(' · ')] : []),
              ...labelled(`${fact.label}:`, fact.value),
            ]),
          ),
          ...bullets(slide.advice),
        ],
        small: deck.disclaimer,
      };
    case 'stop':
      return { ...base, title, body: [para(plain(t.deck.stopLead)), ...bullets(slide.rules)] };
    case 'call':
      return { ...base, title, body: bullets(slide.signs), warning: slide.urgent };
    case 'conditions':
      return {
        ...base,
        title,
        body: [list(slide.conditions.map((c) => labelled(`${c.name}:`, c.where)))],
      };
    case 'condition':
      return {
        ...base,
        title,
        kicker: slide.name,
        body: [
          para(...labelled(t.deck.whereItHurts, slide.where)),
          para(plain(t.deck.howItFeels, { bold: true })),
          ...bullets(slide.symptoms),
          para(plain(t.deck.seeClinician, { bold: true })),
          ...bullets(slide.redFlags),
        ],
        warning: slide.stopRunning ? t.deck.stopRunning : null,
      };
    case 'topics':
      return {
        ...base,
        title,
        body: [list(slide.topics.map((topic) => labelled(`${topic.title}:`, topic.text)))],
      };
    case 'ten-percent':
      return {
        ...base,
        title,
        body: [
          para(plain(slide.rule)),
          list(slide.weeks.map((week) => labelled(`${week.label}:`, week.value))),
        ],
      };
  }
}

/** Speaker notes as plain text for the notes pane: the file's notes, then each section. */
export function notesText(slide: Slide): string {
  const parts = [
    ...(slide.notes.text ? [slide.notes.text] : []),
    ...slide.notes.sections.map(
      (section) =>
        `${section.heading}\n${section.items.map((item, i) => `${section.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n')}`,
    ),
  ];
  return parts.join('\n\n');
}
