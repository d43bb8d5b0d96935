/**
 * Advice after the summary: `npm run check` (and the start of `npm run build`) name hard-to-read
 * patient text and figure arrows that cannot be drawn, with file:line:col, and still exit 0.
 * The fixture test/fixtures/advice/ lays one clamshell over the valid library: its step 3 reads at
 * grade 9.8 (line 19, after "  - ") and its start arrow at near-knee (line 39, after
 * "    arrow: ") points at a knee the end position does not move.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';

const expectedAdvice = [
  '2 pieces of advice (the content is still valid):',
  'routines/exercises/clamshell.yaml:19:5: steps[3] "Keep your feet touching, then slowly…" reads at grade 9.8; aim for 6 or lower. Hint: Shorter sentences and shorter words help.',
  'routines/exercises/clamshell.yaml:39:12: The start arrow at near-knee is not drawn: that point hardly moves between start and end. Hint: Point the arrow at a part of the body that moves, or delete the arrow line.',
].join('\n');

describe('npm run check gives advice', () => {
  let advice: string;
  let valid: string;
  let broken: string;
  beforeAll(async () => {
    advice = await fixtureLibrary('advice');
    valid = await fixtureLibrary('valid');
    broken = await fixtureLibrary('many-problems');
  });
  afterAll(async () => {
    await removeFixture(advice);
    await removeFixture(valid);
    await removeFixture(broken);
  });

  it('lists hard text and an arrow that is not drawn after the summary, and exits 0', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: advice });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(normalise(result.stdout, advice)).toMatchInlineSnapshot(`
      "Content in routines is valid.
        3 exercises
        1 routine
        1 condition
        1 warm-up protocol
        0 decks
        0 programs
        1 risk factor
        1 prevention practice

      2 pieces of advice (the content is still valid):
      routines/exercises/clamshell.yaml:19:5: steps[3] "Keep your feet touching, then slowly…" reads at grade 9.8; aim for 6 or lower. Hint: Shorter sentences and shorter words help.
      routines/exercises/clamshell.yaml:39:12: The start arrow at near-knee is not drawn: that point hardly moves between start and end. Hint: Point the arrow at a part of the body that moves, or delete the arrow line.
      "
    `);
  });

  it('points at the text and the arrow as they are written in the file', async () => {
    const lines = (await readFile(path.join(advice, 'exercises/clamshell.yaml'), 'utf8')).split(
      '\n',
    );
    expect(lines[19 - 1]?.slice(5 - 1)).toMatch(/^Keep your feet touching, then slowly raise/);
    expect(lines[39 - 1]?.slice(12 - 1)).toBe('near-knee');
  });

  it('prints no advice for the valid library', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: valid });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Content in .* is valid\./);
    expect(result.stdout).not.toContain('advice');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(9);
  });

  it('still fails on a content error, with no advice', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: broken });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^3 problems in 3 files:\n/);
    expect(result.stderr).not.toContain('advice');
  });
});

describe('npm run build gives the same advice first', () => {
  let advice: string;
  let work: string;
  beforeAll(async () => {
    advice = await fixtureLibrary('advice');
    work = await tempWorkFolder('advice-build');
  });
  afterAll(async () => {
    await removeFixture(advice);
    await rm(work, { recursive: true, force: true });
  });

  it('prints the advice before anything is built', async () => {
    // A template that does not compile stops the build right after the advice, before Astro or
    // Chromium start, so this test stays quick; the full build is tested in build-atomic.test.ts.
    const templates = path.join(work, 'templates');
    await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
    const card = path.join(templates, 'partials/exercise-card.hbs');
    await writeFile(card, `${await readFile(card, 'utf8')}{{#if alias}}`);
    const result = await runCli(['build'], {
      ROUTINE_PRESS_CONTENT: advice,
      ROUTINE_PRESS_OUTPUT: path.join(work, 'output'),
      ROUTINE_PRESS_TEMPLATES: templates,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exercise-card.hbs');
    expect(normalise(result.stdout, advice)).toBe(`${expectedAdvice}\n\n`);
  }, 60_000);
});
