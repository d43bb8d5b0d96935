/**
 * The handout command's arguments: the usage, a pure parse, and the checks that need the library
 * (the routine id, the doses of its exercises). Every problem of both kinds is listed together.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArgProblem } from '../core/problems.ts';
import { parseDoses, routineDoses } from '../handouts/dose-arg.ts';
import { papers, type Paper } from '../handouts/variants.ts';
import type { Library, Routine } from '../model/library.ts';
import { idsOf, lookup, NotFoundError } from '../model/lookup.ts';
import type { DoseOverride } from '../model/schema/dose.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import { catalogFor } from '../domain/catalog/index.ts';
import { checkProgram } from '../domain/program-check.ts';
import { validateProgram } from '../model/program-validate.ts';
import { readProgramFragment } from '../domain/program-link.ts';
import { readProgramFile } from '../model/program-file.ts';
import { ArgumentError, parseArgv, type Parsed, type Values } from './args.ts';
import { writableProblem } from './out-path.ts';

export const handoutUsage = `Make one personal handout for a patient, as a PDF.

Usage: npm run handout -- --routine <id> [options]
       npm run handout -- --program <file.yaml or builder link> [options]

  --routine <id>         The routine, by id (its file name in routines/routines/).
  --program <file|link>  A program for one patient instead: a .yaml file downloaded from the
                         builder (or in routines/programs/), or the builder's link (in quotes).
                         Its names, date, paper and print size are used unless given here.
  --patient "<name>"     The patient's name, printed on the name line.
  --clinician "<name>"   Your name, printed on the clinician line.
  --paper a4|letter      Paper size. Default: the paper in routines/settings.yaml.
  --large-print          18 pt text instead of 12 pt.
  --stage <n>            The stage the patient is in, for a routine with stages (1 is the first,
                         the default): its doses go on the cards, and the next stage is named.
  --clinician-notes      A copy for the clinic's file: adds the routine's notes for the clinician,
                         which a patient's copy never prints.
  --lang <language>      The language, one of settings.yaml's languages, e.g. es. Default: the first.
  --dose <exercise>=<dose>
                         Change one exercise's dose; repeat for other exercises. Forms:
                           clamshell=3x15     3 sets of 15 (an exercise counted in reps)
                           side-plank=2x30s   2 holds (or timed sets) of 30 seconds
                           band-walk=2x10m    2 sets of 10 metres
                           clamshell=3        3 sets, same amount
                         The unit must fit the exercise: reps, seconds or metres.
  --out <file.pdf>       Where to write it. A folder: the default name, in that folder.
                         Default: <routine>-<patient>.pdf here.
  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --help                 Show this help.

Example:
  npm run handout -- --routine side-hip-starter --patient "Sam Lee" --clinician "Dr Ana Ruiz" --paper letter --large-print --dose clamshell=3x15
`;

export const handoutArgs = {
  options: {
    routine: { type: 'string', value: '<id>' },
    program: { type: 'string', value: '<file|link>' },
    patient: { type: 'string', value: '"<name>"' },
    clinician: { type: 'string', value: '"<name>"' },
    paper: { type: 'string', value: 'a4|letter' },
    'large-print': { type: 'boolean' },
    stage: { type: 'string', value: '<n>' },
    'clinician-notes': { type: 'boolean' },
    lang: { type: 'string', value: '<language>' },
    dose: { type: 'string', value: '<exercise>=<dose>', multiple: true },
    out: { type: 'string', value: '<file.pdf>' },
    'browser-path': { type: 'string', value: '<file>' },
  },
} as const;

type HandoutValues = Values<typeof handoutArgs.options>;

/** Names longer than this would run off the line they are printed on. */
const maxName = 60;

function nameProblem(value: string | undefined, flag: string): ArgProblem | undefined {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (text === undefined || text.length <= maxName) return undefined;
  return {
    arg: flag,
    message: `is ${text.length} characters long.`,
    hint: `Keep it to ${maxName} so it fits on its line.`,
  };
}

function paperProblem(value: string | undefined): ArgProblem | undefined {
  if (value === undefined || (papers as readonly string[]).includes(value.toLowerCase()))
    return undefined;
  return {
    arg: `--paper ${value}`,
    message: 'not a paper size.',
    hint: `Use one of: ${papers.join(', ')}.`,
  };
}

/** --stage as written: a whole number from 1. */
function stageProblem(value: string | undefined): ArgProblem | undefined {
  if (value === undefined || /^[1-9]\d*$/.test(value.trim())) return undefined;
  return {
    arg: `--stage ${value}`,
    message: 'not a stage number.',
    hint: 'Write the stage as a whole number: 1 for the first stage, 2 for the next.',
  };
}

