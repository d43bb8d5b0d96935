/**
 * A program from a link or a saved copy, checked with the program schema against this library, in
 * the browser as in Node: Node passes the Zod schema (`model/program-validate.ts`), the browser the
 * same schema's rules made at build time (`rulesValidator`, without Zod). A damaged field is named and left out, and the rest kept: a wrong dose
 * number falls back to the exercise's own dose, never a blank page. An exercise the library no
 * longer has stays in the list, marked, with a message, so nothing is dropped without a word. An
 * item set to one side on an exercise whose sides take turns (`dose.alternates`) is set to both
 * sides, with a message (a program file gets the same at file:line:col: `model/program-sides.ts`).
 */
import type { Library } from '../model/library.ts';
import type { ProgramValidator, ValidationIssue } from '../model/program-validate.ts';
import type { Rules } from '../model/schema-rules.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import { amountKeys } from '../model/dose-apply.ts';
import { stagesFit } from '../model/stages-fit.ts';
import { fill } from './catalog/fill.ts';
import type { Catalog } from './catalog/index.ts';
import { readProgramFragment } from './program-link.ts';
import { checkRules, type RuleIssue } from './rules-check.ts';

export interface CheckedProgram {
  /** The program, with damaged fields left out; undefined when too little of it could be read. */
  readonly program: ProgramFile | undefined;
  /** One plain sentence for each thing that is wrong, in the catalog's words. */
  readonly problems: readonly string[];
  /** Exercise ids of items the library does not have (they stay in `program.items`). */
  readonly missing: ReadonlySet<string>;
}

/** What the check needs to know of the library: the ids that exist (and of an exercise, the two fields below). */
export interface Known {
  /** Each exercise's name, and whether its sides take turns (`dose.alternates`). */
  readonly exercises: Readonly<
    Record<
      string,
      { readonly name: string; readonly dose: { readonly alternates?: boolean | undefined } }
    >
  >;
  readonly warmups: Library['warmups'];
  readonly conditions: Readonly<Record<string, unknown>>;
}

/** "items[2].dose.sets" as people count: item 3, dose, sets. */
function where(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `${p + 1}` : i === 0 ? String(p) : ` ${String(p)}`))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Removes the value at `path` from plain data; false when there is nothing left to remove. */
function removeAt(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  if (!parent || typeof parent !== 'object' || last === undefined) return false;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (last in parent) Reflect.deleteProperty(parent, last);
  else return false;
  return true;
}

/** A field the program cannot do without: removing it would not help. */
const required = new Set(['format', 'title', 'items', 'daysPerWeek']);
const isRequired = (path: readonly PropertyKey[]) =>
  path.length === 0 || (path.length === 1 && required.has(String(path[0])));

function issueText(issue: ValidationIssue, words: Catalog['program']['check']): string {
  const field = where(issue.path);
  return fill(words.field, { field: field || words.whole, message: issue.message });
}

/** A broken rule in the catalog's words. */
function ruleMessage(issue: RuleIssue, words: Catalog['program']['check']['rules']): string {
  const { expected } = issue;
  if (issue.rule === 'type') return words.type[expected as keyof typeof words.type];
  if (issue.rule === 'enum')
    return fill(words.enum, { values: (expected as unknown[]).join(', ') });
  return fill(words[issue.rule], { n: String(expected), value: String(expected) });
}

/** Dose changes that give two amounts (reps and seconds…), which `schema/dose.ts` refuses too. */
function twoAmounts(
  program: ProgramFile,
  words: Catalog['program']['check']['rules'],
): ValidationIssue[] {
  const doses = [
    ...program.items.map((item, i) => ({ dose: item.dose, path: ['items', i, 'dose'] })),
    ...program.stages.flatMap((stage, s) =>
      stage.doses.map((d, j) => ({ dose: d.dose, path: ['stages', s, 'doses', j, 'dose'] })),
    ),
  ];
  return doses.flatMap(({ dose, path }) => {
    const given = amountKeys.filter((key) => dose?.[key] !== undefined);
    return given.length > 1
      ? [{ path, message: fill(words.twoAmounts, { keys: given.join(', ') }) }]
      : [];
  });
}

/** Stages that end before they start (`schema/progression.ts` refuses them too). */
function stageWeeks(
  program: ProgramFile,
  words: Catalog['program']['check']['rules'],
): ValidationIssue[] {
  return program.stages.flatMap(({ weeks }, s) =>
    weeks.to < weeks.from
      ? [
          {
            path: ['stages', s, 'weeks', 'to'],
            message: fill(words.stages.end, { n: String(weeks.from) }),
          },
        ]
      : [],
  );
}

/**
 * The program checked by the schema's rules (made at build time by `model/schema-rules.ts`), with
 * messages in the page's language: the browser's validator, without Zod.
 */
