/**
 * Fit is checked before a handout is printed (issue 18): in large print a card taller than two
 * pages ran over 3 pages with no warning, and a long patient's name lost letters off the footer.
 * Now `npm run handout` refuses both, naming the text to shorten (its file:line:col) or the
 * option, and by how much, and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { readPdf } from '../helpers/pdf-text.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-handout-fit-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `npm run handout` on a fixture library, with what it printed and whether it wrote the file. */
async function handout(fixture: string, ...args: string[]) {
  const content = await fixtureLibrary(fixture);
  const out = path.join(work, `${fixture}-${args.length}.pdf`);
  try {
    const result = await runCli(
      ['handout', '--routine', 'side-hip-starter', ...args, '--out', out],
      {
        ROUTINE_PRESS_CONTENT: content,
        ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
      },
    );
    return {
      ...result,
      stderr: normalise(result.stderr, content).split(out).join('<out>'),
      out: existsSync(out) ? out : undefined,
    };
  } finally {
    await removeFixture(content);
  }
}

describe('npm run handout checks that it fits', () => {
  it('refuses a large-print card taller than two pages, naming the text and how much to cut', async () => {
    const result = await handout('handout-card-too-tall', '--large-print', '--paper', 'letter');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /routines\/exercises\/clamshell\.yaml:\d+:\d+: steps\[\d\] is on the card "Clamshell" of the handout <out> \(large print, US Letter\), which is \d+ mm taller than two pages \(460 mm\), so it would run over 3 pages\. Hint: Shorten this text by about \d+ lines? of large print, US Letter, or split the exercise in two\./,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack
    expect(result.out).toBeUndefined();
  });

  it('refuses a name that does not fit its line in large print, and says by how many letters', async () => {
    const name = 'Maria Fernanda Gonzalez Rodriguez de la Fuente Alvarez Ortiz';
    const result = await handout('valid', '--large-print', '--patient', name);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `--patient "${name}" does not fit on its line on the handout <out> \\(large print, [^)]+\\): it is \\d+ mm too long\\. Hint: Shorten it by about \\d+ letters \\(a first name and an initial are enough\\), or leave it out and write the name by hand\\.`,
      ),
    );
    expect(result.out).toBeUndefined();
  });

  it('prints a long name whole in regular print: it takes the line it needs, on every page', async () => {
    const name = 'Maria Fernanda Gonzalez Rodriguez de la Fuente';
    const result = await handout('valid', '--patient', name, '--paper', 'letter');
    expect(result.stderr).not.toContain('does not fit');
    expect(result.code).toBe(0);
    const { text } = await readPdf(result.out ?? '');
    expect(text[0]).toContain(`Name ${name} `);
    for (const [i, page] of text.entries())
      expect(page, `page ${i + 1}`).toContain(`Name: ${name} · Date:`);
  });
});
