/**
 * The deck command's arguments: the usage, a pure parse, and the checks that need the library (the
 * deck id) and the disk (where --out points). Every problem is listed together.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArgProblem } from '../core/problems.ts';
import { deckNames, type DeckNames } from '../decks/build.ts';
import type { DeckPlan } from '../decks/slides.ts';
import { closest } from '../model/suggest.ts';
import { ArgumentError, parseArgv, type Parsed, type Values } from './args.ts';
import { writableProblem } from './out-path.ts';

export const deckUsage = `Make one slide deck: a file to present (HTML, works offline) and a PDF.

Usage: npm run deck -- <id> [options]

  <id>                   A routine id (every routine has a deck) or a file name in routines/decks/.
  --notes                Make the PDF with a notes page after each slide (notes/<id>.pdf).
  --no-pdf               Only the HTML file (and the .pptx with --pptx).
  --pptx                 Also an editable PowerPoint file, <id>.pptx (opens in PowerPoint,
                         Keynote, Google Slides and LibreOffice Impress).
  --lang <language>      The language, one of settings.yaml's languages, e.g. es. Default: the
                         first. Files in another language are named <id>-<language>.html….
  --out <folder>         Where to write. Default: output/decks/.
  --out <file.html>      The deck file itself (replaced if it is there); its PDF goes next to it,
                         <file>.pdf, or <file>-notes.pdf with --notes (and <file>.pptx).
  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --list                 List every deck.
  --help                 Show this help.

Example:
  npm run deck -- hip-pain-after-running --notes
  npm run deck -- hip-pain-after-running --pptx
  npm run deck -- outer-hip-pain --lang es
`;

export const deckArgs = {
  options: {
    notes: { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
    pptx: { type: 'boolean' },
    lang: { type: 'string', value: '<language>' },
    out: { type: 'string', value: '<folder>' },
    'browser-path': { type: 'string', value: '<file>' },
    list: { type: 'boolean' },
  },
  positionals: { name: 'deck', max: 1 },
} as const;

export type DeckValues = Values<typeof deckArgs.options>;

export function parseDeck(args: readonly string[]): Parsed<DeckValues> {
  const parsed = parseArgv(deckArgs, args);
  const { notes, 'no-pdf': noPdf } = parsed.values;
  if (!notes || !noPdf) return parsed;
  const clash: ArgProblem = {
    arg: '--notes --no-pdf',
    message: '--notes makes a PDF, and --no-pdf says to make none.',
    hint: 'Leave out one of them.',
  };
  return { ...parsed, problems: [...parsed.problems, clash] };
}

/** Where the deck's files go: a folder and their names in it. */
export interface DeckTarget {
  readonly folder: string;
  readonly names: DeckNames;
}

/**
 * --out as a folder (there, new, or written with a final /), or as the deck's .html file, which is
 * replaced; an existing file of any other kind is refused rather than failing half way.
 */
async function deckTarget(
  typed: string,
  cwd: string,
  id: string,
  arg: string,
  language: string | undefined,
): Promise<{ target: DeckTarget; problem?: ArgProblem | undefined }> {
  const absolute = path.resolve(cwd, typed);
  const info = await stat(absolute).catch(() => undefined);
  const asFolder = info?.isDirectory() === true || /[/\\]$/.test(typed);
  if (!asFolder && absolute.toLowerCase().endsWith('.html')) {
    const base = path.basename(absolute).slice(0, -'.html'.length);
    const names = {
      html: `${base}.html`,
      pdf: `${base}.pdf`,
      notesPdf: `${base}-notes.pdf`,
      pptx: `${base}.pptx`,
    };
    const target = { folder: path.dirname(absolute), names };
    return { target, problem: await writableProblem(absolute, 'file', arg) };
  }
  const names = deckNames(id, language);
  const target = { folder: absolute, names };
  if (info && !info.isDirectory())
    return {
      target,
      problem: {
        arg,
        message: `${absolute} is a file, not a folder.`,
        hint: 'Give a folder, or a file name ending in .html for the deck itself.',
      },
    };
  return { target, problem: await writableProblem(absolute, 'folder', arg) };
}

function planProblem(decks: readonly DeckPlan[], id: string | undefined): ArgProblem | undefined {
  const known = decks.map((d) => d.id);
  const all = `The decks are: ${known.join(', ')}.`;
  if (id === undefined)
    return {
      arg: '<id>',
      message: 'which deck?',
      hint: `Add its id, like ${known[0] ?? '<id>'}. ${all}`,
    };
  if (decks.some((d) => d.id === id)) return undefined;
  const near = closest(id, known);
  return {
    arg: id,
    message: 'there is no such deck.',
    hint: `${near ? `Did you mean "${near}"? ` : ''}${all}`,
  };
}

/**
 * The deck to make and where, or one ArgumentError with the argument problems, an unknown id and
 * an --out that cannot be written, together. Without --out it goes to `defaultFolder`.
 */
export async function deckRequest(
  decks: readonly DeckPlan[],
  parsed: Parsed<DeckValues>,
  where: {
    readonly cwd: string;
    readonly defaultFolder: string;
    /** The deck's language when it is not the content's own: its files are named "<id>-es.html". */
    readonly language?: string | undefined;
  },
): Promise<{ plan: DeckPlan; target: DeckTarget }> {
  const problems = [...parsed.problems];
  const [id] = parsed.positionals;
  const missing = planProblem(decks, id);
  if (missing) problems.push(missing);
  const plan = decks.find((d) => d.id === id);
  const typed = parsed.values.out;
  const out = await deckTarget(
    typed ?? where.defaultFolder,
    where.cwd,
    id ?? 'deck',
    typed === undefined ? where.defaultFolder : `--out ${typed}`,
    where.language,
  );
  if (out.problem) problems.push(out.problem);
  if (problems.length > 0 || !plan) throw new ArgumentError(problems, 'deck');
  return { plan, target: out.target };
}
