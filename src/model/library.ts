/**
 * The resolved library: one immutable plain object that the site, handouts and decks all read.
 * Types come from the schema; this file only adds what resolution works out.
 */
import type { Positions } from './positions.ts';
import type { Note } from '../core/problems.ts';
import type { Dose } from './schema/dose.ts';
import type { ConditionFile } from './schema/condition.ts';
import type { DeckFile } from './schema/deck.ts';
import type { ExerciseFile } from './schema/exercise.ts';
import type { GuidanceFile } from './schema/guidance.ts';
import type { ProgramFile } from './schema/program.ts';
import type { RoutineFile } from './schema/routine.ts';
import type { SettingsFile } from './schema/settings.ts';
import type { BodyArea, Equipment } from './schema/vocabulary.ts';
import type { WarmupFile } from './schema/warmup.ts';

interface Sourced {
  /** The id: the file name without .yaml. */
  readonly id: string;
  /** Where it came from, relative to the working folder: routines/exercises/clamshell.yaml */
  readonly source: string;
}

export interface Exercise extends ExerciseFile, Sourced {
  /** Body areas of its main targets (not of alsoWorks). */
  readonly areas: readonly BodyArea[];
  /** Routines that use it, by id. */
  readonly usedIn: readonly string[];
}

/** An exercise in a routine, with the routine's dose applied. */
export interface RoutineItem {
  readonly exercise: string;
  readonly dose: Dose;
  readonly note: string | undefined;
  /** Minutes at this dose. */
  readonly minutes: number;
  /**
   * The one side to do it on (a program's item for the sore side), with its amount for that side;
   * absent for both sides. Its steps for that side: `stepsForSide` in src/domain/side-steps.ts.
   */
  readonly side?: 'left' | 'right';
}

/** A stage of a routine, with the dose of every main exercise in that stage. */
export interface RoutineStage {
  readonly weeks: { readonly from: number; readonly to: number };
  readonly focus: string | undefined;
  /** The main exercises in routine order, at this stage's doses. */
  readonly main: readonly RoutineItem[];
}

/** The pain-rule band limits that hold for a routine: its own, else those of guidance.yaml. */
export interface PainLimits {
  readonly greenUpTo: number;
  readonly amberUpTo: number;
}

export interface Routine
  extends
    Omit<RoutineFile, 'warmUp' | 'main' | 'coolDown' | 'minutes' | 'stages' | 'painRule'>,
    Sourced {
  readonly warmUp: {
    readonly protocol: string | undefined;
    readonly items: readonly RoutineItem[];
  };
  readonly main: readonly RoutineItem[];
  readonly coolDown: readonly RoutineItem[];
  /** Total minutes, worked out from the parts (or as stated, when the file gives it and it checks out). */
  readonly minutes: number;
  /** Everything needed, across all sections. Empty means no equipment. */
  readonly equipment: readonly Equipment[];
  /** Body areas the routine is mainly for: see `routineAreas` in assemble.ts. */
  readonly areas: readonly BodyArea[];
  readonly stages: readonly RoutineStage[];
  readonly painRule: PainLimits;
}

export interface Condition extends ConditionFile, Sourced {
  /** True when running.action is "stop": no running until a clinician has checked it. */
  readonly stopRunning: boolean;
  /** Routines that list this condition. */
  readonly routines: readonly string[];
  /** Exercises that list this condition. */
  readonly exercises: readonly string[];
}

export interface Warmup extends WarmupFile, Sourced {
  /** Shortest total minutes. */
  readonly minutes: number;
  /** Longest total minutes. */
  readonly maxMinutes: number;
}

export type Deck = DeckFile & Sourced;
/** A program for one person, as its file says; `programRoutine` (domain) makes it a Routine. */
export type Program = ProgramFile & Sourced;
export interface Settings extends Omit<SettingsFile, 'languages' | 'language'> {
  /** The languages to build, the content's own first (`languagesOf`). */
  readonly languages: readonly string[];
  /** The language of this Library: the first of languages, or the one it was translated into. */
  readonly language: string;
}
export type Guidance = GuidanceFile;

export interface Library {
  /** The content folder, as given to the loader. */
  readonly root: string;
  readonly settings: Settings;
  readonly guidance: Guidance;
  readonly exercises: Readonly<Record<string, Exercise>>;
  readonly conditions: Readonly<Record<string, Condition>>;
  readonly routines: Readonly<Record<string, Routine>>;
  readonly warmups: Readonly<Record<string, Warmup>>;
  readonly decks: Readonly<Record<string, Deck>>;
  /** Programs in routines/programs/: starting points for the program builder. */
  readonly programs: Readonly<Record<string, Program>>;
  /** Where every field was written, by file (a `source`) and field key: see positions.ts. */
  readonly positions: Positions;
  /**
   * In a language other than the content's own: each original's display path → its translation's,
   * whose text the library shows (and whose positions are in `positions` too).
   */
  readonly translatedIn?: Readonly<Record<string, string>>;
  /** Advice found while loading that never fails a check: translations older than their original. */
  readonly advice: readonly Note[];
}

/** Freezes every nested object, so no output can change what another output reads. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
