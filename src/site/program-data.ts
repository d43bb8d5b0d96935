/**
 * The part of the library the builder and the patient's page need in the browser: settings,
 * guidance, every exercise, condition and warm-up, the routines and programs to start from (as
 * programs), put in the page as JSON. `libraryOf` makes it a Library again for the domain's code
 * (stop signs, dose words, program → routine); the other collections are empty.
 */
import type { Library } from '../model/library.ts';
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

/** A routine as a program to start from: its main and cool-down exercises, with its doses. */
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
