/**
 * The part of the library the builder and the patient's page need in the browser: settings,
 * guidance, every exercise, condition and warm-up, the routines and programs to start from (as
 * programs), put in the page as JSON. `libraryOf` makes it a Library again for the domain's code
 * (stop signs, dose words, program → routine); the other collections are empty.
 *
 * The builder's page holds a brief of each exercise instead (`builderData`: what its list, search,
 * swaps and live dose words read), so its first load stays small at any size of library; each
 * exercise's full data is a part of its own (site/builder-parts.ts).
 */
import type { ExerciseBrief } from '../domain/program-routine.ts';
import type { Condition, Library, Routine } from '../model/library.ts';
import type { Stage } from '../model/schema/progression.ts';
import type { Rules } from '../model/schema-rules.ts';
import type { ProgramInput } from '../model/schema/program.ts';

export interface ProgramData {
  readonly library: Pick<Library, 'settings' | 'guidance' | 'exercises' | 'conditions' | 'warmups'>;
  /** Starting points, by id: every routine made a program, then the programs of routines/programs/. */
  readonly starts: readonly {
    readonly id: string;
    readonly title: string;
    readonly kind: 'routine' | 'program';
    readonly program: ProgramInput;
  }[];
  /** The site's base path, for links to exercise pages. */
  readonly base: string;
  /** The program schema's rules, to check a program from a link without Zod (see `rulesValidator`). */
  readonly rules: Rules;
  /** The clinic's logo as a data: URI for the handout the builder prints (the builder's page only). */
  readonly logo?: string | null;
}

/** The builder's page data: the same, with each exercise as a brief. */
export type BuilderData = Omit<ProgramData, 'library' | 'starts'> & {
  /** Starting points without their programs: each is a part (`builder/starts/<kind>/<id>.json`). */
  readonly starts: readonly Omit<ProgramData['starts'][number], 'program' | 'title'>[];
  readonly library: Omit<ProgramData['library'], 'exercises' | 'conditions'> & {
    readonly exercises: Readonly<Record<string, ExerciseBrief>>;
    /** Each condition's id and names; its red flags and advice are a part (builder-parts.ts). */
    readonly conditions: Readonly<Record<string, ConditionBrief>>;
  };
};

/** What the builder's page holds of a condition. */
export type ConditionBrief = Pick<Condition, 'id' | 'name' | 'plainName'>;

const stageKeys = [
  'sets',
  'reps',
  'holdSeconds',
  'seconds',
  'metres',
  'perSide',
  'restSeconds',
] as const;

/**
 * A routine's stages as a program's: the library keeps each stage's doses worked out, so a stage's
 * changes are the fields that differ from the routine's own dose (a new amount replaces the old).
 */
function stageChanges(routine: Routine): Stage[] {
  return routine.stages.map((stage) => ({
    weeks: { ...stage.weeks },
    ...(stage.focus ? { focus: stage.focus } : {}),
    doses: stage.main.flatMap((item, i) => {
      const before = routine.main[i]?.dose;
      const dose: Record<string, number | boolean> = {};
      for (const key of stageKeys) {
        const value = item.dose[key];
        if (value !== undefined && value !== before?.[key]) dose[key] = value;
      }
      return Object.keys(dose).length > 0 ? [{ exercise: item.exercise, dose }] : [];
    }),
  }));
}

/** A routine as a program to start from: its main and cool-down exercises, with its doses and stages. */
function routineProgram(library: Library, id: string): ProgramInput {
  const routine = library.routines[id];
  if (!routine) throw new Error(`no routine ${id}`);
  return {
    format: 1,
    title: routine.title,
    summary: routine.summary,
    daysPerWeek: Math.min(7, routine.timesPerWeek),
    warmUp: routine.warmUp.protocol,
    conditions: [...routine.conditions],
    goals: [...routine.goals],
    advice: [...routine.advice],
    stages: stageChanges(routine),
    items: [...routine.main, ...routine.coolDown].map((item) => {
      // The program's days a week set the frequency; the rest of the routine's dose is kept.
      const { sets, reps, holdSeconds, seconds, metres, perSide, restSeconds } = item.dose;
      const dose = { sets, reps, holdSeconds, seconds, metres, perSide, restSeconds };
      return {
        exercise: item.exercise,
        dose,
        side: 'both' as const,
        ...(item.note ? { note: item.note } : {}),
      };
    }),
  };
}

/** One starting point's program: a routine's (`routineProgram`), or a program file's; undefined for none. */
export function startProgram(
  library: Library,
  kind: 'routine' | 'program',
  id: string,
): ProgramInput | undefined {
  if (kind === 'routine') return library.routines[id] ? routineProgram(library, id) : undefined;
  const file = library.programs[id];
  if (!file) return undefined;
  const { id: _id, source: _source, ...program } = file;
  return program;
}

/** The page's data; `rules` from `site/program-rules.ts` (made at build time). */
export function programData(library: Library, base: string, rules: Rules): ProgramData {
  const { settings, guidance, exercises, conditions, warmups } = library;
  const fromRoutines = Object.values(library.routines).map((r) => ({
    id: r.id,
    title: r.title,
    kind: 'routine' as const,
    program: routineProgram(library, r.id),
  }));
  const fromPrograms = Object.values(library.programs).map((p) => {
    const { id, source: _source, ...program } = p;
    return { id, title: p.title, kind: 'program' as const, program };
  });
  return {
    library: { settings, guidance, exercises, conditions, warmups },
    starts: [...fromRoutines, ...fromPrograms],
    base,
    rules,
  };
}

/** The builder's data: each exercise as a brief (no steps, cues, poses or pictures), each condition its names. */
export function builderData(data: ProgramData): BuilderData {
  const exercises = Object.fromEntries(
    Object.values(data.library.exercises).map((x): [string, ExerciseBrief] => [
      x.id,
      {
        id: x.id,
        name: x.name,
        alias: x.alias,
        dose: x.dose,
        minutes: x.minutes,
        level: x.level,
        equipment: x.equipment,
        targets: x.targets,
        easier: x.easier,
        harder: x.harder,
        ...(x.figure ? { figure: { side: x.figure.side } } : {}),
      },
    ]),
  );
  const conditions = Object.fromEntries(
    Object.values(data.library.conditions).map(
      ({ id, name, plainName }): [string, ConditionBrief] => [id, { id, name, plainName }],
    ),
  );
  const starts = data.starts.map(({ id, kind }) => ({ id, kind }));
  return { ...data, starts, library: { ...data.library, exercises, conditions } };
}

/** The page's data as a Library for the domain's code. */
export function libraryOf(data: ProgramData): Library {
  return {
    ...data.library,
    root: '',
    routines: {},
    decks: {},
    programs: {},
    positions: {},
    advice: [],
  };
}

/** JSON for a `<script type="application/json">`: no `</script>` can end it early. */
export function pageJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
