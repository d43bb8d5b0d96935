/**
 * The builder's stage editor: a program's optional stages (weeks 1 to 2, then 3 to 4…), each with
 * a focus and the doses that change in it. Stages always follow on week after week: a stage starts
 * the week after the one before ends, so only its last week is asked; moving it moves the stages
 * after it. Plain buttons and labelled fields, for keyboard and touch.
 */
import { fill } from '../domain/catalog/fill.ts';
import type { Catalog } from '../domain/catalog/index.ts';
import type { ExerciseBrief } from '../domain/program-routine.ts';
import { amountKeys, type AmountKey } from '../model/dose-apply.ts';
import type { DoseOverride } from '../model/schema/dose.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import type { Stage } from '../model/schema/progression.ts';
import { element, numberField, whole } from './form-fields.ts';

const maxStages = 6;
const lastWeek = 52;

/** The stages with only exercises still in the program, each once (after a remove or a swap). */
export function tidyStages(program: ProgramFile): ProgramFile {
  const ids = new Set(program.items.map((item) => item.exercise));
  const stages = program.stages.map((stage) => {
    const seen = new Set<string>();
    const doses = stage.doses.filter((d) => {
      const keep = ids.has(d.exercise) && !seen.has(d.exercise);
      seen.add(d.exercise);
      return keep;
    });
    return { ...stage, doses };
  });
  return { ...program, stages };
}

/** Each stage after the first starts the week after the one before ends; lengths are kept. */
function followOn(stages: readonly Stage[]): Stage[] {
  const out: Stage[] = [];
  let next = 1;
  for (const stage of stages) {
    const length = Math.max(0, stage.weeks.to - stage.weeks.from);
    const from = Math.min(next, lastWeek);
    const to = Math.min(lastWeek, from + length);
    out.push({ ...stage, weeks: { from, to } });
    next = to + 1;
  }
  return out;
}

interface Options {
  readonly list: HTMLOListElement;
  readonly none: HTMLElement;
  readonly add: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly words: Catalog['program']['builder'];
  readonly exercises: Readonly<Record<string, ExerciseBrief>>;
  /** The field an exercise's amount is set in ("reps", "holdSeconds"…). */
  readonly amountKey: (id: string) => AmountKey;
  readonly program: () => ProgramFile;
  readonly update: (program: ProgramFile) => void;
}

export function stageEditor(options: Options): { render(): void } {
  const { list, words } = options;
  const stages = () => options.program().stages;
  const setStages = (next: Stage[]) => options.update({ ...options.program(), stages: next });

  /** Sets one field of one exercise's dose in a stage; a blank field keeps the program's dose. */
  function setDose(
    index: number,
    exercise: string,
    key: 'sets' | AmountKey,
    n: number | undefined,
  ) {
    const next = [...stages()];
    const stage = next[index];
    if (!stage) return;
    const old = stage.doses.find((d) => d.exercise === exercise)?.dose ?? {};
    // A new amount replaces the old one: one amount a dose.
    const drop: readonly string[] =
      key !== 'sets' && n !== undefined ? amountKeys.filter((k) => k !== key) : [];
    const set = Object.fromEntries(
      Object.entries({ ...old, [key]: n }).filter(([k, v]) => v !== undefined && !drop.includes(k)),
    );
    const others = stage.doses.filter((d) => d.exercise !== exercise);
    const doses =
      Object.keys(set).length > 0 ? [...others, { exercise, dose: set as DoseOverride }] : others;
    // In the program's order, so the file and the handout list them as the exercises are.
    const order = options.program().items.map((item) => item.exercise);
    doses.sort((a, b) => order.indexOf(a.exercise) - order.indexOf(b.exercise));
    next[index] = { ...stage, doses };
    setStages(next);
  }

  function stageView(stage: Stage, index: number): HTMLLIElement {
    const n = index + 1;
    const box = element('fieldset', { className: 'builder__stage' });
    box.append(element('legend', { textContent: fill(words.stage, { n }) }));
    const to = element('input', {
      type: 'number',
      min: String(stage.weeks.from),
      max: String(lastWeek),
      value: String(stage.weeks.to),
    });
    to.inputMode = 'numeric';
    to.dataset['stageTo'] = String(index);
    // On change, not on each key: the stages after it move, and are drawn again.
    to.addEventListener('change', () => {
      const week = whole(to, stage.weeks.from, lastWeek);
      if (week === undefined) {
        to.value = String(stage.weeks.to);
        return;
      }
      const next = [...stages()];
      next[index] = { ...stage, weeks: { from: stage.weeks.from, to: week } };
      setStages(followOn(next));
      render();
      list.querySelector<HTMLInputElement>(`[data-stage-to="${index}"]`)?.focus();
    });
    box.append(
      element(
        'label',
        { className: 'builder__field' },
        fill(words.stageWeeks, { from: stage.weeks.from }),
        to,
      ),
    );
    const focus = element('input', { type: 'text', maxLength: 200, value: stage.focus ?? '' });
    focus.dataset['stageFocus'] = String(index);
    focus.addEventListener('input', () => {
      const next = [...stages()];
      const current = next[index];
      if (!current) return;
      const { focus: _old, ...rest } = current;
      next[index] = focus.value.trim() ? { ...rest, focus: focus.value.trim() } : rest;
      setStages(next);
    });
    box.append(
      element('label', { className: 'builder__field builder__field--wide' }, words.focus, focus),
    );
    const seen = new Set<string>();
    for (const item of options.program().items) {
      const exercise = options.exercises[item.exercise];
      if (!exercise || seen.has(item.exercise)) continue;
      seen.add(item.exercise);
      const key = options.amountKey(item.exercise);
      const change = stage.doses.find((d) => d.exercise === item.exercise)?.dose ?? {};
      const own = { ...exercise.dose, ...item.dose };
      const doses = element('fieldset', { className: 'builder__stage-dose' });
      doses.dataset['stageDose'] = item.exercise;
      doses.append(
        element('legend', { textContent: exercise.name }),
        numberField(words.sets, change.sets, { min: 1, max: 10, placeholder: own.sets }, (v) =>
          setDose(index, item.exercise, 'sets', v),
        ),
        numberField(
          words[key],
          change[key],
          {
            min: 1,
            max: key === 'reps' ? 100 : key === 'metres' ? 400 : 1800,
            placeholder: own[key],
          },
          (v) => setDose(index, item.exercise, key, v),
        ),
      );
      box.append(doses);
    }
    const remove = element('button', {
      type: 'button',
      className: 'button button--quiet',
      textContent: fill(words.removeStage, { n }),
    });
    remove.dataset['stageRemove'] = String(index);
    remove.addEventListener('click', () => {
      setStages(followOn(stages().filter((_, i) => i !== index)));
      render();
      options.add.focus();
    });
    box.append(remove);
    return element('li', {}, box);
  }

  function render() {
    list.replaceChildren(...stages().map(stageView));
    options.none.hidden = stages().length > 0;
    const last = stages().at(-1);
    options.add.disabled = (last?.weeks.to ?? 0) >= lastWeek;
  }

  options.add.addEventListener('click', () => {
    const current = stages();
    if (current.length >= maxStages) {
      options.status.textContent = words.tooManyStages;
      return;
    }
    const from = (current.at(-1)?.weeks.to ?? 0) + 1;
    setStages([...current, { weeks: { from, to: Math.min(lastWeek, from + 1) }, doses: [] }]);
    render();
    list.querySelector<HTMLInputElement>(`[data-stage-to="${current.length}"]`)?.focus();
  });

  return { render };
}
