/**
 * The program builder's page script: a program held in the page's address (`#p=…`, which never
 * reaches a server) and, when saved, in this browser's storage. Add exercises through the finder's
 * search, swap one for its easier or harder version, reorder, remove, set each dose, side and note
 * with the dose in words as the patient will read it; download it as YAML; make the patient's link.
 */
import { fill } from '../domain/catalog/fill.ts';
import { doseWords } from '../domain/dose-words.ts';
import { pagePath } from '../domain/links.ts';
import { checkProgram, rulesValidator, withoutMissing } from '../domain/program-check.ts';
import { programFragment, readProgramFragment } from '../domain/program-link.ts';
import { programRoutine, type ExerciseBrief } from '../domain/program-routine.ts';
import type { ProgramFile, ProgramItem } from '../model/schema/program.ts';
import {
  evaluate,
  normalise,
  type FacetSpec,
  type FinderEntry,
  type FinderState,
} from './finder-core.ts';
import type { BuilderData } from './program-data.ts';
import {
  fetchAhead,
  fetchStart,
  forgetParts,
  handoutExercises,
  PartError,
} from './builder-parts.ts';
import { stageEditor, tidyStages } from './builder-stages.ts';
import { programYaml } from './program-yaml.ts';
import { pageWords } from './page-words.ts';
import { loadSaved, saveProgram } from './program-store.ts';
import { element, numberField } from './form-fields.ts';

const amountKeys = ['reps', 'holdSeconds', 'seconds', 'metres'] as const;
type AmountKey = (typeof amountKeys)[number];