export function rulesValidator(rules: Rules, catalog: Pick<Catalog, 'program'>): ProgramValidator {
  return (data) => {
    const { issues, value } = checkRules(rules, data);
    const words = catalog.program.check.rules;
    const found: ValidationIssue[] = issues.map((issue) => ({
      path: issue.path,
      message: ruleMessage(issue, words),
    }));
    // The schema's own checks, as Zod runs them: once every field has its right type.
    const program = value as ProgramFile;
    if (issues.every((i) => i.rule !== 'type' && i.rule !== 'required')) {
      found.push(...twoAmounts(program, words), ...stageWeeks(program, words));
      stagesFit(
        { main: program.items, stages: program.stages },
        {
          addIssue: ({ path, params }) =>
            found.push({
              path,
              message: fill(words.stages[params.kind], { n: String(params.week ?? '') }),
            }),
        },
      );
    }
    return found.length === 0
      ? { success: true, data: program }
      : { success: false, issues: found };
  };
}

export function checkProgram(
  data: unknown,
  known: Known,
  catalog: Pick<Catalog, 'program'>,
  validate: ProgramValidator,
): CheckedProgram {
  const words = catalog.program.check;
  const problems: string[] = [];
  const copy: unknown = structuredClone(data);
  let result = validate(copy);
  // One damaged part left out a round, so the indexes of the others stay right.
  for (let round = 0; !result.success && round < 30; round += 1) {
    const issue = result.issues.find((i) => !isRequired(i.path));
    if (!issue) break;
    const { path } = issue;
    // An item without a readable exercise id is left out whole; any other bad field alone.
    const cut =
      path[0] === 'items' && (path.length === 2 || path[2] === 'exercise')
        ? path.slice(0, 2)
        : path;
    problems.push(issueText(issue, words));
    // A required field missing inside a part (a stage's weeks): that part is left out.
    if (!removeAt(copy, cut) && !(cut.length > 1 && removeAt(copy, cut.slice(0, -1)))) break;
    result = validate(copy);
  }
  if (!result.success) {
    problems.push(...result.issues.map((issue) => issueText(issue, words)));
    return { program: undefined, problems: [...new Set(problems)], missing: new Set() };
  }
  // One side on an exercise whose sides take turns cannot be done: both sides, said plainly.
  const program = {
    ...result.data,
    items: result.data.items.map((item, i) => {
      const exercise = known.exercises[item.exercise];
      if (item.side === 'both' || exercise?.dose.alternates !== true) return item;
      problems.push(fill(words.alternates, { n: String(i + 1), name: exercise.name }));
      return { ...item, side: 'both' as const };
    }),
  };
  const missing = new Set(
    program.items.map((i) => i.exercise).filter((id) => !known.exercises[id]),
  );
  for (const id of missing) problems.push(fill(words.missingExercise, { id }));
  const warmUp = program.warmUp && known.warmups[program.warmUp] ? program.warmUp : undefined;
  if (program.warmUp && !warmUp) problems.push(fill(words.missingWarmUp, { id: program.warmUp }));
  const conditions = program.conditions.filter((id) => known.conditions[id]);
  for (const id of program.conditions.filter((c) => !known.conditions[c]))
    problems.push(fill(words.missingCondition, { id }));
  return {
    program: { ...program, warmUp, conditions },
    problems: [...new Set(problems)],
    missing,
  };
}

/** The program without the exercises the library does not have: what can be printed and done. */
export function withoutMissing(program: ProgramFile, missing: ReadonlySet<string>): ProgramFile {
  const items = program.items.filter((i) => !missing.has(i.exercise));
  const stages = program.stages.map((s) => ({
    ...s,
    doses: s.doses.filter((d) => !missing.has(d.exercise)),
  }));
  return { ...program, items, stages };
}

/**
 * The program in a page's address (`#p=…`), checked: every problem in plain words (a damaged or
 * newer link too), and the program without the exercises this library lacks, or undefined.
 */
export async function programFromLink(
  address: string,
  known: Known,
  catalog: Pick<Catalog, 'program'>,
  validate: ProgramValidator,
): Promise<{ readonly program: ProgramFile | undefined; readonly problems: readonly string[] }> {
  const read = await readProgramFragment(address);
  const problems: string[] = [];
  if (read.kind === 'damaged')
    problems.push(
      read.reason === 'format' ? catalog.program.check.newer : catalog.program.check.damaged,
    );
  const checked =
    read.kind === 'data' ? checkProgram(read.data, known, catalog, validate) : undefined;
  problems.push(...(checked?.problems ?? []));
  return {
    program: checked?.program && withoutMissing(checked.program, checked.missing),
    problems,
  };
}
