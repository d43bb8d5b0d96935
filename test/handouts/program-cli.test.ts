import { access, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { en } from '../../src/domain/catalog/index.ts';
import { checkProgram } from '../../src/domain/program-check.ts';
import { validateProgram } from '../../src/model/program-validate.ts';
import { readProgramFragment } from '../../src/domain/program-link.ts';
import { loadLibrary } from '../../src/model/load.ts';
import type { ProgramInput } from '../../src/model/schema/program.ts';
import { projectRoot, runCli } from '../helpers/cli.ts';
import { fixturesRoot, removeFixture } from '../helpers/fixtures.ts';
import { qrOnPage } from '../helpers/pdf-raster.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { sixExerciseLibrary } from './content.ts';

let content: string;
let work: string;
const env = () => ({
  ROUTINE_PRESS_CONTENT: content,
  ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
});

beforeAll(async () => {
  content = await sixExerciseLibrary();
  await cp(path.join(fixturesRoot, 'program'), content, { recursive: true });
  // A skater hop, whose sides take turns (alternates: true): no program may give it one side.
  const hop = path.join(fixturesRoot, 'program-alternates', 'exercises', 'skater-hop.yaml');
  await cp(hop, path.join(content, 'exercises', 'skater-hop.yaml'));
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-program-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeFixture(content);
});

describe('npm run handout -- --program', () => {
  it("prints a program file: its names, date, sides, notes and doses, and a QR code without the patient's name", async () => {
    const out = path.join(work, 'sam.pdf');
    const file = path.join(content, 'programs', 'right-hip-sam.yaml');
    const result = await runCli(['handout', '--program', file, '--out', out], env());
    expect(result.stderr).toContain('handout 1/1');
    expect(result.stdout).toBe(`Wrote ${out} (A4).\n`);
    const pdf = await readPdf(out);
    const text = pdf.text.join(' ');
    expect(pdf.sizes[0]).toEqual([595, 842]);
    expect(text).toContain('Strong right hip for Sam');
    expect(text).toMatch(/Name Sam Lee Clinician Dr Ana Ruiz Date March 14, 2026/);
    expect(text).toContain('3 sets of 15, once a day, 4 days a week');
    expect(text).toContain('Do this on your right side only. Keep your top hip still.');
    // Sam does his right side only: the clamshell's last step must not send him to the left.
    expect(text).not.toContain('roll over and switch sides');
    const last = text.indexOf('Do not switch sides.');
    expect(last).toBeGreaterThan(text.indexOf('Lower your knee slowly back down.'));
    expect(text.indexOf('Lower your knee slowly back down.')).toBeGreaterThan(0);
    // How hard and when to move on, for his one side: not "on each side".
    expect(text).toContain('The last 2 reps feel hard, but your hips stay stacked.');
    expect(text).toContain('Move on when 3 sets of 15 feel easy.');
    const card = text.slice(text.indexOf('1. Clamshell'), text.indexOf('2. Glute bridge'));
    expect(card).toContain('Do not switch sides.');
    expect(card).not.toContain('each side');
    expect(text).toContain('Rest a day if your hip aches the next morning.');
    expect(text).toContain('Next, weeks 3 to 4');
    // The footer's small code cannot hold a whole program: it gets a large code of its own.
    const page = pdf.text.findIndex((t) => t.includes('Your program on your phone')) + 1;
    expect(page).toBeGreaterThan(0);
    expect(text).toContain('Your name is not in it.');
    const link = await qrOnPage(out, page);
    expect(link).toMatch(/^https:\/\/example\.org\/routine-press\/program\/#p=1\./);
    const read = await readProgramFragment(link ?? '');
    if (read.kind !== 'data') throw new Error('no program in the QR code');
    expect(JSON.stringify(read.data)).not.toContain('Sam Lee');
    const checked = checkProgram(read.data, await loadLibrary(content), en, validateProgram);
    expect(checked.problems).toEqual([]);
    expect(checked.program?.items.map((i) => [i.exercise, i.side, i.dose?.sets])).toEqual([
      ['clamshell', 'right', 3],
      ['glute-bridge', 'both', undefined],
    ]);
  });

  it('refuses a program that gives one side to an exercise whose sides take turns, and writes nothing', async () => {
    const out = path.join(work, 'hop.pdf');
    const file = path.join(work, 'hop.yaml');
    await writeFile(
      file,
      'format: 1\ntitle: Hop\ndaysPerWeek: 3\nitems:\n  - exercise: clamshell\n    side: left\n  - exercise: skater-hop\n    side: left\n',
    );
    const result = await runCli(['handout', '--program', file, '--out', out], env());
    expect(result.code).not.toBe(0);
    expect(result.stderr.replaceAll(work, '<work>')).toContain(
      'hop.yaml:8:11: items[2].side is left, but skater-hop works both sides in turn (its dose says alternates: true), so it cannot be done on one side only Hint: Delete this line to do both sides, or choose an exercise done one side at a time.',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(access(out)).rejects.toThrow();
  });

  it('prints the longest program (12 exercises with notes, 6 stages) with a code read at 150 dpi', async () => {
    // The bundled library, as the builder's: 12 exercises, each with a note and its own dose, 6
    // stages that each change the dose of 6 of them, a focus each, 4 lines of advice.
    const library = await loadLibrary(path.join(projectRoot, 'routines'));
    const ids = [
      'isometric-hip-abduction',
      'single-leg-glute-bridge',
      'clamshell',
      'side-lying-leg-raise',
      'side-plank',
      'resistance-band-lateral-walk',
      'copenhagen-plank-knee',
      'hip-flexor-stretch',
      'inner-thigh-ball-squeeze',
      'single-leg-romanian-deadlift',
      'lateral-step-up',
      'stability-ball-hamstring-curl',
    ];
    const more = (id: string, step: number) => {
      const dose = library.exercises[id]?.dose;
      if (!dose) throw new Error(`the library has no ${id}`);
      const sets = Math.min(5, dose.sets + (step % 2));
      if (dose.reps !== undefined) return { sets, reps: dose.reps + step };
      if (dose.holdSeconds !== undefined) return { sets, holdSeconds: dose.holdSeconds + 5 * step };
      return { sets };
    };
    const notes = [
      'Do this first. The holds can ease the pain for the moves after it.',
      'Keep your hips level, like a tray of drinks.',
      'Lie on your left side, with a pillow between your knees.',
      'Lift only as high as you can without rolling back.',
      'Start on your knees until 20 seconds feel easy.',
      'Keep the band above your knees, and take small steps.',
      'Stop if you feel it in your groin rather than your inner thigh.',
      'Tuck your tail under before you lean forward.',
      'Squeeze for a count of five, then relax slowly.',
      'Hold a chair with your free hand for balance.',
      'Use the bottom step, and go slow on the way down.',
      'Keep your hips up the whole time you curl.',
    ];
    const focus = [
      'Calm the pain. Push gently in the holds, and keep every move in the green band.',
      'Do a little more. Add reps where the pain stays at 3 or less.',
      'Build strength. The last few reps of each set should feel hard.',
      'Add a set where it feels easy, and rest a day if your hip aches.',
      'Hold a little longer, and move a little faster on the steps.',
      'Keep it up on your own, 2 or 3 days a week, after you stop seeing us.',
    ];
    const program: ProgramInput = {
      format: 1,
      title: 'Strong hips after your knee injury, step by step',
      summary: 'Gentle strength work for the side of your hip, then more as it settles.',
      daysPerWeek: 3,
      warmUp: 'easy-start',
      conditions: ['trochanteric-bursitis'],
      items: ids.map((exercise, i) => ({
        exercise,
        dose: more(exercise, 0),
        ...(i % 3 === 0 ? { side: 'right' as const } : {}),
        note: notes[i],
      })),
      stages: [1, 2, 3, 4, 5, 6].map((stage) => ({
        weeks: { from: stage * 2 - 1, to: stage * 2 },
        focus: focus[stage - 1],
        doses: ids
          .filter((_, i) => (i + stage) % 2 === 0)
          .map((exercise) => ({ exercise, dose: more(exercise, stage) })),
      })),
      advice: [
        'Do not cross your legs when you sit or lie down.',
        'When you lie on your side, put a pillow between your knees.',
        'Walk on flat ground for now.',
        'Call us if the pain wakes you at night.',
      ],
      clinician: 'Dr Ana Ruiz',
      date: '2026-03-14',
    };
    const file = path.join(work, 'longest.yaml');
    await writeFile(file, stringify(program));
    const out = path.join(work, 'longest.pdf');
    const result = await runCli(['handout', '--program', file, '--out', out], {
      ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
    });
    expect(result.stderr).not.toContain('Error');
    const pdf = await readPdf(out);
    const page = pdf.text.findIndex((t) => t.includes('Your program on your phone')) + 1;
    expect(page).toBeGreaterThan(0);
    // At 150 dpi a module of 0.41 mm was too small for jsQR; the code is now drawn larger.
    const link = await qrOnPage(out, page, 150);
    expect(link).toMatch(/^https:\/\/example\.org\/routine-press\/program\/#p=1\./);
    // The longest link: 1,871 characters, a code of version 32 (145 modules), drawn 77 mm wide.
    expect(link?.length).toBeGreaterThan(1800);
    expect(QRCode.create(link ?? '', { errorCorrectionLevel: 'L' }).version).toBeGreaterThanOrEqual(
      30,
    );
    const read = await readProgramFragment(link ?? '');
    if (read.kind !== 'data') throw new Error('no program in the QR code');
    const checked = checkProgram(read.data, library, en, validateProgram);
    expect(checked.problems).toEqual([]);
    expect(checked.program?.items.map((i) => i.note)).toEqual(program.items.map((i) => i.note));
    expect(checked.program?.stages).toHaveLength(6);
  }, 120_000);
});