/** --stage against the routine: it must have that many stages. */
function stageOfRoutine(routine: Routine, value: string | undefined): ArgProblem | undefined {
  if (value === undefined || stageProblem(value)) return undefined;
  const stage = Number(value.trim());
  const count = routine.stages.length;
  if (stage === 1 || stage <= count) return undefined;
  return {
    arg: `--stage ${value}`,
    message:
      count === 0
        ? `the routine ${routine.id} has no stages.`
        : `the routine ${routine.id} has ${count} stages.`,
    hint:
      count === 0
        ? 'Leave out --stage, or change the doses with --dose.'
        : `Give a stage from 1 to ${count}.`,
  };
}

/** The arguments alone, without the library: every mistake in how they are written. */
export function parseHandout(args: readonly string[]): Parsed<HandoutValues> {
  const parsed = parseArgv(handoutArgs, args);
  const { values } = parsed;
  const more = [
    paperProblem(values.paper),
    stageProblem(values.stage),
    nameProblem(values.patient, '--patient'),
    nameProblem(values.clinician, '--clinician'),
  ].filter((p) => p !== undefined);
  return { ...parsed, problems: [...parsed.problems, ...more] };
}

export interface HandoutRequest {
  /** The routine's id; for a program, the program's id (its file name, or "program"). */
  readonly routine: string;
  /** A program for one patient, checked: printed instead of a routine. */
  readonly program: ProgramFile | undefined;
  readonly paper: Paper;
  readonly large: boolean;
  readonly patient: string | undefined;
  readonly clinician: string | undefined;
  readonly doses: Readonly<Record<string, DoseOverride>>;
  /** The stage the patient is in, 1 for the first; undefined when not given. */
  readonly stage: number | undefined;
  /** A clinic copy: the routine's clinician notes printed too. */
  readonly clinicianNotes: boolean;
  /** The absolute path of the PDF, checked: a file that can be written. */
  readonly out: string;
  readonly browserPath: string | undefined;
}

