/** The files of one load, by kind: parsed, and validated where the schema accepted them. */
import { locateValue, type FieldPath } from './locate.ts';
import type { ParsedFile } from './parse.ts';
import type { Problem } from '../core/problems.ts';
import type { ConditionFile } from './schema/condition.ts';
import type { DeckFile } from './schema/deck.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import type { GuidanceFile } from './schema/guidance.ts';
import type { KindName } from './schema/index.ts';
import type { ProgramFile } from './schema/program.ts';
import type { RoutineFile } from './schema/routine.ts';
import type { SettingsFile } from './schema/settings.ts';
import type { WarmupFile } from './schema/warmup.ts';

export interface Entry {
  readonly kind: KindName;
  /** The file name without .yaml. */
  readonly id: string;
  /** The parsed file, or undefined when it could not be read. */
  readonly file: ParsedFile | undefined;
  /** Validated data, or undefined when the file has problems. */
  readonly data: unknown;
  /** In a language other than the content's own: its translation's parsed file, if it has one. */
  readonly overlay?: ParsedFile;
}

/** The validated data type of each kind. */
export interface FileData {
  exercise: ExerciseFile;
  condition: ConditionFile;
  routine: RoutineFile;
  warmup: WarmupFile;
  deck: DeckFile;
  program: ProgramFile;
  guidance: GuidanceFile;
  settings: SettingsFile;
}

export type Valid<K extends KindName> = Entry & { readonly data: FileData[K] };

export interface Entries {
  /** Every entry of a kind, by id, then by file (so "first" and "second" are stable). */
  of(kind: KindName): Entry[];
  /** Ids of a kind, including files with problems (so a reference to them is not reported twice). */
  ids(kind: KindName): string[];
  /** Entries of a kind whose data passed the schema. */
  valid<K extends KindName>(kind: K): Valid<K>[];
  /** True when every file passed the schema. */
  allValid(): boolean;
}

export function entrySet(entries: readonly Entry[]): Entries {
  // Sorted once per kind: reference checks ask for the ids of a kind once per reference, and
  // re-sorting every time made a 100× library spend seconds here.
  const sorted = new Map<KindName, Entry[]>();
  const of = (kind: KindName) => {
    let list = sorted.get(kind);
    if (!list) {
      list = entries
        .filter((e) => e.kind === kind)
        .sort(
          (a, b) =>
            a.id.localeCompare(b.id) || (a.file?.file ?? '').localeCompare(b.file?.file ?? ''),
        );
      sorted.set(kind, list);
    }
    return [...list];
  };
  return {
    of,
    ids: (kind) => of(kind).map((e) => e.id),
    valid: <K extends KindName>(kind: K) =>
      of(kind).filter((e): e is Valid<K> => e.data !== undefined),
    allValid: () => entries.every((e) => e.data !== undefined),
  };
}

/** A problem at a field of an entry's file. */
export function problemAt(
  entry: Entry,
  fieldPath: FieldPath,
  message: string,
  hint: string,
): Problem[] {
  if (!entry.file) return [];
  return [{ file: entry.file.file, ...locateValue(entry.file, fieldPath), message, hint }];
}
