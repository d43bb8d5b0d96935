/**
 * A program is a routine made for one person: this turns one into the Routine every output already
 * reads, so its handout, patient page and follow-along use the same code as a routine's. Its items
 * are the main section; one side only is said in the note and kept as the item's `side` (its steps
 * then say not to switch sides: `side-steps.ts`), and the amount is then for that side.
 * Browser-safe: the builder prints with it.
 */
import type { Exercise, Library, Program, Routine, RoutineItem } from '../model/library.ts';
import { itemOf, routineAreas, stagesOf } from '../model/routine-parts.ts';
import type { ProgramFile, ProgramItem } from '../model/schema/program.ts';
import type { Equipment } from '../model/schema/vocabulary.ts';
import type { Catalog } from './catalog/index.ts';

const levels = ['beginner', 'intermediate', 'advanced'] as const;

/**
 * What a program needs of an exercise to become a routine and say its dose: the builder's page
 * holds this much of every exercise (its steps, figures and poses are fetched in parts).
 */
export type ExerciseBrief = Pick<
  Exercise,
  | 'id'
  | 'name'
  | 'alias'
  | 'dose'
  | 'minutes'
  | 'level'
  | 'equipment'
  | 'targets'
  | 'easier'
  | 'harder'
> & {
  /** Only the side its steps are written for (its poses are in the part). */
  readonly figure?: Pick<NonNullable<Exercise['figure']>, 'side'> | undefined;
};

/** The part of a library a program's routine is made from: a full Library will do. */
export interface ProgramLibrary {
  readonly exercises: Readonly<Record<string, ExerciseBrief>>;
  readonly warmups: Library['warmups'];
  readonly guidance: Pick<Library['guidance'], 'painRule'>;
}

function itemFor(
  item: ProgramItem,
  exercises: ReadonlyMap<string, ExerciseBrief>,
  days: number,
  words: Catalog['program'],
): RoutineItem {
  const routineItem = itemOf(item, exercises, days);
  if (item.side === 'both') return routineItem;
  // Steps written for the other side ("Lift your right knee") are read the other way round.
  const written = exercises.get(item.exercise)?.figure?.side;
  const swap = written !== undefined && written !== item.side ? words.stepsSay[written] : '';
  const note = [words.sides[item.side], swap, item.note].filter(Boolean).join(' ');
  return { ...routineItem, dose: { ...routineItem.dose, perSide: false }, note, side: item.side };
}

/** The program as a Routine with the id given (a file's id, or "program" for one from a link). */
export function programRoutine(
  library: ProgramLibrary,
  program: ProgramFile | Program,
  catalog: Pick<Catalog, 'program'>,
  id = 'id' in program ? program.id : 'program',
): Routine {
  const exercises = new Map(Object.entries(library.exercises));
  const days = program.daysPerWeek;
  const main = program.items.map((item) => itemFor(item, exercises, days, catalog.program));
  const warmup = program.warmUp ? library.warmups[program.warmUp] : undefined;
  const used = program.items.flatMap((item) => library.exercises[item.exercise] ?? []);
  const drills = warmup?.phases.flatMap((phase) => phase.drills) ?? [];
  const equipment = new Set<Equipment>(
    [...used, ...drills.flatMap((d) => library.exercises[d.exercise] ?? [])].flatMap(
      (x) => x.equipment,
    ),
  );
  const level = levels[Math.max(0, ...used.map((x) => levels.indexOf(x.level)))] ?? 'beginner';
  const minutes = Math.ceil((warmup?.minutes ?? 0) + main.reduce((sum, i) => sum + i.minutes, 0));
  return {
    id,
    source: 'source' in program ? program.source : '',
    title: program.title,
    summary: program.summary ?? catalog.program.summary,
    audience: ['patient'],
    goals: program.goals,
    conditions: program.conditions,
    level,
    timesPerWeek: days,
    warmUp: { protocol: program.warmUp, items: [] },
    main,
    coolDown: [],
    advice: program.advice,
    printConditionAdvice: true,
    notes: undefined,
    minutes,
    equipment: [...equipment].sort(),
    areas: routineAreas(main, exercises),
    // A stage's dose change may say perSide again; one side only stays one side.
    stages: stagesOf(program.stages, main).map((stage) => ({
      ...stage,
      main: stage.main.map((item) =>
        item.side ? { ...item, dose: { ...item.dose, perSide: false } } : item,
      ),
    })),
    painRule: {
      greenUpTo: program.painRule?.greenUpTo ?? library.guidance.painRule.greenUpTo,
      amberUpTo: program.painRule?.amberUpTo ?? library.guidance.painRule.amberUpTo,
    },
  };
}