/** The routine, through the library's one lookup: a miss is a problem naming the closest id. */
function findRoutine(library: Library, id: string | undefined): Routine | ArgProblem {
  if (id === undefined) {
    const all = `The routines are: ${idsOf(library, 'routine').join(', ')}.`;
    return {
      arg: '--routine',
      message: 'missing.',
      hint: `Add --routine <id>, or --program <file>. ${all}`,
    };
  }
  try {
    return lookup(library, 'routine', id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return { arg: `--routine ${id}`, message: error.message };
  }
}

const oneLine = (text: string | undefined) => {
  const line = text?.trim().replace(/\s+/g, ' ');
  return line === '' ? undefined : line;
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Å" → "A" + ring; keep the letter, drop the mark
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The PDF's path: --out as a file, or a folder (existing, or written with a final /) that gets the
 * default name; the default name where the user ran the command without --out.
 */
async function outFile(
  typed: string | undefined,
  defaultName: string,
  cwd: string,
): Promise<{ file: string; problem?: ArgProblem | undefined }> {
  const arg = typed === undefined ? '--out' : `--out ${typed}`;
  const absolute = path.resolve(cwd, typed ?? defaultName);
  const folder =
    typed !== undefined &&
    (/[/\\]$/.test(typed) || (await stat(absolute).catch(() => undefined))?.isDirectory());
  const file = folder ? path.join(absolute, defaultName) : absolute;
  if (!file.toLowerCase().endsWith('.pdf'))
    return {
      file,
      problem: {
        arg,
        message: 'must end in .pdf.',
        hint: `Write a file name such as ${path.basename(file).replace(/\.[^.]*$/, '')}.pdf, or a folder ending in /.`,
      },
    };
  return { file, problem: await writableProblem(file, 'file', arg) };
}

/**
 * Checks the parsed arguments against the library and the disk, and returns what to make; or
 * throws one ArgumentError listing the argument problems and these together.
 */
export async function handoutRequest(
  library: Library,
  parsed: Parsed<HandoutValues>,
  cwd: string,
): Promise<HandoutRequest> {
  const { values } = parsed;
  if (values.program !== undefined) return programRequest(library, parsed, cwd);
  const problems = [...parsed.problems];
  const found = findRoutine(library, values.routine);
  const routine = 'arg' in found ? undefined : found;
  if ('arg' in found) problems.push(found);
  const id = routine?.id;
  const doses = routine
    ? parseDoses(values.dose ?? [], routineDoses(routine), routine.id)
    : { doses: {}, problems: [] };
  problems.push(...doses.problems);
  const stage = routine ? stageOfRoutine(routine, values.stage) : undefined;
  if (stage) problems.push(stage);
  if (routine && values['clinician-notes'] && routine.notes === undefined)
    problems.push({
      arg: '--clinician-notes',
      message: `the routine ${routine.id} has no notes for the clinician.`,
      hint: `Leave out --clinician-notes, or add notes: to routines/routines/${routine.id}.yaml.`,
    });
  const paper = (values.paper?.toLowerCase() as Paper | undefined) ?? library.settings.paper;
  const large = values['large-print'] ?? false;
  const patient = oneLine(values.patient);
  const name = [id, patient ? slug(patient) : paper, large ? 'large' : ''].filter(Boolean);
  const out = await outFile(values.out, `${name.join('-')}.pdf`, cwd);
  if (out.problem) problems.push(out.problem);
  if (problems.length > 0 || id === undefined) throw new ArgumentError(problems, 'handout');
  return {
    routine: id,
    program: undefined,
    paper,
    large,
    patient,
    clinician: oneLine(values.clinician),
    doses: doses.doses,
    stage: values.stage === undefined ? undefined : Number(values.stage.trim()),
    clinicianNotes: values['clinician-notes'] ?? false,
    out: out.file,
    browserPath: values['browser-path'],
  };
}

/** --program: the program read and checked, and the names and print options it carries. */
async function programRequest(
  library: Library,
  parsed: Parsed<HandoutValues>,
  cwd: string,
): Promise<HandoutRequest> {
  const { values } = parsed;
  const problems = [...parsed.problems];
  if (values.routine !== undefined)
    problems.push({
      arg: `--routine ${values.routine}`,
      message: 'cannot go with --program.',
      hint: 'Give one of them: a routine, or a program.',
    });
  if (values.dose !== undefined)
    problems.push({
      arg: '--dose',
      message: 'cannot go with --program.',
      hint: 'Change the dose in the program: in the builder, or in its file.',
    });
  for (const flag of ['stage', 'clinician-notes'] as const)
    if (values[flag] !== undefined)
      problems.push({
        arg: `--${flag}`,
        message: 'cannot go with --program.',
        hint: 'Give it with --routine <id>; a program has its own doses and no stages.',
      });
  const found = await programArg(library, values.program ?? '', cwd);
  if ('problems' in found) problems.push(...found.problems);
  const program = 'program' in found ? found.program : undefined;
  const paper =
    (values.paper?.toLowerCase() as Paper | undefined) ?? program?.paper ?? library.settings.paper;
  const large = values['large-print'] ?? program?.largePrint ?? false;
  const patient = oneLine(values.patient) ?? program?.patient;
  const id = 'program' in found ? found.id : 'program';
  const name = [id, patient ? slug(patient) : paper, large ? 'large' : ''].filter(Boolean);
  const out = await outFile(values.out, `${name.join('-')}.pdf`, cwd);
  if (out.problem) problems.push(out.problem);
  if (problems.length > 0 || !program) throw new ArgumentError(problems, 'handout');
  const clinician = oneLine(values.clinician) ?? program.clinician;
  return {
    routine: id,
    // The paper goes into the program (and its QR code's link) only when one was chosen, as the
    // builder does: the same program gives the same link from both.
    program: {
      ...program,
      patient,
      clinician,
      ...(values.paper === undefined ? {} : { paper }),
      largePrint: large,
    },
    paper,
    large,
    patient,
    clinician,
    doses: {},
    stage: undefined,
    clinicianNotes: false,
    out: out.file,
    browserPath: values['browser-path'],
  };
}

/** A builder link (an address with #p=…) or a file: the program, or what is wrong with it. */
async function programArg(
  library: Library,
  value: string,
  cwd: string,
): Promise<{ program: ProgramFile; id: string } | { problems: ArgProblem[] }> {
  if (!/^[a-z]+:\/\/|#/i.test(value)) {
    const program = await readProgramFile(library, path.resolve(cwd, value));
    return { program, id: program.id };
  }
  const arg = '--program';
  const catalog = catalogFor(library.settings.language);
  const read = await readProgramFragment(value);
  if (read.kind === 'none')
    return {
      problems: [
        {
          arg,
          message: 'this address holds no program (no #p= part).',
          hint: 'Copy the whole link from the builder, in quotes, or give a .yaml file.',
        },
      ],
    };
  if (read.kind === 'damaged')
    return {
      problems: [
        {
          arg,
          message:
            read.reason === 'format' ? catalog.program.check.newer : catalog.program.check.damaged,
        },
      ],
    };
  const checked = checkProgram(read.data, library, catalog, validateProgram);
  if (checked.problems.length > 0 || !checked.program)
    return {
      problems: checked.problems.map((message) => ({
        arg,
        message,
        hint: 'Open the link in the builder to fix it, then copy the link again.',
      })),
    };
  return { program: checked.program, id: 'program' };
}
