/**
 * Validated files → the Library. Checks that every reference points at something that exists,
 * that ids and output files are unique, and works out minutes, equipment and body areas.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import {
  deepFreeze,
  type Condition,
  type Deck,
  type Exercise,
  type Library,
  type Routine,
  type RoutineItem,
  type Warmup,
} from './library.ts';
import { locateValue, type FieldPath } from './locate.ts';
import type { ParsedFile } from './parse.ts';
import type { Problem } from './problems.ts';
import { applyDose, type Dose } from './schema/dose.ts';
import type { ConditionFile } from './schema/condition.ts';
import type { DeckFile } from './schema/deck.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import type { GuidanceFile } from './schema/guidance.ts';
import type { KindName } from './schema/index.ts';
import type { Item } from './schema/item.ts';
import type { RoutineFile } from './schema/routine.ts';
import type { SettingsFile } from './schema/settings.ts';
import { id as idSchema, targetAreas, type BodyArea, type Equipment } from './schema/vocabulary.ts';
import type { WarmupFile } from './schema/warmup.ts';
import { didYouMean } from './suggest.ts';

export interface Entry {
  readonly kind: KindName;
  readonly id: string;
  readonly file: ParsedFile | undefined;
  /** Validated data, or undefined when the file has problems. */
  data: unknown;
}
export type Entries = Map<KindName, Entry[]>;

interface FileData {
  exercise: ExerciseFile;
  condition: ConditionFile;
  routine: RoutineFile;
  warmup: WarmupFile;
  deck: DeckFile;
  guidance: GuidanceFile;
  settings: SettingsFile;
}

const folderNouns: Partial<Record<KindName, string>> = {
  exercise: 'exercise',
  condition: 'condition',
  routine: 'routine',
  warmup: 'warm-up protocol',
  deck: 'deck',
};

