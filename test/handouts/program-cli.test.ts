import { access, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import { checkProgram } from '../../src/domain/program-check.ts';
import { validateProgram } from '../../src/model/program-validate.ts';
import { readProgramFragment } from '../../src/domain/program-link.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { runCli } from '../helpers/cli.ts';
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
});
