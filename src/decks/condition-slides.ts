/**
 * Conditions as slides: an overview of where each one hurts, then one slide per condition with how
 * it feels and when to see a clinician. The rest of the condition file goes in the notes.
 */
import { catalogFor, fill } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { idsOf, lookupAll } from '../model/lookup.ts';
import { chunks, notesOf, partTitle, type Slide } from './slides.ts';

/** Nine fit on one overview slide as a 3 × 3 grid. */
const perOverview = 9;

/** The overview has room for the first sentence of "where it hurts"; the condition's slide has it all. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

export function conditionSlides(
  library: Library,
  ids: readonly string[] | undefined,
  title: string | undefined,
  notes?: string,
): Slide[] {
  const conditions = lookupAll(library, 'condition', ids ?? idsOf(library, 'condition'));
  const words = catalogFor(library.settings.language).deck;
  const heading =
    title ??
    (conditions.length === 1
      ? words.titles.oneCause
      : fill(words.titles.manyCauses, { count: conditions.length }));
  const parts = chunks(conditions, perOverview);
  const overviews: Slide[] = parts.map((part, i) => ({
    kind: 'conditions',
    title: partTitle(heading, i, parts.length, words),
    conditions: part.map((c) => ({ name: c.plainName, where: firstSentence(c.whereItHurts) })),
    notes: notesOf(i === 0 ? notes : undefined, [
      {
        heading: words.notes.medicalNames,
        items: part.map((c) => `${c.plainName}: ${c.name}.`),
        ordered: false,
      },
    ]),
  }));
  const each: Slide[] = conditions.map((c) => ({
    kind: 'condition',
    title: c.plainName,
    name: c.name,
    where: c.whereItHurts,
    symptoms: c.symptoms.slice(0, 3),
    redFlags: c.redFlags.slice(0, 2),
    stopRunning: c.stopRunning,
    notes: notesOf(undefined, [
      { heading: words.notes.whatItIs, items: [c.summary], ordered: false },
      { heading: words.howItFeels, items: c.symptoms, ordered: false },
      { heading: words.notes.worseWith, items: c.worseWith, ordered: false },
      { heading: words.notes.usualCauses, items: c.causes, ordered: false },
      { heading: words.notes.whatHelps, items: c.whatHelps, ordered: false },
      { heading: words.seeClinician, items: c.redFlags, ordered: false },
    ]),
  }));
  return [...overviews, ...each];
}