export async function resolve(
  root: string,
  entries: Entries,
): Promise<{ library?: Library; problems: Problem[] }> {
  const problems: Problem[] = [];
  const of = (kind: KindName) =>
    [...(entries.get(kind) ?? [])].sort(
      (a, b) => a.id.localeCompare(b.id) || (a.file?.file ?? '').localeCompare(b.file?.file ?? ''),
    );
  const idsOf = (kind: KindName) => of(kind).map((e) => e.id);
  const report = (entry: Entry, fieldPath: FieldPath, message: string, hint?: string) => {
    if (entry.file)
      problems.push({
        file: entry.file.file,
        ...locateValue(entry.file, fieldPath),
        message,
        hint,
      });
  };

  // Ids are file names: they must be well formed and unique within a kind.
  for (const kind of Object.keys(folderNouns) as KindName[]) {
    const seen = new Map<string, Entry>();
    for (const entry of of(kind)) {
      if (!idSchema.safeParse(entry.id).success) {
        report(
          entry,
          [],
          `the file name "${entry.id}" is not a valid id`,
          `Rename it with lower-case words joined by hyphens, like "${entry.id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}.yaml".`,
        );
      }
      const first = seen.get(entry.id);
      if (first)
        report(
          entry,
          [],
          `another ${folderNouns[kind]} already has the id "${entry.id}" (${first.file?.file ?? 'another file'})`,
          'Rename one of the two files; each id must be unique.',
        );
      else seen.set(entry.id, entry);
    }
  }

  const ids = {
    exercise: idsOf('exercise'),
    condition: idsOf('condition'),
    routine: idsOf('routine'),
    warmup: idsOf('warmup'),
  };
  const checkRef = (entry: Entry, kind: keyof typeof ids, ref: string, fieldPath: FieldPath) => {
    if (!ids[kind].includes(ref))
      report(
        entry,
        fieldPath,
        `unknown ${folderNouns[kind]} "${ref}"`,
        didYouMean(ref, ids[kind], folderNouns[kind] ?? kind),
      );
  };
  const valid = <K extends keyof FileData>(kind: K) =>
    of(kind).filter((e): e is Entry & { data: FileData[K] } => e.data !== undefined);

  // References from each kind of file.
  for (const entry of valid('exercise')) {
    const x = entry.data;
    for (const key of ['easier', 'harder'] as const)
      x[key].forEach((ref, i) => {
        checkRef(entry, 'exercise', ref, [key, i]);
        if (ref === entry.id)
          report(
            entry,
            [key, i],
            `an exercise cannot be its own ${key} option`,
            'Remove this line.',
          );
      });
    x.conditions.forEach((ref, i) => checkRef(entry, 'condition', ref, ['conditions', i]));
    for (const [i, m] of x.media.entries())
      await checkFile(root, m.file, () =>
        report(
          entry,
          ['media', i, 'file'],
          `the picture "${m.file}" does not exist`,
          `Put the file at routines/${m.file}, or fix the path.`,
        ),
      );
  }
  for (const entry of valid('warmup'))
    entry.data.phases.forEach((p, i) =>
      p.drills.forEach((d, j) =>
        checkRef(entry, 'exercise', d.exercise, ['phases', i, 'drills', j, 'exercise']),
      ),
    );
  for (const entry of valid('routine')) {
    const r = entry.data;
    r.conditions.forEach((ref, i) => checkRef(entry, 'condition', ref, ['conditions', i]));
    if (r.warmUp?.protocol) checkRef(entry, 'warmup', r.warmUp.protocol, ['warmUp', 'protocol']);
    r.warmUp?.items.forEach((it, i) =>
      checkRef(entry, 'exercise', it.exercise, ['warmUp', 'items', i, 'exercise']),
    );
    r.main.forEach((it, i) => checkRef(entry, 'exercise', it.exercise, ['main', i, 'exercise']));
    r.coolDown.forEach((it, i) =>
      checkRef(entry, 'exercise', it.exercise, ['coolDown', i, 'exercise']),
    );
  }
  for (const entry of valid('deck')) {
    if (ids.routine.includes(entry.id))
      report(
        entry,
        [],
        `a deck named "${entry.id}" would overwrite the deck made for the routine "${entry.id}"`,
        'Rename this deck file.',
      );
    entry.data.slides.forEach((s, i) => {
      if (s.kind === 'routine') checkRef(entry, 'routine', s.routine, ['slides', i, 'routine']);
      if (s.kind === 'exercise') checkRef(entry, 'exercise', s.exercise, ['slides', i, 'exercise']);
      if (s.kind === 'conditions')
        s.conditions?.forEach((c, j) =>
          checkRef(entry, 'condition', c, ['slides', i, 'conditions', j]),
        );
    });
  }
  const [settingsEntry] = valid('settings');
  const logo = settingsEntry?.data.clinic.logo;
  if (settingsEntry && logo)
    await checkFile(root, logo, () =>
      report(
        settingsEntry,
        ['clinic', 'logo'],
        `the logo "${logo}" does not exist`,
        `Put the file at routines/${logo}, or fix the path.`,
      ),
    );

  const [guidanceEntry] = valid('guidance');
  if (problems.length > 0 || !settingsEntry || !guidanceEntry) return { problems };
  if ([...entries.values()].flat().some((e) => e.data === undefined)) return { problems };

  const library = build(root, settingsEntry.data, guidanceEntry.data, {
    exercises: valid('exercise'),
    conditions: valid('condition'),
    routines: valid('routine'),
    warmups: valid('warmup'),
    decks: valid('deck'),
  });
  library.routineProblems.forEach(({ entry, fieldPath, message, hint }) => {
    report(entry, fieldPath, message, hint);
  });
  return problems.length > 0 ? { problems } : { library: deepFreeze(library.library), problems };
}

async function checkFile(root: string, file: string, onMissing: () => void): Promise<void> {
  await access(path.join(root, file)).catch(onMissing);
}

interface Valid<T> {
  readonly id: string;
  readonly data: T;
  readonly file: ParsedFile | undefined;
}

