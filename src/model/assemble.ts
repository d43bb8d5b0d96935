/**
 * Valid, cross-checked files → the Library. Works out what people would otherwise have to keep in
 * step by hand: each routine's doses, minutes, equipment and body areas, and the links back from
 * exercises and conditions to the routines that use them.
 */
import { problemAt, type Entries, type Entry, type Valid } from './entries.ts';
import type {
  Condition,
  Deck,
  Exercise,
  Library,
  PainLimits,
  Program,
  Routine,
  Settings,
  Warmup,
} from './library.ts';
import type { Problem } from '../core/problems.ts';
import { positionsOf, type FilePositions } from './positions.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import { kinds, type KindName } from './schema/index.ts';
import type { Item } from './schema/item.ts';
import type { PainRule } from './schema/pain-rule.ts';
import { languagesOf, type SettingsFile } from './schema/settings.ts';
import { itemOf, routineAreas, stagesOf } from './routine-parts.ts';
import { targetAreas, type Equipment } from './schema/vocabulary.ts';

/** The routine's own limits over those of guidance.yaml; amber must stay above green once merged. */
function painLimitsOf(
  entry: Valid<'routine'>,
  rule: PainRule,
): { limits: PainLimits; problems: Problem[] } {
  const own = entry.data.painRule;
  const limits = {
    greenUpTo: own?.greenUpTo ?? rule.greenUpTo,
    amberUpTo: own?.amberUpTo ?? rule.amberUpTo,
  };
  if (limits.amberUpTo > limits.greenUpTo) return { limits, problems: [] };
  const field = own?.amberUpTo === undefined ? 'greenUpTo' : 'amberUpTo';
  return {
    limits,
    problems: problemAt(
      entry,
      ['painRule', field],
      `painRule leaves no amber band: green goes up to ${limits.greenUpTo} and amber up to ${limits.amberUpTo}`,
      `Give both here, with amberUpTo more than greenUpTo, e.g. { greenUpTo: ${Math.min(limits.greenUpTo, 8)}, amberUpTo: ${Math.min(limits.greenUpTo, 8) + 1} }.`,
    ),
  };
}

const source = (entry: Entry) => entry.file?.file ?? '';

function warmupOf(entry: Valid<'warmup'>): Warmup {
  const minutes = entry.data.phases.reduce((sum, p) => sum + p.minutes, 0);
  const maxMinutes = entry.data.phases.reduce((sum, p) => sum + (p.maxMinutes ?? p.minutes), 0);
  return { ...entry.data, id: entry.id, source: source(entry), minutes, maxMinutes };
}

function routineOf(
  entry: Valid<'routine'>,
  exercises: ReadonlyMap<string, ExerciseFile>,
  warmups: Readonly<Record<string, Warmup>>,
  painRule: PainRule,
): { routine: Routine; problems: Problem[] } {
  const {
    warmUp,
    main,
    coolDown,
    minutes: stated,
    stages,
    painRule: ownLimits,
    ...rest
  } = entry.data;
  const toItem = (item: Item) => itemOf(item, exercises, rest.timesPerWeek);
  const sections = {
    warmUp: { protocol: warmUp?.protocol, items: (warmUp?.items ?? []).map(toItem) },
    main: main.map(toItem),
    coolDown: coolDown.map(toItem),
  };
  const all = [...sections.warmUp.items, ...sections.main, ...sections.coolDown];
  const protocolMinutes = warmUp?.protocol ? (warmups[warmUp.protocol]?.minutes ?? 0) : 0;
  const computed = Math.ceil(protocolMinutes + all.reduce((sum, item) => sum + item.minutes, 0));
  const problems: Problem[] =
    stated !== undefined && Math.abs(stated - computed) > Math.max(2, computed * 0.25)
      ? problemAt(
          entry,
          ['minutes'],
          `minutes says ${stated}, but the warm-up and exercises add up to about ${computed}`,
          `Change it to ${computed}, or delete the line to have it worked out.`,
        )
      : [];
  // The warm-up protocol's drills count too: a routine needs what its warm-up needs.
  const protocolDrills = warmUp?.protocol
    ? (warmups[warmUp.protocol]?.phases.flatMap((phase) => phase.drills) ?? [])
    : [];
  const equipment = new Set<Equipment>(
    [...all, ...protocolDrills].flatMap((item) => exercises.get(item.exercise)?.equipment ?? []),
  );
  const pain = painLimitsOf(entry, painRule);
  problems.push(...pain.problems);
  const routine: Routine = {
    ...rest,
    ...sections,
    id: entry.id,
    source: source(entry),
    minutes: stated ?? computed,
    equipment: [...equipment].sort(),
    areas: routineAreas(sections.main, exercises),
    stages: stagesOf(entry.data.stages, sections.main),
    painRule: pain.limits,
  };
  return { routine, problems };
}

