import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/cli/args.ts';
import { handoutRequest, parseHandout } from '../../src/cli/handout-args.ts';
import { programFragment } from '../../src/domain/program-link.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { sixExerciseLibrary } from '../handouts/content.ts';

let library: Library;
let work: string;

beforeAll(async () => {
  const content = await sixExerciseLibrary();
  library = await loadLibrary(content);
  await removeFixture(content);
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-handout-args-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

/** The request for these arguments, typed in the work folder. */
function handout(...args: string[]) {
  return handoutRequest(library, parseHandout(args), work);
}

/** The message a user reads for these arguments, with the work folder as <work>. */
async function refused(...args: string[]): Promise<string> {
  const error = await handout(...args).then(
    () => new Error(`accepted: ${args.join(' ')}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArgumentError);
  return (error as ArgumentError).message.split(work).join('<work>');
}

describe('npm run handout arguments', () => {
  it('reads every option into one request', async () => {
    expect(
      await handout(
        '--routine=six-move-hips',
        '--patient',
        '  Sam   Lee ',
        '--clinician',
        'Dr Ana Ruiz',
        '--paper',
        'A4',
        '--large-print',
        '--dose',
        'clamshell=3x15',
        '--dose',
        'side-plank=2x30s',
        '--out',
        'sam.pdf',
      ),
    ).toEqual({
      routine: 'six-move-hips',
      paper: 'a4',
      large: true,
      patient: 'Sam Lee',
      clinician: 'Dr Ana Ruiz',
      doses: { clamshell: { sets: 3, reps: 15 }, 'side-plank': { sets: 2, holdSeconds: 30 } },
      stage: undefined,
      clinicianNotes: false,
      out: path.join(work, 'sam.pdf'),
      browserPath: undefined,
    });
  });

  it('names the file after the routine and patient, on the paper in the settings', async () => {
    expect(await handout('--routine', 'side-hip-starter', '--patient', 'Jo Åberg')).toMatchObject({
      paper: 'letter',
      out: path.join(work, 'side-hip-starter-jo-aberg.pdf'),
    });
  });

  it('explains each mistake and lists the valid values', async () => {
    const outputs = [
      await refused(),
      await refused('--routine', 'six-move-hip'),
      await refused('--routine', 'six-move-hips', '--paper', 'a5'),
      await refused(
        '--routine',
        'six-move-hips',
        '--dose',
        'clamshel=3x15',
        '--dose',
        'glute-bridge=3x',
      ),
      await refused('--routine', 'six-move-hips', '--dose', 'clamshell=30x15'),
      await refused('--routine', 'six-move-hips', '--out', 'handout.docx'),
      await refused('--routine', 'six-move-hips', '--large'),
    ];
    expect(outputs.join('\n---\n')).toMatchInlineSnapshot(`
      "--routine: missing. Hint: Add --routine <id>, or --program <file>. The routines are: side-hip-starter, six-move-hips.
      See every option: npm run handout -- --help
      ---
      --routine six-move-hip: There is no routine "six-move-hip". Did you mean "six-move-hips"? The routines are: side-hip-starter, six-move-hips.
      See every option: npm run handout -- --help
      ---
      --paper a5: not a paper size. Hint: Use one of: a4, letter.
      See every option: npm run handout -- --help
      ---
      --dose clamshel=3x15: "clamshel" is not an exercise in six-move-hips. Hint: Did you mean "clamshell"? Its exercises are: clamshell, glute-bridge, side-leg-raise, side-plank, band-side-step, hip-flexor-stretch.
      --dose glute-bridge=3x: not understood. Hint: Write it as <exercise>=<sets>x<amount>: clamshell=3x15 (reps), side-plank=2x30s (seconds), band-walk=2x10m (metres), or clamshell=3 (sets only).
      See every option: npm run handout -- --help
      ---
      --dose clamshell=30x15: sets must be at most 10 sets.
      See every option: npm run handout -- --help
      ---
      --out handout.docx: must end in .pdf. Hint: Write a file name such as handout.pdf, or a folder ending in /.
      See every option: npm run handout -- --help
      ---
      --large: unknown option. Hint: Did you mean --large-print?
      See every option: npm run handout -- --help"
    `);
  });

  it('lists every problem at once: arguments, routine, doses and --out together', async () => {
    expect(
      await refused(
        '--routine',
        'six-move',
        '--large',
        'sam.pdf',
        '--paper',
        'a5',
        '--patient',
        '--large-print=yes',
        '--out',
        'x.txt',
      ),
    ).toMatchInlineSnapshot(`
      "--large: unknown option. Hint: Did you mean --large-print?
      --patient: needs a value (--large-print=yes is an option, not a value). Hint: Write --patient "<name>".
      sam.pdf: not an option. Hint: Options start with --; see them with --help.
      --paper a5: not a paper size. Hint: Use one of: a4, letter.
      --routine six-move: There is no routine "six-move". Did you mean "six-move-hips"? The routines are: side-hip-starter, six-move-hips.
      --out x.txt: must end in .pdf. Hint: Write a file name such as x.pdf, or a folder ending in /.
      See every option: npm run handout -- --help"
    `);
  });

  it('refuses what used to be silently the last one, or a wrong unit', async () => {
    expect(
      await refused(
        '--routine',
        'side-hip-starter',
        '--routine',
        'six-move-hips',
        '--dose',
        'clamshell=3x15m',
        '--dose',
        'clamshell=2',
        '--patient',
        '',
      ),
    ).toMatchInlineSnapshot(`
      "--patient: needs a value; it is empty. Hint: Write --patient "<name>".
      --routine: given 2 times ("side-hip-starter", "six-move-hips"). Hint: Give it once.
      --dose clamshell=3x15m: clamshell is counted in repetitions, not metres. Hint: Write clamshell=3x15.
      --dose clamshell=2: changes clamshell again (after --dose clamshell=3x15m). Hint: Give one --dose for each exercise.
      See every option: npm run handout -- --help"
    `);
  });
});

describe('npm run handout --out', () => {
  it('writes into a folder with the default name, whatever the folder is called', async () => {
    await mkdir(path.join(work, 'patients'));
    await mkdir(path.join(work, 'odd.pdf'));
    const into = (out: string) => handout('--routine', 'six-move-hips', '--out', out);
    expect(await into('patients')).toMatchObject({
      out: path.join(work, 'patients', 'six-move-hips-letter.pdf'),
    });
    // Before: "internal error: EISDIR".
    expect(await into('odd.pdf')).toMatchObject({
      out: path.join(work, 'odd.pdf', 'six-move-hips-letter.pdf'),
    });
    // A final / means a folder, made when the PDF is written.
    expect(await into('new/')).toMatchObject({
      out: path.join(work, 'new', 'six-move-hips-letter.pdf'),
    });
  });

  it('refuses, with a plain message naming the path, places that cannot hold the file', async () => {
    await writeFile(path.join(work, 'notes.txt'), 'a file');
    execFileSync('mkfifo', [path.join(work, 'pipe.pdf')]);
    const out = (where: string) => refused('--routine', 'six-move-hips', '--out', where);
    const messages = [
      // Before: Node's recursive mkdir under /proc never returned.
      await out('/proc/routine-press/sam.pdf'),
      await out('/sys/sam.pdf'),
      await out('/dev/sam.pdf'),
      await out('notes.txt/sam.pdf'),
      await out('/dev/null'),
      await out('pipe.pdf'),
    ];
    expect(messages.join('\n---\n')).toMatchInlineSnapshot(`
      "--out /proc/routine-press/sam.pdf: is inside /proc, which the system keeps for itself; files cannot go there. Hint: Choose a file in your home folder, for example.
      See every option: npm run handout -- --help
      ---
      --out /sys/sam.pdf: is inside /sys, which the system keeps for itself; files cannot go there. Hint: Choose a file in your home folder, for example.
      See every option: npm run handout -- --help
      ---
      --out /dev/sam.pdf: is inside /dev, which the system keeps for itself; files cannot go there. Hint: Choose a file in your home folder, for example.
      See every option: npm run handout -- --help
      ---
      --out notes.txt/sam.pdf: <work>/notes.txt is a file, so it cannot hold a folder. Hint: Choose a file in your home folder, for example.
      See every option: npm run handout -- --help
      ---
      --out /dev/null: must end in .pdf. Hint: Write a file name such as null.pdf, or a folder ending in /.
      See every option: npm run handout -- --help
      ---
      --out pipe.pdf: <work>/pipe.pdf is a device or a pipe, not a plain file. Hint: Choose a file in your home folder, for example.
      See every option: npm run handout -- --help"
    `);
  });
});

describe('npm run handout --program', () => {
  const file = () => path.join(work, 'sam-program.yaml');
  const yaml = [
    'format: 1',
    'title: Strong right hip for Sam',
    'daysPerWeek: 4',
    'items:',
    '  - exercise: clamshell',
    '    side: right',
    '    dose: { sets: 3, reps: 15 }',
    '  - exercise: side-plank',
    'patient: Sam Lee',
    'clinician: Dr Ana Ruiz',
    'paper: a4',
    '',
  ].join('\n');

  it('reads a program file: its names and paper, unless given here', async () => {
    await writeFile(file(), yaml);
    const request = await handout('--program', 'sam-program.yaml', '--clinician', 'Dr Kim');
    expect(request).toMatchObject({
      routine: 'sam-program',
      paper: 'a4',
      large: false,
      patient: 'Sam Lee',
      clinician: 'Dr Kim',
      out: path.join(work, 'sam-program-sam-lee.pdf'),
    });
    expect(request.program?.items.map((i) => i.exercise)).toEqual(['clamshell', 'side-plank']);
    expect(request.program?.clinician).toBe('Dr Kim');
  });

  it('reads a builder link, and refuses a damaged one or one naming a missing exercise', async () => {
    const sam = {
      format: 1 as const,
      title: 'Strong right hip',
      daysPerWeek: 3,
      items: [{ exercise: 'clamshell', side: 'right' as const }],
    };
    const link = `https://example.org/hips/builder/${await programFragment(sam)}`;
    const request = await handout('--program', link, '--patient', 'Sam Lee');
    expect(request.program).toMatchObject({ title: 'Strong right hip', patient: 'Sam Lee' });
    expect(request.out).toBe(path.join(work, 'program-sam-lee.pdf'));
    const gone = await programFragment({ ...sam, items: [{ exercise: 'old-move', side: 'both' }] });
    expect(await refused('--program', link.slice(0, -10))).toMatchInlineSnapshot(`
      "--program: This link is damaged: part of it is missing or was changed. Ask for the link again, or start a new program.
      See every option: npm run handout -- --help"
    `);
    expect(await refused('--program', `https://example.org/hips/builder/${gone}`))
      .toMatchInlineSnapshot(`
      "--program: The exercise "old-move" is not in this library any more. Hint: Open the link in the builder to fix it, then copy the link again.
      See every option: npm run handout -- --help"
    `);
  });

  it('says every problem of a program file at file:line:col', async () => {
    await writeFile(path.join(work, 'bad.yaml'), yaml.replace('clamshell', 'clamshel'));
    const error = await handout('--program', 'bad.yaml').catch((e: unknown) => e);
    expect((error as Error).message.split(work).join('<work>')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      <work>/bad.yaml:5:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?"
    `);
  });

  it('refuses --routine, --dose or --stage with it', async () => {
    await writeFile(file(), yaml);
    expect(
      await refused(
        '--program',
        'sam-program.yaml',
        '--routine',
        'six-move-hips',
        '--dose',
        'clamshell=3',
        '--stage',
        '2',
      ),
    ).toMatchInlineSnapshot(`
      "--routine six-move-hips: cannot go with --program. Hint: Give one of them: a routine, or a program.
      --dose: cannot go with --program. Hint: Change the dose in the program: in the builder, or in its file.
      --stage: cannot go with --program. Hint: Give it with --routine <id>; a program has its own doses and no stages.
      See every option: npm run handout -- --help"
    `);
  });
});

// Issue 12: the stage the patient is in, and a clinic copy with the routine's clinician notes,
// on the bundled routines (the six-exercise fixture has neither stages nor notes).
describe('npm run handout --stage and --clinician-notes', () => {
  let bundled: Library;
  beforeAll(async () => {
    bundled = await loadLibrary(path.join(import.meta.dirname, '../../routines'));
  });
  const request = (...args: string[]) => handoutRequest(bundled, parseHandout(args), work);
  const refusedHere = async (...args: string[]) => {
    const error = await request(...args).then(
      () => new Error(`accepted: ${args.join(' ')}`),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as ArgumentError).message.split(work).join('<work>');
  };

  it('reads the stage and the clinic copy', async () => {
    expect(
      await request('--routine', 'outer-hip-pain', '--stage', '2', '--clinician-notes'),
    ).toMatchObject({ routine: 'outer-hip-pain', stage: 2, clinicianNotes: true });
    expect(await request('--routine', 'outer-hip-pain')).toMatchObject({
      stage: undefined,
      clinicianNotes: false,
    });
  });

  it('explains a stage that is not a number or not in the routine, and notes that are not there', async () => {
    const outputs = [
      await refusedHere('--routine', 'outer-hip-pain', '--stage', 'two'),
      await refusedHere('--routine', 'outer-hip-pain', '--stage', '4'),
      await refusedHere('--routine', 'side-to-side-stability', '--stage', '2', '--clinician-notes'),
    ];
    expect(outputs.join('\n---\n')).toMatchInlineSnapshot(`
      "--stage two: not a stage number. Hint: Write the stage as a whole number: 1 for the first stage, 2 for the next.
      See every option: npm run handout -- --help
      ---
      --stage 4: the routine outer-hip-pain has 3 stages. Hint: Give a stage from 1 to 3.
      See every option: npm run handout -- --help
      ---
      --stage 2: the routine side-to-side-stability has no stages. Hint: Leave out --stage, or change the doses with --dose.
      --clinician-notes: the routine side-to-side-stability has no notes for the clinician. Hint: Leave out --clinician-notes, or add notes: to routines/routines/side-to-side-stability.yaml.
      See every option: npm run handout -- --help"
    `);
  });
});
