import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { sixExerciseLibrary } from './content.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { qrOnPage } from '../helpers/pdf-raster.ts';
import { applyLinkDose, parseDoseFragment } from '../../src/domain/dose-link.ts';
import { en } from '../../src/domain/catalog/en.ts';
import { doseWords } from '../../src/domain/dose-words.ts';
import { loadLibrary } from '../../src/model/load.ts';

let content: string;
let work: string;
const env = () => ({
  ROUTINE_PRESS_CONTENT: content,
  ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
});
const handout = (...args: string[]) => runCli(['handout', ...args], env());

beforeAll(async () => {
  content = await sixExerciseLibrary();
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-handout-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeFixture(content);
});

describe('npm run handout', () => {
  it('makes a personal handout with names, date, paper, large print and changed doses', async () => {
    const out = path.join(work, 'sam.pdf');
    const result = await handout(
      '--routine',
      'six-move-hips',
      '--patient',
      'Sam Lee',
      '--clinician',
      'Dr Ana Ruiz',
      '--paper',
      'a4',
      '--large-print',
      '--dose',
      'clamshell=3x15',
      '--dose',
      'side-plank=2x30s',
      '--dose',
      'band-side-step=3x10m',
      '--out',
      out,
    );
    expect(result.stderr).toContain('handout 1/1');
    expect(result.stdout).toBe(`Wrote ${out} (A4, large print).\n`);
    expect(result.code).toBe(0);
    const pdf = await readPdf(out);
    const text = pdf.text.join(' ');
    expect(pdf.sizes[0]).toEqual([595, 842]);
    expect(text).toMatch(/Name Sam Lee Clinician Dr Ana Ruiz Date \w+ \d+, \d{4}/);
    expect(text).toContain('3 sets of 15 on each side, once a day, 3 days a week');
    expect(text).toContain('2 holds of 30 seconds on each side');
    expect(text).toContain('3 sets of 11 yards on each side'); // 10 metres, in the settings' miles
    expect(text).toContain('3 × 15 each side'); // the tick-sheet agrees
    const clamshell = text.slice(text.indexOf('1. Clamshell'), text.indexOf('2. Glute bridge'));
    expect(clamshell).toContain('3 sets of 15 on each side');
    expect(clamshell).not.toContain('2 sets of 12 on each side');
    expect(await readdir(work)).toEqual(expect.arrayContaining(['sam.pdf']));
    // The QR code opens the routine page with these doses, which its script shows on the cards
    // in the same words as the handout (the page's side is in test/site/personal-doses.test.ts).
    const link = await qrOnPage(out, 1);
    expect(link).toBe(
      'https://example.org/routine-press/routines/six-move-hips/#dose=clamshell:3x15,side-plank:2x30,band-side-step:3x10',
    );
    const doses = parseDoseFragment(new URL(link ?? '').hash);
    const routine = (await loadLibrary(content)).routines['six-move-hips'];
    const base = routine?.main.find((i) => i.exercise === 'clamshell')?.dose;
    const dose = doses.get('clamshell');
    if (!base || !dose) throw new Error('clamshell missing');
    expect(doseWords(applyLinkDose(base, dose), 'mi', en.dose)).toBe(
      '3 sets of 15 on each side, once a day, 3 days a week',
    );
  });

  // Issue 12: the stage the patient is in (its doses on the cards, the next one named), and a
  // clinic copy with the routine's notes for the clinician, which a patient's copy never has.
  it('prints the stage asked for, and the clinician notes on a clinic copy', async () => {
    const bundled = path.join(import.meta.dirname, '../../routines');
    // The notes straight from the routine's file: loading and checking the whole bundled library
    // here as well as in both commands cost this test a third of its CPU.
    const file = path.join(bundled, 'routines/outer-hip-pain.yaml');
    const routine = parse(await readFile(file, 'utf8')) as { notes?: string; stages?: unknown[] };
    if (!routine.notes || !routine.stages)
      throw new Error('outer-hip-pain lost its stages or notes');
    const make = async (name: string, ...args: string[]) => {
      const out = path.join(work, name);
      const result = await runCli(
        ['handout', '--routine', 'outer-hip-pain', '--paper', 'letter', '--out', out, ...args],
        { ...env(), ROUTINE_PRESS_CONTENT: bundled },
      );
      expect(result.code, result.stderr).toBe(0);
      return (await readPdf(out)).text.join(' ');
    };
    // Side by side: on a busy machine two processes get twice the share of one.
    const [clinic, patient] = await Promise.all([
      make('clinic.pdf', '--stage', '2', '--clinician-notes'),
      make('patient.pdf'),
    ]);
    expect(clinic).toContain('Now, weeks 3 to 4: Hold longer and do a little more.');
    expect(clinic).toContain('Next, weeks 5 to 6:');
    const bridge = clinic.slice(clinic.indexOf('. Glute bridge'));
    expect(bridge).toContain('3 sets of 12, once a day'); // stage 2's dose, not stage 1's
    expect(clinic).toContain('For the clinician only');
    expect(clinic).toContain(routine.notes.replace(/\s+/g, ' ').slice(0, 60));
    expect(patient).toContain('Now, weeks 1 to 2:');
    expect(patient).not.toContain('For the clinician only');
    expect(patient).not.toContain(routine.notes.slice(0, 40));
  });

  it('names the file after the routine and patient by default, on the paper in the settings', async () => {
    const result = await runCli(
      ['handout', '--routine', 'side-hip-starter', '--patient', 'Jo Åberg'],
      {
        ...env(),
        // npm runs scripts in the project but says where the user typed the command in INIT_CWD;
        // the handout goes there.
        INIT_CWD: work,
      },
    );
    const file = path.join(work, 'side-hip-starter-jo-aberg.pdf');
    expect(result.stdout).toBe(`Wrote ${file} (US Letter).\n`);
    expect(result.code).toBe(0);
    expect((await readPdf(file)).sizes[0]).toEqual([612, 792]);
  });

  it('lists every argument problem on stderr, with no stack, and exits 1', async () => {
    // The messages themselves are checked in-process (test/cli/handout-args.test.ts); this is
    // what a user sees from npm: the exit code, and nothing written.
    const result = await handout(
      '--routine',
      'six-move',
      '--dose',
      'clamshell=3x15m',
      '--out',
      'x.txt',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "--routine six-move: There is no routine "six-move". Did you mean "six-move-hips"? The routines are: side-hip-starter, six-move-hips.
      --out x.txt: must end in .pdf. Hint: Write a file name such as x.pdf, or a folder ending in /.
      See every option: npm run handout -- --help
      "
    `);
  });

  it('prints its help', async () => {
    const result = await handout('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run handout -- --routine <id> [options]');
    expect(result.stdout).toContain('--dose <exercise>=<dose>');
  });

  it('says how to get a browser when there is none', async () => {
    const result = await runCli(
      ['handout', '--routine', 'six-move-hips', '--out', path.join(work, 'none.pdf')],
      { ...env(), CHROME_PATH: '/nonexistent/chrome' },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "CHROME_PATH is set to /nonexistent/chrome, but there is no browser there. Fix or unset CHROME_PATH.
      "
    `);
    expect(await readdir(work)).not.toContain('none.pdf');
  });
});
