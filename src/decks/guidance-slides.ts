/**
 * Guidance as slides: risk factors, prevention practices or treatment basics (at most 4 to a
 * slide, so the type stays big), and the 10% rule as a ladder of weeks.
 */
import type { Library } from '../model/library.ts';
import type { Slide as DeckFileSlide } from '../model/schema/deck.ts';
import type { Topic } from '../model/schema/guidance.ts';
import { chunks, notesOf, partTitle, type Fact, type Slide } from './slides.ts';

type Subject = Extract<DeckFileSlide, { kind: 'guidance' }>['topic'];

const perSlide = 4;
const kmPerMile = 1.609344;

function titleOf(subject: Exclude<Subject, 'ten-percent-rule'>, count: number): string {
  if (subject === 'risk-factors') return 'What raises your risk';
  if (subject === 'practices') return `${count} ways to prevent hip pain`;
  return 'What helps when it hurts';
}

function topicSlides(title: string, topics: readonly Topic[], notes?: string): Slide[] {
  const parts = chunks(topics, perSlide);
  return parts.map((part, i) => ({
    kind: 'topics',
    title: partTitle(title, i, parts.length),
    topics: part.map((t) => ({ title: t.title, text: t.text })),
    notes: notesOf(
      i === 0 ? notes : undefined,
      part.map((t) => ({ heading: t.title, items: [t.text, ...t.points], ordered: false })),
    ),
  }));
}

/** One decimal, rounded down, so "at most" stays true: 27.5, 30.2, 33.2. */
function roundDown(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

function tenPercentSlide(library: Library, notes?: string): Slide {
  const rule = library.guidance.tenPercentRule;
  const units = library.settings.units;
  const unitWord = units === 'mi' ? 'miles' : 'km';
  // The example is written in one unit; show it in the units the clinic uses, in whole numbers.
  const start =
    rule.exampleUnit === units
      ? rule.exampleDistance
      : Math.round(
          units === 'km' ? rule.exampleDistance * kmPerMile : rule.exampleDistance / kmPerMile,
        );
  const labels = ['This week', 'Next week', 'The week after', 'Week 4'];
  let distance = start;
  const weeks: Fact[] = labels.map((label, i) => {
    if (i > 0) distance = roundDown(distance * (1 + rule.percent / 100));
    return { label, value: `${i === 0 ? '' : 'up to '}${distance} ${unitWord}` };
  });
  const sentence = `Add no more than ${rule.percent}% to your weekly distance from one week to the next.`;
  return {
    kind: 'ten-percent',
    title: `The ${rule.percent}% rule`,
    rule: sentence,
    weeks,
    notes: notesOf(notes, [
      {
        heading: 'Say it simply',
        items: [
          sentence,
          `If you run ${start} ${unitWord} this week, run no more than ${weeks[1]?.value.replace('up to ', '') ?? ''} next week.`,
          'Add speed work slowly too. Give yourself easy days after hard ones.',
        ],
        ordered: false,
      },
    ]),
  };
}

export function guidanceSlides(library: Library, subject: Subject, notes?: string): Slide[] {
  if (subject === 'ten-percent-rule') return [tenPercentSlide(library, notes)];
  const topics =
    subject === 'risk-factors'
      ? library.guidance.riskFactors
      : subject === 'practices'
        ? library.guidance.practices
        : library.guidance.treatment;
  return topicSlides(titleOf(subject, topics.length), topics, notes);
}
