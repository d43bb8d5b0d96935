/**
 * Library → what the finder shows: the facets with their labels, and one entry per routine or
 * exercise with its tokens, search text and card text. The routine finder (home page) and the
 * exercise library use the same shape, so one component and one script serve both.
 */
import type { Exercise, Library, Routine } from '../model/library.ts';
import { lookup, lookupAll } from '../model/lookup.ts';
import { bodyAreaInfo, type BodyArea } from '../model/schema/body-area.ts';
import {
  bodyAreas,
  category,
  equipmentIds,
  level,
  type Equipment,
} from '../model/schema/vocabulary.ts';
import { goal } from '../model/schema/routine.ts';
import { noneValue, normalise, type FacetKind, type FacetSpec } from './finder-core.ts';
import { catalogFor, fill } from '../domain/catalog/index.ts';
import { equipmentText } from '../domain/facts.ts';
import type { Swap } from './finder-suggest.ts';
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
  readonly minutes: number;
  /** Exercises that need equipment, with those that could take their place (routines only). */
  readonly swaps?: readonly Swap[];
}

export interface FinderModel {
  /** "routine" / "routines", for counts and messages. */
  readonly noun: { readonly one: string; readonly many: string };
  readonly facets: readonly FacetView[];
  readonly items: readonly FinderItem[];
}

/** The time limits a runner might have, in minutes; only those that split the library are offered. */
export const timeChoices = [10, 15, 20, 30, 45, 60] as const;

/**
 * The time limits that split these minutes: each lets some routines in and keeps some out, and
 * two limits never let in the same routines. "Any" covers the rest.
 */
export function timeLimits(minutes: readonly number[]): number[] {
  const limits: number[] = [];
  let before = 0;
  for (const limit of timeChoices) {
    const fits = minutes.filter((m) => m <= limit).length;
    if (fits > before && fits < minutes.length) limits.push(limit);
    if (fits > before) before = fits;
  }
  return limits;
}

/**
 * A facet offering the values that some item carries but not every one, in vocabulary order.
 * "No equipment" always shows, so the first choice a runner makes is always in the same place.
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
  const count = (v: string) => items.filter((i) => (i.tokens[key] ?? []).includes(v)).length;
  // A pick-one value that every item carries filters nothing, so it is not offered.
  const splits = (v: string) => count(v) > 0 && (kind === 'have' || count(v) < items.length);
  const always = (v: string) => kind === 'have' && v === noneValue;
  const values = order.filter((v) => splits(v) || always(v));
  return { key, legend, kind, values, labels, primary };
}

/** The facets with something to choose: one with no value that splits the items is left out. */
function offered(facets: readonly FacetView[]): FacetView[] {
  return facets.filter((f) => f.values.length > 0);
}

const equipmentOrder = [noneValue, ...equipmentIds];
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
  const labels = { [noneValue]: words.facts.noEquipment, ...words.equipment };
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