function build(
  root: string,
  settings: SettingsFile,
  guidance: GuidanceFile,
  files: {
    exercises: Valid<ExerciseFile>[];
    conditions: Valid<ConditionFile>[];
    routines: Valid<RoutineFile>[];
    warmups: Valid<WarmupFile>[];
    decks: Valid<DeckFile>[];
  },
) {
  const routineProblems: { entry: Entry; fieldPath: FieldPath; message: string; hint?: string }[] =
    [];
  const source = (v: Valid<unknown>) => v.file?.file ?? '';
  const exerciseFiles = new Map(files.exercises.map((e) => [e.id, e.data]));

  const warmups: Record<string, Warmup> = {};
  for (const w of files.warmups) {
    const minutes = w.data.phases.reduce((sum, p) => sum + p.minutes, 0);
    const maxMinutes = w.data.phases.reduce((sum, p) => sum + (p.maxMinutes ?? p.minutes), 0);
    warmups[w.id] = { ...w.data, id: w.id, source: source(w), minutes, maxMinutes };
  }

  const toItem = (it: Item): RoutineItem => {
    const base = exerciseFiles.get(it.exercise);
    if (!base) throw new Error(`unresolved exercise ${it.exercise}`);
    const dose: Dose = applyDose(base.dose, it.dose);
    return {
      exercise: it.exercise,
      dose,
      note: it.note,
      minutes: base.minutes * (dose.sets / base.dose.sets),
    };
  };
  const usedIn = new Map<string, Set<string>>();
  const routines: Record<string, Routine> = {};
  for (const r of files.routines) {
    const { warmUp, main, coolDown, minutes: stated, ...rest } = r.data;
    const sections = {
      warmUp: { protocol: warmUp?.protocol, items: (warmUp?.items ?? []).map(toItem) },
      main: main.map(toItem),
      coolDown: coolDown.map(toItem),
    };
    const all = [...sections.warmUp.items, ...sections.main, ...sections.coolDown];
    const protocolMinutes = warmUp?.protocol ? (warmups[warmUp.protocol]?.minutes ?? 0) : 0;
    const computed = Math.ceil(protocolMinutes + all.reduce((sum, it) => sum + it.minutes, 0));
    if (stated !== undefined && Math.abs(stated - computed) > Math.max(2, computed * 0.25)) {
      const entry: Entry = { kind: 'routine', id: r.id, file: r.file, data: r.data };
      routineProblems.push({
        entry,
        fieldPath: ['minutes'],
        message: `minutes says ${stated}, but the warm-up and exercises add up to about ${computed}`,
        hint: `Change it to ${computed}, or delete the line to have it worked out.`,
      });
    }
    const equipment = new Set<Equipment>();
    const areas = new Set<BodyArea>();
    for (const it of all)
      exerciseFiles.get(it.exercise)?.equipment.forEach((e) => equipment.add(e));
    for (const it of sections.main)
      exerciseFiles.get(it.exercise)?.targets.forEach((t) => areas.add(targetAreas[t]));
    for (const it of all) {
      const set = usedIn.get(it.exercise) ?? new Set<string>();
      set.add(r.id);
      usedIn.set(it.exercise, set);
    }
    routines[r.id] = {
      ...rest,
      ...sections,
      id: r.id,
      source: source(r),
      minutes: stated ?? computed,
      equipment: [...equipment].sort(),
      areas: [...areas],
    };
  }

  const exercises: Record<string, Exercise> = {};
  for (const x of files.exercises) {
    const areas = [...new Set(x.data.targets.map((t) => targetAreas[t]))];
    exercises[x.id] = {
      ...x.data,
      id: x.id,
      source: source(x),
      areas,
      usedIn: [...(usedIn.get(x.id) ?? [])].sort(),
    };
  }

  const conditions: Record<string, Condition> = {};
  for (const c of files.conditions) {
    conditions[c.id] = {
      ...c.data,
      id: c.id,
      source: source(c),
      routines: files.routines.filter((r) => r.data.conditions.includes(c.id)).map((r) => r.id),
      exercises: files.exercises.filter((x) => x.data.conditions.includes(c.id)).map((x) => x.id),
    };
  }

  const decks: Record<string, Deck> = {};
  for (const d of files.decks) decks[d.id] = { ...d.data, id: d.id, source: source(d) };

  const library: Library = {
    root,
    settings,
    guidance,
    exercises,
    conditions,
    routines,
    warmups,
    decks,
  };
  return { library, routineProblems };
}
