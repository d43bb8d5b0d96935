/**
 * The patient's page of a program: reads `#p=…`, checks it with the program schema, and shows the
 * exercises in order with their doses in words (side and note included; with stages, the first
 * stage's doses, as the handout's cards), the stages (weeks, focus and the doses that change, in the
 * handout's words), the advice, the pain rule and when to stop, through the same code as the handout. A damaged link or an exercise the
 * library lacks is said plainly, and the rest shown. Never shows a patient's name. The page holds
 * no exercise: those of the program are fetched as parts (program-parts.ts).
 */
import { fill } from '../domain/catalog/fill.ts';
import { doseWords } from '../domain/dose-words.ts';
import { pagePath } from '../domain/links.ts';
import { programRoutine } from '../domain/program-routine.ts';
import { stepsForSide } from '../domain/side-steps.ts';
import { stopSigns } from '../domain/stop-signs.ts';
import { stageItems } from '../domain/stage-doses.ts';
import { stageChanges } from '../handouts/stages.ts';
import { weeksWords } from '../handouts/words.ts';
import type { PatientData } from './program-data.ts';
import { programFromParts } from './program-parts.ts';
import { pageWords } from './page-words.ts';

const $ = (selector: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the program page has no ${selector}`);
  return found;
};
const li = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
const paragraph = (text: string) =>
  Object.assign(document.createElement('p'), { textContent: text });

export async function startProgramView(): Promise<void> {
  const data = JSON.parse($('#program-data').textContent) as PatientData;
  const catalog = pageWords('program', 'dose', 'stop', 'card', 'safety');
  const words = catalog.program.view;
  // A new link pasted into the address bar shows its program, not the last one's.
  $('[data-program]').hidden = true;
  $('[data-program-none]').hidden = false;
  const { library, program, problems } = await programFromParts(data, location.href, catalog);
  $('[data-program-problems]').replaceChildren(...problems.map(li));
  $('[data-program-problems-box]').hidden = problems.length === 0;
  if (!program) return;
  const routine = programRoutine(library, program, catalog);
  $('[data-program-none]').hidden = true;
  $('[data-program]').hidden = false;
  $('[data-program-title]').textContent = routine.title;
  document.title = `${routine.title} · ${library.settings.clinic.name}`;
  $('[data-program-days]').textContent = fill(words.days, { days: routine.timesPerWeek });
  // Start opens the follow-along view with this same program.
  document
    .querySelector<HTMLAnchorElement>('[data-program-start]')
    ?.setAttribute('href', `${data.base}${pagePath.programFollow()}${location.hash}`);
  $('[data-program-items]').replaceChildren(
    ...stageItems(routine, 0).map((item, n) => {
      const exercise = library.exercises[item.exercise];
      const entry = document.createElement('li');
      entry.className = 'builder__item program__item';
      const heading = document.createElement('h2');
      const link = Object.assign(document.createElement('a'), {
        href: `${data.base}${pagePath.exercise(item.exercise)}`,
        textContent: `${n + 1}. ${exercise?.name ?? item.exercise}`,
      });
      heading.append(link);
      const dose = Object.assign(document.createElement('p'), {
        className: 'program__dose',
        textContent: doseWords(item.dose, library.settings.units, catalog.dose),
      });
      entry.append(heading, dose);
      if (item.note)
        entry.append(Object.assign(document.createElement('p'), { textContent: item.note }));
      const steps = document.createElement('ol');
      // One side only: the step that says to switch sides says not to.
      steps.append(...(exercise ? stepsForSide(exercise, item.side, catalog) : []).map(li));
      entry.append(steps);
      return entry;
    }),
  );
  // Each stage: its weeks, its focus, and the doses that change from the stage before.
  $('[data-program-stages]').replaceChildren(
    ...routine.stages.map((stage, i) => {
      const entry = document.createElement('li');
      entry.append(
        Object.assign(document.createElement('h3'), {
          textContent: weeksWords(catalog.safety, stage.weeks),
        }),
      );
      if (stage.focus) entry.append(paragraph(stage.focus));
      const before = routine.stages[i - 1]?.main;
      const changes = before ? stageChanges(library, stage, before, catalog.dose) : [];
      if (changes.length > 0) entry.append(paragraph(`${changes.join('; ')}.`));
      return entry;
    }),
  );
  $('[data-program-stages-box]').hidden = routine.stages.length === 0;
  $('[data-program-advice]').replaceChildren(...routine.advice.map(li));
  $('[data-program-advice-box]').hidden = routine.advice.length === 0;
  const rule = library.guidance.painRule;
  const { greenUpTo, amberUpTo } = routine.painRule;
  $('[data-program-pain]').replaceChildren(
    li(rule.scale),
    li(`0–${greenUpTo}: ${rule.green}`),
    li(`${greenUpTo + 1}–${amberUpTo}: ${rule.amber}`),
    li(`${amberUpTo + 1}–10: ${rule.red}`),
    li(rule.nextDay),
  );
  const stop = stopSigns(library, routine, catalog);
  $('[data-program-stop]').replaceChildren(...stop.signs.map(li));
  $('[data-program-urgent]').textContent = stop.urgent;
}
