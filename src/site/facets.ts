/**
 * Library → what the finder shows: the facets with their labels, and one entry per routine or
 * exercise with its tokens, search text and card text. The routine finder (home page) and the
 * exercise library use the same shape, so one component and one script serve both.
 */
import type { Exercise, Library, Routine } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import {
  bodyAreas,
  category,
  equipmentLabels,
  level,
  type Equipment,
} from '../model/schema/vocabulary.ts';
import { goal } from '../model/schema/routine.ts';
import { noneValue, normalise, type FacetKind, type FacetSpec } from './finder-core.ts';
import { catalogFor, fill } from '../domain/catalog/index.ts';
import { equipmentText } from '../domain/facts.ts';
import { pagePath } from '../domain/links.ts';

export interface FacetView extends FacetSpec {
  /** The question the facet answers, used as the fieldset legend. */
  readonly legend: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Shown straight away; the others sit under "More filters". */
  readonly primary: boolean;
  /** Values tucked under a "more" disclosure inside the facet, with its label. */
  readonly tucked?: { readonly label: string; readonly values: readonly string[] };
}

export interface FinderItem {
  readonly id: string;
  readonly title: string;
  /** Page path relative to the site root. */
  readonly path: string;
  /** Short facts for the card: "15 min", "Beginner", "No equipment". */
  readonly meta: readonly string[];
  readonly summary: string;
  readonly tokens: Readonly<Record<string, readonly string[]>>;
  readonly text: string;
}

export interface FinderModel {
  /** "routine" / "routines", for counts and messages. */
  readonly noun: { readonly one: string; readonly many: string };
  readonly facets: readonly FacetView[];
  readonly items: readonly FinderItem[];
}

/** The time limits offered, in minutes. */
export const timeLimits = [10, 20, 45] as const;

