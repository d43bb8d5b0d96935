/**
 * Decks to build: every deck file in routines/decks/, plus one deck made for each routine (title,
 * then the routine). Each deck file slide kind expands here into concrete slides.
 */
import type { Deck, Library, Routine } from '../model/library.ts';
import type { Slide as DeckFileSlide } from '../model/schema/deck.ts';
import { lookup } from '../model/lookup.ts';
import { conditionSlides } from './condition-slides.ts';
import { expandContext, type ExpandContext } from './exercise-slide.ts';
import { routineFacts } from '../domain/facts.ts';
import { readySeconds } from '../domain/timer-plan.ts';
import { circuitReadySeconds } from './circuit.ts';
import { guidanceSlides } from './guidance-slides.ts';
import {
  columnsSlide,
  ownExerciseSlide,
  pictureSlide,
  quoteSlide,
  sectionSlide,
} from './own-slides.ts';
import { routineSlides } from './routine-slides.ts';
import { notesOf, type DeckPlan, type Slide } from './slides.ts';

function expand(context: ExpandContext, slide: DeckFileSlide): Slide[] {
  const { library, catalog } = context;
  const words = catalog.deck;
  switch (slide.kind) {
    case 'title':
      return [
        {
          kind: 'title',
          title: slide.title,
          subtitle: slide.subtitle ?? null,
          facts: [],
          notes: notesOf(slide.notes, [
            { heading: words.notes.presenting, items: words.presenting, ordered: false },
          ]),
        },
      ];
    case 'routine':
      return routineSlides(context, lookup(library, 'routine', slide.routine), slide.notes);
    case 'exercise':
      return [ownExerciseSlide(context, slide)];
    case 'section':
      return [sectionSlide(slide)];
    case 'picture':
      return [pictureSlide(context, slide)];
    case 'columns':
      return [columnsSlide(context, slide)];
    case 'quote':
      return [quoteSlide(context, slide)];
    case 'conditions':
      return conditionSlides(library, slide.conditions, slide.title, slide.notes);
    case 'guidance':
      return guidanceSlides(library, slide.topic, slide.notes);
    case 'text':
      return [
        { kind: 'text', title: slide.title, bullets: slide.bullets, notes: notesOf(slide.notes) },
      ];
  }
}

export function deckFromFile(library: Library, deck: Deck): DeckPlan {
  const context = expandContext(library);
  return {
    id: deck.id,
    title: deck.title,
    audience: deck.audience,
    summary: deck.summary,
    slides: deck.slides.flatMap((slide) => expand(context, slide)),
    class: {
      getReady: deck.getReady ?? (deck.circuit ? circuitReadySeconds : readySeconds),
      circuit: deck.circuit ?? null,
      minutes: deck.minutes ?? null,
    },
  };
}

/** The deck every routine gets: a title slide with its facts, then the routine. */
export function deckForRoutine(library: Library, routine: Routine): DeckPlan {
  const context = expandContext(library);
  const title: Slide = {
    kind: 'title',
    title: routine.title,
    subtitle: routine.summary,
    facts: routineFacts(routine, context.catalog),
    notes: notesOf(routine.notes, [
      {
        heading: context.catalog.deck.notes.presenting,
        items: context.catalog.deck.presenting,
        ordered: false,
      },
    ]),
  };
  return {
    id: routine.id,
    title: routine.title,
    audience: 'A coach presenting to a class',
    summary: routine.summary,
    slides: [title, ...routineSlides(context, routine)],
    class: { getReady: readySeconds, circuit: null, minutes: routine.minutes },
  };
}

/** Every deck: the routines' decks first, then the deck files, each sorted by id. */
export function allDecks(library: Library): DeckPlan[] {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return [
    ...Object.values(library.routines)
      .sort(byId)
      .map((r) => deckForRoutine(library, r)),
    ...Object.values(library.decks)
      .sort(byId)
      .map((d) => deckFromFile(library, d)),
  ];
}