function conditionFacet(library: Library, items: readonly FinderItem[]): FacetView {
  const conditions = Object.values(library.conditions).sort((a, b) =>
    a.plainName.localeCompare(b.plainName),
  );
  // The plain name first, the medical name second: "Pain on the outside of the hip (Trochanteric bursitis)".
  const labels = Object.fromEntries(conditions.map((c) => [c.id, `${c.plainName} (${c.name})`]));
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

/** What runners call these conditions: plain name, medical name and every other word for them. */
function conditionWords(library: Library, ids: readonly string[]): string[] {
  return lookupAll(library, 'condition', ids).flatMap((c) => [
    c.plainName,
    c.name,
    ...c.alsoCalled,
  ]);
}

/** What runners call these body areas: the plain name and its other words ("outer hip"). */
function areaWords(library: Library, areas: readonly BodyArea[]): string[] {
  const names = wordsFor(library).areas;
  return areas.flatMap((a) => [names[a], ...bodyAreaInfo[a].alsoCalled]);
}

/**
 * For each exercise that needs equipment, what could take its place: its easier and harder
 * versions first, then exercises with the same main targets, fewest needs first (at most 3).
 */
function swapsFor(library: Library, exercises: readonly Exercise[]): Swap[] {
  const all = Object.values(library.exercises);
  const seen = new Set<string>();
  return exercises.flatMap((x) => {
    if (x.equipment.length === 0 || seen.has(x.id)) return [];
    seen.add(x.id);
    const versions = lookupAll(library, 'exercise', [...x.easier, ...x.harder]);
    const sameTargets = all
      .filter((o) => o.id !== x.id && x.targets.every((t) => o.targets.includes(t)))
      .sort((a, b) => a.equipment.length - b.equipment.length || a.name.localeCompare(b.name));
    const options = [...new Map([...versions, ...sameTargets].map((o) => [o.id, o])).values()]
      .filter((o) => !sameNeeds(o, x))
      .slice(0, 3)
      .map((o) => ({ name: o.name, needs: o.equipment }));
    return options.length > 0 ? [{ name: x.name, needs: x.equipment, options }] : [];
  });
}
const sameNeeds = (a: Exercise, b: Exercise) =>
  a.equipment.length === b.equipment.length && a.equipment.every((e) => b.equipment.includes(e));

/** A routine's categories: those of its main exercises (routines do not state one). */
export function routineCategories(library: Library, routine: Routine): string[] {
  const found = new Set(
    routine.main.flatMap((i) => lookup(library, 'exercise', i.exercise).categories),
  );
  return category.options.filter((c) => found.has(c));
}

function routineItem(library: Library, routine: Routine, limits: readonly number[]): FinderItem {
  const exercises = [...routine.warmUp.items, ...routine.main, ...routine.coolDown].map((i) =>
    lookup(library, 'exercise', i.exercise),
  );
  return {
    id: routine.id,
    title: routine.title,
    path: pagePath.routine(routine.id),
    minutes: routine.minutes,
    swaps: swapsFor(library, exercises),
    meta: [
      fill(wordsFor(library).site.minutesShort, { minutes: routine.minutes }),
      wordsFor(library).levels[routine.level],
      equipmentText(routine.equipment, wordsFor(library)),
    ],
    summary: routine.summary,
    tokens: {
      time: limits.filter((t) => routine.minutes <= t).map(String),
      have: routine.equipment,
      goal: routine.goals,
      condition: routine.conditions,
      area: routine.areas,
      level: [routine.level],
      category: routineCategories(library, routine),
    },
    text: normalise(
      [
        routine.title,
        ...exercises.flatMap((x) => [x.name, x.alias]),
        ...conditionWords(library, routine.conditions),
        ...areaWords(library, routine.areas),
      ].join(' '),
    ),
  };
}

/** The home page finder: routines, no-equipment ones first, then shortest first. */
export function routineFinder(library: Library): FinderModel {
  const limits = timeLimits(Object.values(library.routines).map((r) => r.minutes));
  const items = Object.values(library.routines)
    .sort(
      (a, b) =>
        Number(a.equipment.length > 0) - Number(b.equipment.length > 0) ||
        a.minutes - b.minutes ||
        a.title.localeCompare(b.title),
    )
    .map((r) => routineItem(library, r, limits));
  const words = wordsFor(library).site.finder;
  const legends = words.legends;
  const times = Object.fromEntries(
    limits.map((t) => [String(t), fill(words.timeLimit, { minutes: t })]),
  );
  return {
    noun: words.nouns.routine,
    items,
    facets: offered([
      facet('time', legends.time, 'one', Object.keys(times), times, items, true),
      equipmentFacet(library, items, true),
      facet('goal', legends.goal, 'one', goal.options, words.goals, items),
      conditionFacet(library, items),
      facet('area', legends.area, 'one', bodyAreas, wordsFor(library).areas, items),
      facet('level', legends.level, 'one', level.options, wordsFor(library).levels, items),
      facet('category', legends.category, 'one', category.options, words.categories, items),
    ]),
  };
}

function exerciseItem(library: Library, exercise: Exercise): FinderItem {
  return {
    id: exercise.id,
    title: exercise.name,
    path: pagePath.exercise(exercise.id),
    minutes: exercise.minutes,
    meta: [
      fill(wordsFor(library).site.minutesShort, { minutes: exercise.minutes }),
      wordsFor(library).levels[exercise.level],
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
    text: normalise(
      [
        exercise.name,
        exercise.alias,
        ...conditionWords(library, exercise.conditions),
        ...areaWords(library, exercise.areas),
      ].join(' '),
    ),
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
    facets: offered([
      facet('category', legends.category, 'one', category.options, words.categories, items, true),
      equipmentFacet(library, items, false),
      conditionFacet(library, items),
      facet('area', legends.area, 'one', bodyAreas, wordsFor(library).areas, items),
      facet('level', legends.level, 'one', level.options, wordsFor(library).levels, items),
    ]),
  };
}
