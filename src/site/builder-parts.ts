/**
 * The builder's library data in parts. Its page holds a brief of every exercise (name, dose,
 * easier and harder) and each condition's id and name (`program-data.ts`); each exercise's full
 * data (steps, cues, poses) and its handout figures are one part, `builder/exercises/<id>.json`,
 * and each condition (red flags, advice) one, `builder/conditions/<id>.json`. They are fetched when
 * the program shows them (`fetchAhead`), not when it prints: the service worker keeps what the
 * builder fetches (offline-worker.ts), so Print works with no signal for a program opened once with
 * one, and Print does not wait on the network. A part that cannot be had or read is named
 * (`PartError`).
 */
import { pagePath } from '../domain/links.ts';
import type { DrawnFigures, FiguresView } from '../figures/figures.ts';
import type { Condition, Exercise, Library } from '../model/library.ts';

/** What a handout prints of an exercise's figures: drawn stills (never the moving one), or pictures. */
export type HandoutFigures =
  Exclude<FiguresView, DrawnFigures> | Pick<DrawnFigures, 'kind' | 'start' | 'end'>;

/** One exercise's part: the exercise as the library holds it, and its handout figures. */
export interface ExercisePart {
  readonly exercise: Exercise;
  readonly figures: HandoutFigures;
  /**
   * A figure that shows one side, turned to the other, for a program item on that side
   * (`figureSide` in domain/side-steps.ts); absent for any other.
   */
  readonly turned?: Partial<Record<'left' | 'right', HandoutFigures>>;
}

/** A part that could not be fetched, or whose data is not this exercise's or condition's. */
export class PartError extends Error {
  readonly id: string;
  /** offline: no answer from the site; damaged: the site has no such part, or not this one. */
  readonly reason: 'offline' | 'damaged';
  constructor(id: string, reason: 'offline' | 'damaged') {
    super(`builder part ${id}: ${reason}`);
    this.name = 'PartError';
    this.id = id;
    this.reason = reason;
  }
}

const isExercise = (value: unknown, id: string): boolean => {
  const part = value as Partial<ExercisePart> | null;
  return (
    typeof part === 'object' &&
    part !== null &&
    part.exercise?.id === id &&
    Array.isArray(part.exercise.steps) &&
    typeof part.figures?.kind === 'string'
  );
};

const isCondition = (value: unknown, id: string): boolean => {
  const condition = value as Partial<Condition> | null;
  return (
    typeof condition === 'object' &&
    condition !== null &&
    condition.id === id &&
    Array.isArray(condition.redFlags)
  );
};

const partOf = new Map<string, Promise<unknown>>();

/** The JSON at `address` if `valid`, fetched once a page; a failed fetch is tried again next time. */
function fetchOnce<T>(address: string, id: string, valid: (data: unknown) => boolean): Promise<T> {
  let part = partOf.get(address);
  if (!part) {
    part = fetch(address)
      .catch(() => {
        throw new PartError(id, 'offline');
      })
      .then(async (r) => {
        // A 404 or an error page: the site has no such part (an older or damaged copy).
        if (!r.ok) throw new PartError(id, r.status === 404 ? 'damaged' : 'offline');
        const data: unknown = await r.json().catch(() => undefined);
        if (!valid(data)) throw new PartError(id, 'damaged');
        return data;
      });
    part.catch(() => partOf.delete(address));
    partOf.set(address, part);
  }
  // Checked by `valid` above: the part is this exercise's or this condition's.
  return part as Promise<T>;
}

/** One exercise's part. */
export function fetchPart(base: string, id: string): Promise<ExercisePart> {
  return fetchOnce(`${base}${pagePath.builderExercise(id)}`, id, (d) => isExercise(d, id));
}

/** One condition, whole. */
export function fetchCondition(base: string, id: string): Promise<Condition> {
  return fetchOnce(`${base}${pagePath.builderCondition(id)}`, id, (d) => isCondition(d, id));
}

/** The parts of these exercises, in order; the first that fails rejects with its `PartError`. */
export function fetchParts(base: string, ids: Iterable<string>): Promise<ExercisePart[]> {
  return Promise.all([...new Set(ids)].map((id) => fetchPart(base, id)));
}

/** A starting point's program (not yet checked: `checkProgram` does that, as for a link). */
export function fetchStart(
  base: string,
  kind: 'routine' | 'program',
  id: string,
): Promise<unknown> {
  return fetchOnce(`${base}${pagePath.builderStart(kind, id)}`, id, (d) => {
    const program = d as { items?: unknown } | null;
    return typeof program === 'object' && program !== null && Array.isArray(program.items);
  });
}

/**
 * A library of these exercises and conditions alone, on the page's settings, guidance and
 * warm-ups: what the builder's Print and a program's pages read, with nothing else loaded.
 */
export function libraryOfParts(
  page: Pick<Library, 'settings' | 'guidance' | 'warmups'>,
  exercises: Library['exercises'],
  conditions: Library['conditions'],
): Library {
  const { settings, guidance, warmups } = page;
  const none = { routines: {}, decks: {}, programs: {}, positions: {}, advice: [] };
  return { root: '', settings, guidance, warmups, exercises, conditions, ...none };
}

/** These conditions, whole; the first that fails rejects with its `PartError`. */
export function fetchConditions(base: string, ids: Iterable<string>): Promise<Condition[]> {
  return Promise.all([...new Set(ids)].map((id) => fetchCondition(base, id)));
}

/**
 * Forgets the parts fetched so far, so the next fetch goes through a service worker that has just
 * taken this page (on the first visit), which keeps them for Print offline.
 */
export function forgetParts(): void {
  partOf.clear();
}

/** Fetches these parts now, for a later Print (a failure waits for Print to say so). */
export function fetchAhead(
  base: string,
  exercises: Iterable<string>,
  conditions: Iterable<string> = [],
): void {
  for (const id of new Set(exercises)) void fetchPart(base, id).catch(() => undefined);
  for (const id of new Set(conditions)) void fetchCondition(base, id).catch(() => undefined);
}

/**
 * Every exercise a program's handout shows from its full data: its items, the drills of its
 * warm-up, and the harder exercise an item's card names (its `moveOn`, one of its `harder`).
 */
export function handoutExercises(
  program: {
    readonly items: readonly { readonly exercise: string }[];
    readonly warmUp?: string | undefined;
  },
  library: {
    readonly exercises: Readonly<Record<string, { readonly harder: readonly string[] }>>;
    readonly warmups: Readonly<
      Record<
        string,
        {
          readonly phases: readonly { readonly drills: readonly { readonly exercise: string }[] }[];
        }
      >
    >;
  },
): string[] {
  const items = program.items.map((item) => item.exercise);
  const drills = program.warmUp
    ? (library.warmups[program.warmUp]?.phases.flatMap((p) => p.drills.map((d) => d.exercise)) ??
      [])
    : [];
  const harder = items.flatMap((id) => library.exercises[id]?.harder ?? []);
  return [...new Set([...items, ...drills, ...harder])].filter((id) => id in library.exercises);
}