const el = (selector: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the builder page has no ${selector}`);
  return found;
};

/** The builder's page data: the program data, and the exercise finder's search words and filters. */
type PageData = BuilderData & {
  readonly finder: {
    readonly facets: readonly FacetSpec[];
    readonly items: readonly (FinderEntry & { readonly id: string })[];
  };
};

export function startBuilder(): void {
  const data = JSON.parse(el('#builder-data').textContent) as PageData;
  // Each exercise as a brief; its full data is fetched in parts (builder-parts.ts).
  const library = data.library;
  const catalog = pageWords('program', 'dose');
  const words = catalog.program.builder;
  const exercises = library.exercises;
  const units = library.settings.units;
  const validate = rulesValidator(data.rules, catalog);
  const blank = (): ProgramFile => ({
    format: 1,
    title: words.untitled,
    daysPerWeek: 3,
    items: [],
    conditions: [],
    goals: [],
    stages: [],
    advice: [],
    largePrint: false,
  });
  let program = blank();
  let missing = new Set<string>();

  const status = el('[data-builder-status]');
  const problemsBox = el('[data-builder-problems]');
  const list = el('[data-builder-items]') as HTMLOListElement;
  const form = el('[data-builder-form]') as HTMLFormElement;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  const showProblems = (problems: readonly string[]) => {
    problemsBox.replaceChildren(...problems.map((p) => element('li', { textContent: p })));
    el('[data-builder-problems-box]').hidden = problems.length === 0;
  };

  const amountKey = (id: string): AmountKey =>
    amountKeys.find((k) => exercises[id]?.dose[k] !== undefined) ?? 'reps';

  /** The program without exercises the library lacks: what is printed and sent. */
  const usable = () => withoutMissing(program, missing);

  let linkTimer: ReturnType<typeof setTimeout> | undefined;
  const updateLinks = () => {
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => void writeLinks(), 150);
  };
  async function writeLinks() {
    const own = await programFragment(program, { withPatient: true });
    history.replaceState(null, '', own);
    const withName = input('withName').checked;
    const link = el('[data-patient-link]') as HTMLAnchorElement;
    link.href = `${data.base}${pagePath.program()}${await programFragment(usable(), { withPatient: withName })}`;
    link.textContent = link.href;
    el('[data-name-note]').textContent = withName ? words.nameIn : words.nameLeftOut;
  }

  /** The dose in words of each item, as the handout will print it. */
  const refreshWords = () => {
    const routine = programRoutine(library, usable(), catalog);
    let n = 0;
    list.querySelectorAll<HTMLElement>('[data-words]').forEach((p) => {
      const item = program.items[Number(p.dataset['words'])];
      if (!item || missing.has(item.exercise)) return;
      const dose = routine.main[n]?.dose;
      n += 1;
      if (dose) p.textContent = doseWords(dose, units, catalog.dose);
    });
  };

  /** What Print will need, fetched while online (the service worker keeps it for offline). */
  const fetchPrintParts = () =>
    fetchAhead(data.base, handoutExercises(usable(), library), program.conditions);

  const changed = (structure = false) => {
    if (structure) {
      program = tidyStages(program);
      renderItems();
      fetchPrintParts();
    } else refreshWords();
    updateLinks();
  };

  /** A number box whose change is also shown at once (the dose in words, the link). */
  function numberInput(
    label: string,
    value: number | undefined,
    min: number,
    max: number,
    set: (n: number | undefined) => void,
  ) {
    return numberField(label, value, { min, max }, (n) => {
      set(n);
      changed();
    });
  }

  function itemView(item: ProgramItem, index: number): HTMLLIElement {
    const exercise: ExerciseBrief | undefined = exercises[item.exercise];
    const li = element('li', { className: 'builder__item' });
    const name = exercise ? `${exercise.name} (${exercise.alias})` : item.exercise;
    li.append(element('h3', { textContent: `${index + 1}. ${name}` }));
    const move = (to: number) => {
      const items = [...program.items];
      const [taken] = items.splice(index, 1);
      if (!taken) return;
      items.splice(to, 0, taken);
      program = { ...program, items };
      changed(true);
      // Keyboard users keep their place: the same button on the item just moved, else its other one.
      const moved = list.children[to];
      const same = moved?.querySelector<HTMLButtonElement>(
        `[data-move="${to < index ? 'up' : 'down'}"]`,
      );
      (same && !same.disabled
        ? same
        : moved?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')
      )?.focus();
    };
    const buttons = element('div', { className: 'builder__buttons' });
    const button = (text: string, action: () => void, extra: Record<string, string> = {}) => {
      const b = element('button', {
        type: 'button',
        className: 'button button--quiet',
        textContent: text,
      });
      for (const [k, v] of Object.entries(extra)) b.dataset[k] = v;
      b.addEventListener('click', action);
      buttons.append(b);
      return b;
    };
    button(words.up, () => move(index - 1), { move: 'up' }).disabled = index === 0;
    button(words.down, () => move(index + 1), { move: 'down' }).disabled =
      index === program.items.length - 1;
    button(words.remove, () => {
      program = { ...program, items: program.items.filter((_, i) => i !== index) };
      changed(true);
      (el('[data-builder-search]') as HTMLInputElement).focus();
    });
    if (!exercise) {
      li.classList.add('builder__item--missing');
      li.append(
        element('p', { className: 'builder__missing', textContent: words.missing }),
        buttons,
      );
      return li;
    }
    const swap = (id: string) => {
      const items = program.items.map((it, i) =>
        i === index
          ? {
              exercise: id,
              // Sides that take turns (a skater hop) cannot be done one side only.
              side: exercises[id]?.dose.alternates === true ? 'both' : it.side,
              ...(it.note ? { note: it.note } : {}),
            }
          : it,
      );
      program = { ...program, items };
      changed(true);
      list.querySelectorAll<HTMLElement>('.builder__item h3')[index]?.focus();
    };
    for (const [key, ids] of [
      ['easier', exercise.easier],
      ['harder', exercise.harder],
    ] as const) {
      const other = ids[0] ? exercises[ids[0]] : undefined;
      if (other)
        button(fill(words[key], { name: other.name }), () => swap(other.id), { swap: key });
    }
    li.append(element('p', { className: 'builder__words' }));
    li.lastElementChild?.setAttribute('data-words', String(index));
    const dose = { ...(item.dose ?? {}) };
    const key = amountKey(item.exercise);
    const setDose = (k: 'sets' | 'restSeconds' | AmountKey, n: number | undefined) => {
      dose[k] = n;
      program.items[index] = { ...item, dose: { ...dose } };
    };
    const base = exercise.dose;
    const grid = element(
      'div',
      { className: 'builder__grid' },
      numberInput(words.sets, dose.sets ?? base.sets, 1, 10, (n) => setDose('sets', n)),
      numberInput(
        words[key],
        dose[key] ?? base[key],
        1,
        key === 'reps' ? 100 : key === 'metres' ? 400 : 1800,
        (n) => setDose(key, n),
      ),
      numberInput(words.rest, dose.restSeconds ?? base.restSeconds, 0, 600, (n) =>
        setDose('restSeconds', n),
      ),
    );
    const side = element('select', { name: `side-${index}` });
    for (const value of ['both', 'left', 'right'] as const)
      side.append(
        element('option', {
          value,
          textContent: words.sides[value],
          selected: item.side === value,
        }),
      );
    side.addEventListener('change', () => {
      const current = program.items[index];
      if (current) program.items[index] = { ...current, side: side.value as ProgramItem['side'] };
      changed();
    });
    grid.append(element('label', { className: 'builder__field' }, words.side, side));
    if (exercise.dose.alternates === true) {
      // Its sides take turns (left, right, left…): one side only cannot be done, so say why.
      side.disabled = true;
      side.value = 'both';
      const why = element('p', {
        id: `side-why-${index}`,
        className: 'builder__field--wide',
        textContent: words.alternates,
      });
      side.setAttribute('aria-describedby', why.id);
      grid.append(why);
    }
    const note = element('input', { type: 'text', maxLength: 200, value: item.note ?? '' });
    note.addEventListener('input', () => {
      const current = program.items[index];
      if (!current) return;
      const { note: _old, ...rest } = current;
      program.items[index] = note.value.trim() ? { ...rest, note: note.value } : rest;
      changed();
    });
    grid.append(
      element('label', { className: 'builder__field builder__field--wide' }, words.note, note),
    );
    li.append(grid, buttons);
    return li;
  }

  const stages = stageEditor({
    list: el('[data-builder-stages]') as HTMLOListElement,
    none: el('[data-builder-no-stages]'),
    add: el('[data-builder-add-stage]') as HTMLButtonElement,
    status,
    words,
    exercises,
    amountKey,
    program: () => program,
    update: (next) => {
      program = next;
      changed();
    },
  });

  function renderItems() {
    list.replaceChildren(...program.items.map(itemView));
    el('[data-builder-none]').hidden = program.items.length > 0;
    list.querySelectorAll('h3').forEach((h) => (h.tabIndex = -1));
    refreshWords();
    stages.render();
  }

  function renderDetails() {
    input('title').value = program.title;
    input('days').value = String(program.daysPerWeek);
    input('advice').value = program.advice.join('\n');
    input('patient').value = program.patient ?? '';
    input('clinician').value = program.clinician ?? '';
    input('date').value = program.date ?? '';
    input('paper').value = program.paper ?? library.settings.paper;
    input('largePrint').checked = program.largePrint;
  }

  const load = (data: unknown) => {
    const checked = checkProgram(data, library, catalog, validate);
    showProblems(checked.problems);
    program = checked.program ?? blank();
    missing = new Set(checked.missing);
    renderDetails();
    renderItems();
    fetchPrintParts();
    updateLinks();
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    // The search and its filters choose what to add; they are not part of the program.
    if (target.matches('[data-builder-search], [data-builder-filter]')) return;
    const text = (v: string) => (v.trim() === '' ? undefined : v.trim());
    const next: Record<string, unknown> = { ...program };
    if (target.name === 'title') next['title'] = text(target.value) ?? words.untitled;
    if (
      target.name === 'days' &&
      Number.isInteger(target.valueAsNumber) &&
      target.valueAsNumber >= 1 &&
      target.valueAsNumber <= 7
    )
      next['daysPerWeek'] = target.valueAsNumber;
    if (target.name === 'advice')
      next['advice'] = target.value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 8);
    for (const key of ['patient', 'clinician', 'date'] as const)
      if (target.name === key) next[key] = text(target.value);
    if (target.name === 'paper') next['paper'] = target.value;
    if (target.name === 'largePrint') next['largePrint'] = target.checked;
    program = next as ProgramFile;
    if (target.name === 'withName') void writeLinks();
    else changed();
  });

  // Add: the exercise finder's search and filters (body area, equipment, level), its own logic.
  const { facets, items: entries } = data.finder;
  const search = el('[data-builder-search]') as HTMLInputElement;
  const results = el('[data-builder-results]') as HTMLUListElement;
  const filterControls = () => [
    ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-builder-filter]'),
  ];
  const finderState = (): FinderState => {
    const picks: Record<string, string[]> = {};
    for (const control of filterControls()) {
      const key = control.dataset['builderFilter'] ?? '';
      const picked = control instanceof HTMLInputElement ? control.checked : control.value !== '';
      if (picked) picks[key] = [...(picks[key] ?? []), control.value];
    }
    return { q: search.value, picks };
  };
  const showResults = () => {
    const { visible } = evaluate(entries, facets, finderState());
    const found = entries.filter((_, i) => visible[i]);
    results.replaceChildren(
      ...found.map(({ id }) => {
        const x = exercises[id];
        if (!x) return '';
        const add = element('button', {
          type: 'button',
          className: 'button button--quiet',
          textContent: words.addButton,
        });
        add.setAttribute('aria-label', `${words.addButton}: ${x.name}`);
        add.addEventListener('click', () => {
          if (program.items.length >= 12) {
            status.textContent = words.tooMany;
            return;
          }
          program = { ...program, items: [...program.items, { exercise: id, side: 'both' }] };
          changed(true);
          status.textContent = `${x.name}: ${program.items.length}`;
        });
        return element('li', {}, element('span', { textContent: `${x.name} (${x.alias})` }), add);
      }),
    );
    el('[data-builder-count]').textContent = fill(words.results, {
      count: found.length,
    });
  };
  search.addEventListener('input', showResults);
  for (const control of filterControls()) control.addEventListener('change', showResults);
  showResults();

  // Start: a routine or program of the library, a saved one, or blank.
  const start = el('[data-builder-start]') as HTMLSelectElement;
  const saved = el('[data-builder-saved]') as HTMLOptGroupElement;
  const fillSaved = () => {
    saved.replaceChildren(
      ...loadSaved().map((s, i) =>
        element('option', { value: `saved:${i}`, textContent: s.title }),
      ),
    );
    saved.hidden = saved.children.length === 0;
  };
  fillSaved();
  /** A routine or a program of the library, fetched (a part); one that does not load says so. */
  const openStart = async (id: string | null, kind?: string) => {
    const found = data.starts.find((s) => s.id === id && (kind === undefined || s.kind === kind));
    if (!found) {
      load(blank());
      return;
    }
    try {
      load(await fetchStart(data.base, found.kind, found.id));
    } catch {
      load(blank());
      showProblems([words.startFailed]);
    }
  };
  (el('[data-builder-open]') as HTMLButtonElement).addEventListener('click', () => {
    const [kind = '', id = ''] = start.value.split(':');
    const opened = async () => {
      if (kind === 'blank') load(blank());
      else if (kind === 'saved') load(loadSaved()[Number(id)]?.program);
      else await openStart(id, kind);
    };
    void opened().then(() => {
      (el('[name="title"]') as HTMLInputElement).focus();
    });
  });

  (el('[data-builder-save]') as HTMLButtonElement).addEventListener('click', () => {
    saveProgram(program);
    fillSaved();
    status.textContent = fill(words.savedAs, { title: program.title });
  });
  (el('[data-builder-download]') as HTMLButtonElement).addEventListener('click', () => {
    const file = new Blob([programYaml(usable(), words.title)], { type: 'application/yaml' });
    const a = element('a', {
      href: URL.createObjectURL(file),
      download: `${
        normalise(program.title)
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'program'
      }.yaml`,
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  // Print: the handout made here, as `--program` makes it. The code loads after the page, once.
  const printing = () => import('./handout-print.ts');
  const parts = { library, base: data.base, logo: data.logo ?? null };
  const printButton = el('[data-builder-print]') as HTMLButtonElement;
  const getReady = () => void printing().then((p) => p.prepare(parts, usable()));
  printButton.addEventListener('pointerenter', getReady);
  printButton.addEventListener('focus', getReady);
  printButton.addEventListener('click', () => {
    printButton.disabled = true;
    status.textContent = words.printing;
    const started = performance.now();
    void printing()
      .then(async (p) =>
        p.printDocument(await p.programHandoutDocument(parts, usable(), new Date()), started),
      )
      .then(() => {
        status.textContent = '';
      })
      .catch((error: unknown) => {
        // A part that could not be had names its exercise; anything else, the general words.
        const part = error instanceof PartError ? error : undefined;
        const name = part
          ? (exercises[part.id]?.name ?? library.conditions[part.id]?.plainName ?? part.id)
          : '';
        status.textContent = part
          ? fill(part.reason === 'offline' ? words.partOffline : words.partDamaged, { name })
          : words.printFailed;
      })
      .finally(() => {
        printButton.disabled = false;
      });
  });
  (el('[data-builder-copy]') as HTMLButtonElement).addEventListener('click', () => {
    void navigator.clipboard
      .writeText((el('[data-patient-link]') as HTMLAnchorElement).href)
      .then(() => {
        status.textContent = words.copied;
      });
  });

  // On the first visit the service worker takes this page once installed (offline-worker.ts):
  // the parts are fetched again through it, so it keeps them for Print with no signal.
  if ('serviceWorker' in navigator)
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      forgetParts();
      fetchPrintParts();
    });

  // What the address holds: a program, a routine to start from (#from=<id>), or nothing.
  const fromHash = async () => {
    const read = await readProgramFragment(location.href);
    if (read.kind === 'data') {
      load(read.data);
      return;
    }
    if (read.kind === 'damaged') {
      load(blank());
      showProblems([
        read.reason === 'format' ? catalog.program.check.newer : catalog.program.check.damaged,
      ]);
      return;
    }
    await openStart(new URLSearchParams(location.hash.slice(1)).get('from'));
  };
  void fromHash();
}
