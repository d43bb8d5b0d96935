/**
 * Guidance as slides: risk factors, prevention practices or treatment basics (at most 4 to a
 * slide, so the type stays big), and the 10% rule as a ladder of weeks.
 */
import { catalogFor, fill, type Catalog } from '../domain/catalog/index.ts';
import { distanceText, tenPercentLadder, type TenPercentLadder } from '../domain/ten-percent.ts';
import type { Library } from '../model/library.ts';
import type { Slide as DeckFileSlide } from '../model/schema/deck.ts';
import type { Topic } from '../model/schema/guidance.ts';
import { chunks, notesOf, partTitle, type Slide } from './slides.ts';

type Subject = Extract<DeckFileSlide, { kind: 'guidance' }>['topic'];

const perSlide = 4;

function titleOf(
  subject: Exclude<Subject, 'ten-percent-rule'>,
  count: number,
  catalog: Catalog,
): string {
  const titles = catalog.deck.titles;
  if (subject === 'risk-factors') return titles.riskFactors;
  if (subject === 'practices') return fill(titles.practices, { count });
  return titles.treatment;
}

function topicSlides(
  title: string,
  topics: readonly Topic[],
  words: Catalog['deck'],
  notes?: string,
): Slide[] {
  const parts = chunks(topics, perSlide);
  return parts.map((part, i) => ({
    kind: 'topics',
    title: partTitle(title, i, parts.length, words),
    topics: part.map((t) => ({ title: t.title, text: t.text })),
    notes: notesOf(
      i === 0 ? notes : undefined,
      part.map((t) => ({ heading: t.title, items: [t.text, ...t.points], ordered: false })),
    ),
  }));
}

/** The 10% rule as a ladder of weeks, from the domain layer's one ladder. */
export function ladderSlide(ladder: TenPercentLadder, catalog: Catalog, notes?: string): Slide {
  const words = catalog.deck.notes;
  const [first, second] = ladder.steps;
  const start = first ? `${distanceText(first.distance)} ${ladder.unitWord}` : '';
  const next = second ? `${distanceText(second.distance)} ${ladder.unitWord}` : '';
  return {
    kind: 'ten-percent',
    title: ladder.title,
    rule: ladder.rule,
    weeks: ladder.steps.map((step) => ({ label: step.label, value: step.value })),
    notes: notesOf(notes, [
      {
        heading: words.sayItSimply,
        items: [ladder.rule, fill(words.tenPercentExample, { start, next }), words.speedWork],
        ordered: false,
      },
    ]),
  };
}

export function guidanceSlides(library: Library, subject: Subject, notes?: string): Slide[] {
  const catalog = catalogFor(library.settings.language);
  if (subject === 'ten-percent-rule')
    return [ladderSlide(tenPercentLadder(library, catalog), catalog, notes)];
  const topics =
    subject === 'risk-factors'
      ? library.guidance.riskFactors
      : subject === 'practices'
        ? library.guidance.practices
        : library.guidance.treatment;
  return topicSlides(titleOf(subject, topics.length, catalog), topics, catalog.deck, notes);
}
