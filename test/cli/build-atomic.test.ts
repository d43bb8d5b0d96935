import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';

/** One hash over every file path and its bytes that a user reaches through output/site, handouts and decks. */
async function treeHash(output: string): Promise<string> {
  const hash = createHash('sha256');
  let count = 0;
  for (const part of ['site', 'handouts', 'decks']) {
    // The trailing slash follows output/<part>, a link into the current build.
    const folder = path.join(output, part) + path.sep;
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files)
      hash.update(path.join(part, path.relative(folder, file))).update(await readFile(file));
    count += files.length;
  }
  return `${count} files ${hash.digest('hex')}`;
}

/** What `ls output/` shows. */
const visible = async (output: string) =>
  (await readdir(output)).filter((name) => !name.startsWith('.')).sort();

describe('npm run build is atomic', () => {
  let work: string;
  let output: string;
  let content: string;
  let before: string;

  beforeAll(async () => {
    work = await tempWorkFolder('build');
    output = path.join(work, 'output');
    content = await fixtureLibrary('valid');
    const first = await runCli(['build'], {
      ROUTINE_PRESS_CONTENT: content,
      ROUTINE_PRESS_OUTPUT: output,
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    before = await treeHash(output);
    expect(before).toMatch(/^[1-9]\d* files/);
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await removeFixture(content);
  });

  it('builds the site with a page for every exercise', async () => {
    const page = await readFile(path.join(output, 'site/exercises/clamshell/index.html'), 'utf8');
    expect(page).toContain('Side-lying knee opener');
    expect(page).toContain('2 sets of 12 on each side, once a day, 3 days a week');
  });

  it('leaves output/ byte-identical when the content is invalid', async () => {
    const broken = await fixtureLibrary('many-problems');
    try {
      const result = await runCli(['build'], {
        ROUTINE_PRESS_CONTENT: broken,
        ROUTINE_PRESS_OUTPUT: output,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('3 problems in 3 files');
      expect(await treeHash(output)).toBe(before);
      expect(await visible(output)).toEqual(['decks', 'handouts', 'site']);
    } finally {
      await removeFixture(broken);
    }
  });

  it('leaves output/ byte-identical when rendering fails halfway through', async () => {
    // A real template with a misspelt field: it compiles, then fails in strict mode while pages render.
    const templates = path.join(work, 'templates');
    await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
    const card = path.join(templates, 'partials/exercise-card.hbs');
    await writeFile(card, (await readFile(card, 'utf8')).replace('{{alias}}', '{{alais}}'));
    const result = await runCli(['build'], {
      ROUTINE_PRESS_CONTENT: content,
      ROUTINE_PRESS_OUTPUT: output,
      ROUTINE_PRESS_TEMPLATES: templates,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split(work).join('<work>')).toBe(
      '<work>/templates/partials/exercise-card.hbs:5: the template uses {{alais}}, but there is no field "alais" here. Check the spelling.\n',
    );
    expect(await treeHash(output)).toBe(before);
    expect(await visible(output)).toEqual(['decks', 'handouts', 'site']);
  }, 120_000);
});
