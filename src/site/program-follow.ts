/**
 * The follow-along view of a program from a link (`program/go/#p=…`): the program is read and
 * checked as on its patient page, turned into a routine (`program-routine.ts`) at its first stage's
 * doses (`stage-doses.ts`, as the patient page and the handout's cards) and a follow plan
 * with each exercise's side, its steps put on the page from the cards the build left in
 * `<template data-follow-card="id">` (the same partial as a routine's view; `id.left` with the
 * figure turned to the side an item works, when its file draws the other), then played by
 * `follow.ts`. The page holds no exercise: the program's exercises and their cards are fetched
 * as parts (program-parts.ts). A damaged link, a missing exercise or a part that cannot be had is
 * said plainly; the rest is played.
 */
import { amountWords, doseWords, restWords } from '../domain/dose-words.ts';
import { fill } from '../domain/catalog/fill.ts';
import { programRoutine } from '../domain/program-routine.ts';
import { figureSide, stepsForSide } from '../domain/side-steps.ts';
import { routineAtStage } from '../domain/stage-doses.ts';
import type { Library } from '../model/library.ts';
import type { Catalog } from '../domain/catalog/index.ts';

/** The words this page hands its script (see program/go.astro). */
type Words = Pick<Catalog, 'follow' | 'dose' | 'program' | 'card'>;
import { pageWords } from './page-words.ts';
import { startFollow } from './follow.ts';
import {
  activityTime,
  followPlan,
  stepHeading,
  type FollowPlan,
  type FollowStep,
} from './follow-plan.ts';
import type { PatientData } from './program-data.ts';
import { fetchCards, programFromParts } from './program-parts.ts';

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, className });

/** A copy of the exercise's card with this step's ids, dose, note and steps for its side. */
function exerciseCard(
  library: Library,
  step: Extract<FollowStep, { kind: 'exercise' }>,
  plan: FollowPlan,
  catalog: Words,
): Element | null {
  // A figure drawn for the other side: the card with it turned to this step's side.
  const own = library.exercises[step.exercise];
  const turned = own && figureSide(own, step.side ?? undefined);
  const which = turned ? `${step.exercise}.${turned}` : step.exercise;
  const template = document.querySelector<HTMLTemplateElement>(
    `template[data-follow-card="${CSS.escape(which)}"]`,
  );
  const card = template?.content.firstElementChild?.cloneNode(true);
  if (!(card instanceof Element)) return null;
  const anchor = `${step.anchor}-card`;
  const oldAnchor = card.id;
  card.id = anchor;
  card.setAttribute('aria-labelledby', `${anchor}-name`);
  const name = card.querySelector(`[id="${CSS.escape(`${oldAnchor}-name`)}"]`);
  if (name) name.id = `${anchor}-name`;
  const dose = card.querySelector('.exercise-card__dose');
  if (dose) {
    // A warm-up is done before each run, so its drills do not say how often.
    const amount =
      step.section === 'warmUp'
        ? amountWords(step.dose, plan.units, catalog.dose)
        : doseWords(step.dose, plan.units, catalog.dose);
    const rest = restWords(step.dose, catalog.dose);
    dose.replaceChildren(make('strong', `${amount}.`), ...(rest ? [` ${rest}`] : []));
    card.querySelector('.exercise-card__note')?.remove();
    if (step.note) dose.after(make('p', step.note, 'exercise-card__note'));
  }
  // The build's card has the steps for both sides; one side only does not switch.
  const exercise = library.exercises[step.exercise];
  if (exercise && step.side)
    card
      .querySelector('.exercise-card__steps')
      ?.replaceChildren(
        ...stepsForSide(exercise, step.side, catalog).map((text) => make('li', text)),
      );
  return card;
}

function activityCard(step: Extract<FollowStep, { kind: 'activity' }>, catalog: Words): Element {
  const card = make('article', '', 'exercise-card follow__activity');
  card.setAttribute('aria-labelledby', `${step.anchor}-name`);
  const name = make('h3', step.name, 'exercise-card__name');
  name.id = `${step.anchor}-name`;
  const time = make('p', '', 'exercise-card__dose');
  time.append(make('strong', activityTime(step.seconds, catalog)));
  card.append(name, time, make('p', step.instructions));
  return card;
}

/** Every step as the routine's view has it: `<li data-step>` with its heading and card. */
function showSteps(library: Library, plan: FollowPlan, catalog: Words): void {
  const list = document.querySelector('[data-follow-steps]');
  list?.replaceChildren(
    ...plan.steps.map((step, n) => {
      const item = make('li', '', 'follow__step');
      item.id = step.anchor;
      item.dataset['step'] = String(n);
      item.append(make('h2', stepHeading(step, n, plan.steps.length, catalog), 'follow__where'));
      const card =
        step.kind === 'exercise'
          ? exerciseCard(library, step, plan, catalog)
          : activityCard(step, catalog);
      if (card) item.append(card);
      return item;
    }),
  );
}

export async function startProgramFollow(): Promise<void> {
  const data = JSON.parse(
    document.getElementById('program-data')?.textContent ?? '{}',
  ) as PatientData;
  const catalog = pageWords('follow', 'dose', 'program', 'card');
  const part = (name: string) => document.querySelector<HTMLElement>(`[data-program-${name}]`);
  // The way back to the program's page keeps the program.
  for (const back of document.querySelectorAll<HTMLAnchorElement>('[data-program-back]'))
    back.hash = location.hash;

  const { library, program, problems } = await programFromParts(data, location.href, catalog);
  const show = (all: readonly string[]) => {
    part('problems')?.replaceChildren(...all.map((p) => make('li', p)));
    part('problems-box')?.toggleAttribute('hidden', all.length === 0);
  };
  show(problems);
  if (!program || program.items.length === 0) return;
  // The first stage's doses, as on the patient page and the handout's cards.
  const routine = routineAtStage(programRoutine(library, program, catalog));
  const plan = followPlan(library, routine);
  // Each exercise's card, as a routine's view has it: a step whose card did not come plays without.
  const exercises = plan.steps.flatMap((step) => (step.kind === 'exercise' ? [step.exercise] : []));
  const unloaded = await fetchCards(data.base, exercises, document.body);
  const { check } = catalog.program;
  show([
    ...problems,
    ...unloaded.map(({ id, reason }) =>
      fill(reason === 'damaged' ? check.partDamaged : check.partOffline, { id }),
    ),
  ]);
  part('none')?.setAttribute('hidden', '');
  const title = part('title');
  if (title) title.textContent = routine.title;
  document.title = `${catalog.follow.start}: ${routine.title} · ${library.settings.clinic.name}`;
  showSteps(library, plan, catalog);
  startFollow(plan);
}
