/**
 * `npm run handout -- --routine <id> …`: one personal handout for one patient, with their name,
 * the clinician, today's date and any dose changes, as a PDF file.
 */
import type { Config } from '../core/config.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDoses } from '../handouts/dose-arg.ts';
import { handoutHtml } from '../handouts/html.ts';
import { papers, paperSizes, type Paper } from '../handouts/variants.ts';
import type { Exercise, Library } from '../model/library.ts';
import { loadLibrary } from '../model/load.ts';
import { idsOf, lookup } from '../model/lookup.ts';
import { closest } from '../model/suggest.ts';
import { pdfCache } from '../pdf/cache.ts';
import { renderPdfs } from '../pdf/render-pdfs.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { templateEnv } from '../render/env.ts';
import { UserError } from '../core/errors.ts';

export const handoutUsage = `Make one personal handout for a patient, as a PDF.

Usage: npm run handout -- --routine <id> [options]

  --routine <id>         The routine, by id (its file name in routines/routines/). Required.
  --patient "<name>"     The patient's name, printed on the name line.
  --clinician "<name>"   Your name, printed on the clinician line.
  --paper a4|letter      Paper size. Default: the paper in routines/settings.yaml.
  --large-print          18 pt text instead of 12 pt.
  --dose <exercise>=<dose>
                         Change one exercise's dose; repeat for more. Forms:
                           clamshell=3x15     3 sets of 15
                           side-plank=2x30s   2 holds (or rounds) of 30 seconds
                           band-walk=2x10m    2 sets of 10 metres
                           clamshell=3        3 sets, same amount
  --out <file.pdf>       Where to write it. Default: <routine>-<patient>.pdf here.
  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --help                 Show this help.

Example:
  npm run handout -- --routine side-hip-starter --patient "Sam Lee" --clinician "Dr Ana Ruiz" --paper letter --large-print --dose clamshell=3x15
`;

const options = {
  routine: { type: 'string' },
  patient: { type: 'string' },
  clinician: { type: 'string' },
  paper: { type: 'string' },
  'large-print': { type: 'boolean' },
  dose: { type: 'string', multiple: true },
  out: { type: 'string' },
  'browser-path': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Names longer than this would run off the line they are printed on. */
const maxName = 60;

type Options = typeof options;
type Values = {
  -readonly [K in keyof Options]?: Options[K] extends { type: 'boolean' }
    ? boolean
    : Options[K] extends { multiple: true }
      ? string[]
      : string;
};

function isOption(name: string): name is keyof Options {
  return Object.hasOwn(options, name);
}

/**
 * Reads the arguments without stopping at the first odd one: unknown options, stray words and
 * options missing their value go into `problems`, listed with whatever else is wrong.
 */
function parse(args: string[], problems: string[]): Values {
  const { tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = Object.keys(options).map((o) => `--${o}`);
  const values: Values = {};
  for (const token of tokens) {
    if (token.kind === 'positional') {
      problems.push(
        `"${token.value}" is not an option. Options start with --, like --routine <id>.`,
      );
      continue;
    }
    if (token.kind !== 'option') continue;
    const { name, rawName, value } = token;
    if (!isOption(name)) {
      const match = flags.find((f) => f.startsWith(rawName)) ?? closest(rawName, flags);
      problems.push(
        match
          ? `Unknown option ${rawName}. Did you mean ${match}?`
          : `Unknown option ${rawName}. The options are: ${flags.join(', ')}. See npm run handout -- --help.`,
      );
    } else if (options[name].type === 'boolean') {
      if (value !== undefined) problems.push(`${rawName} takes no value; write just ${rawName}.`);
      else (values as Record<string, unknown>)[name] = true;
    } else if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      // Not strict, parseArgs takes the next word as the value even when it is an option.
      const next = value === undefined ? '' : ` (${value} is an option, not a value)`;
      problems.push(
        `${rawName} needs a value, like ${rawName} <…>${next}. See npm run handout -- --help.`,
      );
    } else if (name === 'dose') {
      values.dose = [...(values.dose ?? []), value];
    } else {
      (values as Record<string, unknown>)[name] = value;
    }
  }
  return values;
}

function choose(library: Library, id: string | undefined): string {
  if (!id) {
    const all = `The routines are: ${idsOf(library, 'routine').join(', ')}.`;
    throw new UserError(`Which routine? Add --routine <id>. ${all}`);
  }
  return lookup(library, 'routine', id).id;
}

/**
 * Runs each check and collects what each one says is wrong, so one run lists every problem with
 * the arguments, not just the first. Returns undefined where a check failed.
 */
function collect(problems: string[]) {
  return <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };
}

function paperOf(value: string | undefined, fallback: Paper): Paper {
  if (value === undefined) return fallback;
  const paper = value.toLowerCase();
  if ((papers as readonly string[]).includes(paper)) return paper as Paper;
  throw new UserError(`--paper ${value} is not a paper size. Use one of: ${papers.join(', ')}.`);
}

function name(value: string | undefined, flag: string): string | undefined {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (text && text.length > maxName)
    throw new UserError(
      `${flag} is ${text.length} characters long; keep it to ${maxName} so it fits on its line.`,
    );
  return text === undefined || text === '' ? undefined : text;
}

/** The exercises a dose can change: the routine's main and cool-down exercises. */
function routineExercises(library: Library, id: string): Record<string, Exercise> {
  const routine = lookup(library, 'routine', id);
  return Object.fromEntries(
    [...routine.main, ...routine.coolDown].map((i) => [
      i.exercise,
      lookup(library, 'exercise', i.exercise),
    ]),
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Å" → "A" + ring; keep the letter, drop the mark
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function handout(config: Config, args: string[]): Promise<void> {
  const problems: string[] = [];
  const values = parse(args, problems);
  if (values.help) {
    console.log(handoutUsage);
    return;
  }
  const library = await loadLibrary(config.content);
  const check = collect(problems);
  const id = check(() => choose(library, values.routine));
  const paper = check(() => paperOf(values.paper, library.settings.paper));
  const large = values['large-print'] ?? false;
  const patient = check(() => name(values.patient, '--patient'));
  const clinician = check(() => name(values.clinician, '--clinician'));
  const doses = id
    ? check(() => parseDoses(values.dose ?? [], routineExercises(library, id), id))
    : undefined;
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.pdf'))
    problems.push(`--out ${values.out} must end in .pdf.`);
  if (problems.length > 0 || !id || !paper || !doses) throw new UserError(problems.join('\n'));
  const fileName =
    values.out ??
    `${[id, patient ? slug(patient) : paper, large ? 'large' : ''].filter(Boolean).join('-')}.pdf`;
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  const out = path.resolve(config.userCwd, fileName);

  const html = handoutHtml(library, templateEnv(config.templates), id, {
    paper,
    large,
    patient,
    clinician,
    personal: true,
    date: config.date,
    doses,
  });
  const browser = sharedBrowser({ browserPath: values['browser-path'], config });
  try {
    await renderPdfs([{ source: { html }, what: `The handout ${out}`, files: [out] }], {
      label: 'handout',
      browser: browser.get,
      cache: pdfCache(config.cache),
      stream: process.stderr,
    });
  } finally {
    await browser.close();
  }
  const size = `${paperSizes[paper].label}${large ? ', large print' : ''}`;
  console.log(`Wrote ${out} (${size}).`);
}