/** "return-to-running" → "Return to running" */
export function wordsOf(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A facet offering the values that some item carries, in vocabulary order. Time limits and "no
 * equipment" always show, so the first choices a runner makes are always in the same place.
 */
function facet(
  key: string,
  legend: string,
  kind: FacetKind,
  order: readonly string[],
  labels: Readonly<Record<string, string>>,
  items: readonly FinderItem[],
  primary = false,
): FacetView {
  const used = new Set(items.flatMap((i) => i.tokens[key] ?? []));
  const always = (v: string) => key === 'time' || (kind === 'have' && v === noneValue);
  const values = order.filter((v) => used.has(v) || always(v));
  return { key, legend, kind, values, labels, primary };
}

const equipmentOrder = [noneValue, ...Object.keys(equipmentLabels)];
/** Equipment most runners only find in a gym: tucked away so the home kit fits on a phone screen. */
const gymEquipment: readonly Equipment[] = [
  'kettlebell',
  'dumbbell',
  'barbell',
  'bench',
  'leg-press-machine',
  'slide-board',
  'agility-ladder',
  'stability-ball',
];

/** The finder's words in the library's language. */
const wordsFor = (library: Library) => catalogFor(library.settings.language);

/** The "equipment you have" facet, with gym equipment tucked away. */
function equipmentFacet(
  library: Library,
  items: readonly FinderItem[],
  primary: boolean,
): FacetView {
  const words = wordsFor(library);
  const labels = { [noneValue]: words.facts.noEquipment, ...equipmentLabels };
  const have = facet(
    'have',
    words.site.finder.legends.have,
    'have',
    equipmentOrder,
    labels,
    items,
    primary,
  );
  const gym = have.values.filter((v) => (gymEquipment as readonly string[]).includes(v));
  return gym.length > 1 ? { ...have, tucked: { label: words.site.finder.gym, values: gym } } : have;
}
const titleCase = (ids: readonly string[]) => Object.fromEntries(ids.map((v) => [v, wordsOf(v)]));

function conditionFacet(library: Library, items: readonly FinderItem[]): FacetView {
  const conditions = Object.values(library.conditions).sort((a, b) => a.name.localeCompare(b.name));
  const labels = Object.fromEntries(conditions.map((c) => [c.id, c.name]));
  const order = conditions.map((c) => c.id);
  return facet(
    'condition',
    wordsFor(library).site.finder.legends.condition,
    'one',
    order,
    labels,
    items,
  );
}

/** A routine's categories: those of its main exercises (routines do not state one). */
export function routineCategories(library: Library, routine: Routine): string[] {
  const found = new Set(
    routine.main.flatMap((i) => lookup(library, 'exercise', i.exercise).categories),
  );
  return category.options.filter((c) => found.has(c));
}

function routineItem(library: Library, routine: Routine): FinderItem {
  const exercises = [...routine.warmUp.items, ...routine.main, ...routine.coolDown].map((i) =>
    lookup(library, 'exercise', i.exercise),
  );
  return {
    id: routine.id,
    title: routine.title,
    path: pagePath.routine(routine.id),
    meta: [
      fill(wordsFor(library).site.minutesShort, { minutes: routine.minutes }),
      wordsOf(routine.level),
      equipmentText(routine.equipment, wordsFor(library)),
    ],
    summary: routine.summary,
    tokens: {
      time: timeLimits.filter((t) => routine.minutes <= t).map(String),
      have: routine.equipment,
      goal: routine.goals,
      condition: routine.conditions,
      area: routine.areas,
      level: [routine.level],
      category: routineCategories(library, routine),
    },
    text: normalise([routine.title, ...exercises.flatMap((x) => [x.name, x.alias])].join(' ')),
  };
}

/** The home page finder: routines, no-equipment ones first, then shortest first. */
export function routineFinder(library: Library): FinderModel {
  const items = Object.values(library.routines)
    .sort(
      (a, b) =>
        Number(a.equipment.length > 0) - Number(b.equipment.length > 0) ||
        a.minutes - b.minutes ||
        a.title.localeCompare(b.title),
    )
    .map((r) => routineItem(library, r));
  const words = wordsFor(library).site.finder;
  const legends = words.legends;
  const times = Object.fromEntries(
    timeLimits.map((t) => [String(t), fill(words.timeLimit, { minutes: t })]),
  );
  return {
    noun: words.nouns.routine,
    items,
    facets: [
      facet('time', legends.time, 'one', Object.keys(times), times, items, true),
      equipmentFacet(library, items, true),
      facet('goal', legends.goal, 'one', goal.options, titleCase(goal.options), items),
      conditionFacet(library, items),
      facet('area', legends.area, 'one', Object.keys(bodyAreas), bodyAreas, items),
      facet('level', legends.level, 'one', level.options, titleCase(level.options), items),
      facet(
        'category',
        legends.category,
        'one',
        category.options,
        titleCase(category.options),
        items,
      ),
    ],
  };
}

function exerciseItem(library: Library, exercise: Exercise): FinderItem {
  return {
    id: exercise.id,
    title: exercise.name,
    path: pagePath.exercise(exercise.id),
    meta: [
      fill(wordsFor(library).site.minutesShort, { minutes: exercise.minutes }),
      wordsOf(exercise.level),
      equipmentText(exercise.equipment, wordsFor(library)),
    ],
    summary: `${exercise.alias}. ${exercise.purpose}`,
    tokens: {
      have: exercise.equipment,
      condition: exercise.conditions,
      area: exercise.areas,
      level: [exercise.level],
      category: exercise.categories,
    },
    text: normalise(`${exercise.name} ${exercise.alias}`),
  };
}

/** The exercise library: the same finder over exercises, by name. */
export function exerciseFinder(library: Library): FinderModel {
  const items = Object.values(library.exercises)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => exerciseItem(library, e));
  const words = wordsFor(library).site.finder;
  const legends = words.legends;
  return {
    noun: words.nouns.exercise,
    items,
    facets: [
      facet(
        'category',
        legends.category,
        'one',
        category.options,
        titleCase(category.options),
        items,
        true,
      ),
      equipmentFacet(library, items, false),
      conditionFacet(library, items),
      facet('area', legends.area, 'one', Object.keys(bodyAreas), bodyAreas, items),
      facet('level', legends.level, 'one', level.options, titleCase(level.options), items),
    ],
  };
}