/** Every exercise id a routine uses, in any section. */
function exercisesIn(routine: Routine): string[] {
  return [...routine.warmUp.items, ...routine.main, ...routine.coolDown].map(
    (item) => item.exercise,
  );
}

/** Links back, in one pass: for each key, the ids of the things that point to it, in order. */
function backLinks<T extends { id: string }>(
  things: readonly T[],
  keysOf: (thing: T) => readonly string[],
) {
  const links = new Map<string, string[]>();
  for (const thing of things)
    for (const key of new Set(keysOf(thing))) links.set(key, [...(links.get(key) ?? []), thing.id]);
  return (key: string): string[] => links.get(key) ?? [];
}

/** Settings with the languages worked out: `language` is the one this Library is in. */
function settingsOf(data: SettingsFile): Settings {
  const languages = languagesOf(data);
  return { ...data, languages, language: data.language ?? languages[0] ?? 'en' };
}

export function assemble(
  root: string,
  entries: Entries,
): { library?: Library; problems: Problem[] } {
  const [settings] = entries.valid('settings');
  const [guidance] = entries.valid('guidance');
  if (!settings || !guidance) return { problems: [] };
  const exerciseFiles = new Map(entries.valid('exercise').map((e) => [e.id, e.data]));

  const warmups = Object.fromEntries(entries.valid('warmup').map((e) => [e.id, warmupOf(e)]));
  const problems: Problem[] = [];
  const routines: Record<string, Routine> = {};
  for (const entry of entries.valid('routine')) {
    const result = routineOf(entry, exerciseFiles, warmups, guidance.data.painRule);
    routines[entry.id] = result.routine;
    problems.push(...result.problems);
  }
  const routineList = Object.values(routines);
  const routinesUsing = backLinks(routineList, exercisesIn);
  const routinesFor = backLinks(routineList, (r) => r.conditions);
  const exercisesFor = backLinks(entries.valid('exercise'), (x) => x.data.conditions);

  const exercises: Record<string, Exercise> = {};
  for (const entry of entries.valid('exercise')) {
    const areas = [...new Set(entry.data.targets.map((t) => targetAreas[t]))];
    const usedIn = routinesUsing(entry.id);
    exercises[entry.id] = { ...entry.data, id: entry.id, source: source(entry), areas, usedIn };
  }

  const conditions: Record<string, Condition> = {};
  for (const entry of entries.valid('condition'))
    conditions[entry.id] = {
      ...entry.data,
      id: entry.id,
      source: source(entry),
      stopRunning: entry.data.running.action === 'stop',
      routines: routinesFor(entry.id),
      exercises: exercisesFor(entry.id),
    };

  const decks: Record<string, Deck> = {};
  for (const entry of entries.valid('deck'))
    decks[entry.id] = { ...entry.data, id: entry.id, source: source(entry) };

  const programs: Record<string, Program> = {};
  for (const entry of entries.valid('program'))
    programs[entry.id] = { ...entry.data, id: entry.id, source: source(entry) };

  const positions: Record<string, FilePositions> = {};
  const translatedIn: Record<string, string> = {};
  for (const kind of Object.keys(kinds) as KindName[])
    for (const entry of entries.valid(kind)) {
      if (entry.file) positions[entry.file.file] = positionsOf(entry.file);
      if (entry.file && entry.overlay) {
        positions[entry.overlay.file] = positionsOf(entry.overlay);
        translatedIn[entry.file.file] = entry.overlay.file;
      }
    }

  const library: Library = {
    root,
    settings: settingsOf(settings.data),
    guidance: guidance.data,
    exercises,
    conditions,
    routines,
    warmups,
    decks,
    programs,
    positions,
    translatedIn,
    advice: [],
  };
  return { library, problems };
}
