/**
 * A program's own part of the library, for the patient's pages (`program/` and `program/go/`):
 * the page holds settings, guidance and warm-ups only (`patientData` in program-data.ts); the
 * program is read from the link, then the parts of its exercises (its items and its warm-up's
 * drills) and conditions are fetched (the builder's parts, site/builder-parts.ts) and the program
 * checked against them, so a page loads only what its program shows, at any size of library. The
 * service worker precaches the parts, so a program never opened before works with no signal.
 *
 * A part that cannot be had is said plainly and its exercise left out (never a blank page): a part
 * the site does not have or cannot read is "missing or damaged", one with no answer "did not load".
 */
import { fill } from '../domain/catalog/fill.ts';
import type { Catalog } from '../domain/catalog/index.ts';
import { pagePath } from '../domain/links.ts';
import { checkProgram, rulesValidator, withoutMissing } from '../domain/program-check.ts';
import { readProgramFragment } from '../domain/program-link.ts';
import type { Condition, Exercise, Library } from '../model/library.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import { fetchCondition, fetchPart, libraryOfParts, PartError } from './builder-parts.ts';
import type { PatientData } from './program-data.ts';

/** One exercise's card as a program's follow-along view shows it (`program/cards/<id>.json`). */
export interface CardPart {
  readonly id: string;
  readonly html: string;
  /** The card with its figure turned to this side, where its file draws the other (`figureSide`). */
  readonly turned: Partial<Record<'left' | 'right', string>>;
}

export interface ProgramParts {
  /** The page's data with the program's exercises and conditions, as a Library for the domain's code. */
  readonly library: Library;
  /** The program, without the exercises the library lacks or whose parts could not be had. */
  readonly program: ProgramFile | undefined;
  /** One plain sentence for each thing that is wrong, in the catalog's words. */
  readonly problems: readonly string[];
}

/** An id as the content writes them; anything else is not fetched (the check names it). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More than a program can hold (12 items, their drills, its conditions): a bound on fetches. */
const most = 60;

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string' && idPattern.test(v),
  );

/** The exercise and condition ids a program as read from a link names, before it is checked. */
export function namedIds(
  data: unknown,
  warmups: Library['warmups'],
): { exercises: string[]; conditions: string[] } {
  const raw = (data ?? {}) as { items?: unknown; warmUp?: unknown; conditions?: unknown };
  const items = Array.isArray(raw.items)
    ? raw.items.flatMap((item) => strings((item as { exercise?: unknown } | null)?.exercise))
    : [];
  const warmUp = typeof raw.warmUp === 'string' ? warmups[raw.warmUp] : undefined;
  const drills = warmUp?.phases.flatMap((p) => p.drills.map((d) => d.exercise)) ?? [];
  return {
    exercises: [...new Set([...items, ...drills])].slice(0, most),
    conditions: [...new Set(strings(raw.conditions))].slice(0, most),
  };
}

type Got<T> = { readonly id: string } & (
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: PartError['reason'] }
);

async function settle<T>(ids: readonly string[], get: (id: string) => Promise<T>) {
  return Promise.all(
    ids.map((id) =>
      get(id).then(
        (value): Got<T> => ({ id, ok: true, value }),
        (error: unknown): Got<T> => ({
          id,
          ok: false,
          reason: error instanceof PartError ? error.reason : 'damaged',
        }),
      ),
    ),
  );
}

/**
 * The program of the page's link, checked against the parts of the exercises and conditions it
 * names. `catalog` is the page's words (program: the check's and the view's).
 */
export async function programFromParts(
  data: PatientData,
  address: string,
  catalog: Pick<Catalog, 'program'>,
): Promise<ProgramParts> {
  const read = await readProgramFragment(address);
  const { check } = catalog.program;
  const problems: string[] = [];
  const empty = { exercises: [] as string[], conditions: [] as string[] };
  const named = read.kind === 'data' ? namedIds(read.data, data.library.warmups) : empty;
  const [exercises, conditions] = await Promise.all([
    settle(named.exercises, (id) => fetchPart(data.base, id).then((part) => part.exercise)),
    settle(named.conditions, (id) => fetchCondition(data.base, id)),
  ]);
  const failed = [...exercises, ...conditions].flatMap((got) => (got.ok ? [] : [got]));
  for (const { id, reason } of failed)
    problems.push(fill(reason === 'damaged' ? check.partDamaged : check.partOffline, { id }));
  const had = <T>(list: Got<T>[]) =>
    Object.fromEntries(list.flatMap((got) => (got.ok ? [[got.id, got.value] as const] : [])));
  const library = libraryOfParts(
    data.library,
    had<Exercise>(exercises),
    had<Condition>(conditions),
  );
  if (read.kind === 'damaged')
    problems.push(read.reason === 'format' ? check.newer : check.damaged);
  if (read.kind !== 'data') return { library, program: undefined, problems };
  // What failed to load is named above, not again as missing from the library; then left out.
  const unloaded = new Set(failed.map((got) => got.id));
  // Their stand-ins: the check reads an exercise's name and whether its sides take turns.
  const standIns = Object.fromEntries([...unloaded].map((id) => [id, { name: id, dose: {} }]));
  const known = {
    exercises: { ...library.exercises, ...standIns },
    conditions: { ...library.conditions, ...standIns },
    warmups: library.warmups,
  };
  const checked = checkProgram(read.data, known, catalog, rulesValidator(data.rules, catalog));
  problems.push(...checked.problems);
  const program = checked.program && {
    ...withoutMissing(checked.program, new Set([...checked.missing, ...unloaded])),
    conditions: checked.program.conditions.filter((id) => !unloaded.has(id)),
  };
  return { library, program, problems: [...new Set(problems)] };
}

const isCard = (value: unknown, id: string): value is CardPart => {
  const part = value as Partial<CardPart> | null;
  return (
    typeof part === 'object' && part !== null && part.id === id && typeof part.html === 'string'
  );
};

/**
 * The follow-along cards of these exercises, as `<template data-follow-card="id">` in `into`, and
 * `id.left` / `id.right` for a figure turned to that side (what program-follow.ts clones); the ids
 * of those that could not be had, with why.
 */
export async function fetchCards(
  base: string,
  ids: readonly string[],
  into: HTMLElement,
): Promise<{ id: string; reason: PartError['reason'] }[]> {
  const got = await settle([...new Set(ids)], async (id) => {
    const response = await fetch(`${base}${pagePath.programCard(id)}`).catch(() => {
      throw new PartError(id, 'offline');
    });
    if (!response.ok) throw new PartError(id, response.status === 404 ? 'damaged' : 'offline');
    const part: unknown = await response.json().catch(() => undefined);
    if (!isCard(part, id)) throw new PartError(id, 'damaged');
    return part;
  });
  const template = (name: string, html: string) => {
    const made = document.createElement('template');
    made.dataset['followCard'] = name;
    made.innerHTML = html;
    return made;
  };
  for (const card of got)
    if (card.ok) {
      into.append(template(card.id, card.value.html));
      for (const [side, html] of Object.entries(card.value.turned))
        into.append(template(`${card.id}.${side}`, html));
    }
  return got.flatMap((card) => (card.ok ? [] : [{ id: card.id, reason: card.reason }]));
}
