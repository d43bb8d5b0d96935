/**
 * The slides a coach writes in a deck file: a section title, a picture with a caption, text
 * beside a picture, a key message or quote, and an exercise at a dose chosen for this talk.
 * Pictures come in as data: URIs through the model's picture checks (src/figures/media.ts).
 */
import { fill } from '../domain/catalog/index.ts';
import { mediaDataUri } from '../figures/media.ts';
import type { RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { minutesAt } from '../model/routine-parts.ts';
import type { Slide as DeckFileSlide } from '../model/schema/deck.ts';
import { applyDose } from '../model/schema/dose.ts';
import type { Picture } from '../model/schema/media.ts';
import { exerciseSlide, type ExpandContext } from './exercise-slide.ts';
import { richText } from './rich-text.ts';
import { notesOf, type PictureView, type Slide } from './slides.ts';

type Own<K extends DeckFileSlide['kind']> = Extract<DeckFileSlide, { kind: K }>;

function pictureView(context: ExpandContext, picture: Picture): PictureView {
  return {
    src: mediaDataUri(context.library.root, picture.file),
    alt: picture.alt,
    credit: fill(context.catalog.figures.credit, {
      by: picture.attribution,
      licence: picture.licence,
    }),
    file: picture.file,
  };
}

export function sectionSlide(slide: Own<'section'>): Slide {
  return {
    kind: 'section',
    title: slide.title,
    subtitle: slide.subtitle ?? null,
    notes: notesOf(slide.notes),
  };
}

export function pictureSlide(context: ExpandContext, slide: Own<'picture'>): Slide {
  return {
    kind: 'picture',
    title: slide.title,
    picture: pictureView(context, slide.picture),
    caption: richText(slide.caption ?? ''),
    notes: notesOf(slide.notes),
  };
}

export function columnsSlide(context: ExpandContext, slide: Own<'columns'>): Slide {
  return {
    kind: 'columns',
    title: slide.title,
    text: richText(slide.text),
    picture: pictureView(context, slide.picture),
    pictureFirst: slide.pictureSide === 'left',
    notes: notesOf(slide.notes),
  };
}

export function quoteSlide(context: ExpandContext, slide: Own<'quote'>): Slide {
  return {
    kind: 'quote',
    title: slide.title ?? context.catalog.deck.keyMessage,
    showTitle: slide.title !== undefined,
    text: richText(slide.text),
    by: slide.by ?? null,
    notes: notesOf(slide.notes),
  };
}

/** An exercise from the library, at the deck file's dose when it gives one. */
export function ownExerciseSlide(context: ExpandContext, slide: Own<'exercise'>): Slide {
  const exercise = lookup(context.library, 'exercise', slide.exercise);
  const dose = applyDose(exercise.dose, slide.dose);
  const item: RoutineItem | undefined = slide.dose && {
    exercise: exercise.id,
    dose,
    note: undefined,
    minutes: minutesAt(exercise.minutes, exercise.dose, dose),
  };
  return exerciseSlide(context, slide.exercise, {
    section: context.catalog.deck.sections.exercise,
    ...(item ? { item } : {}),
    ...(slide.notes === undefined ? {} : { notes: slide.notes }),
  });
}
