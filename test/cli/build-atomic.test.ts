/**
 * `npm run build` is atomic: whatever fails, and wherever it fails (the content, or the website,
 * handout or deck step after the steps before it have built), output/ is left byte-identical and
 * no staging folder is left behind. Each failing build starts from a copy of the run's shared
 * build of the six-exercise library (test/handouts/content.ts), with its PDF cache.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaksPasswd, outsidePng, withBadPictures } from '../helpers/bad-pictures.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import {
  buildEnv,
  copyOfSixBuild,
  sixBuild,
  sixExerciseLibrary,
  type SixBuild,
} from '../handouts/content.ts';

/** One hash over every file path and its bytes that a user reaches through output/site, handouts and decks. */
async function treeHash(output: string): Promise<string> {
  const hash = createHash('sha256');
  let count = 0;
  for (const part of ['site', 'handouts', 'decks']) {
    // The trailing slash follows output/<part> if it is a link into the current build.
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

let built: SixBuild;
let work: string;
let output: string;
let cache: string;
let before: string;

beforeAll(async () => {
  built = await sixBuild();
  expect(built.result.stderr).toBe('');
  expect(built.result.code).toBe(0);
  work = await tempWorkFolder('build-atomic');
  ({ output, cache } = await copyOfSixBuild(work));
  before = await treeHash(output);
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The project's templates with one file changed, in a folder of their own. */
async function templatesWith(name: string, file: string, change: (text: string) => string) {
  const templates = path.join(work, name);
  await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
  const changed = path.join(templates, file);
  const text = await readFile(changed, 'utf8');
  expect(change(text)).not.toBe(text);
  await writeFile(changed, change(text));
  return templates;
}

const build = (env: Record<string, string>) =>
  runCli(['build'], { ...buildEnv(built.content, output, cache), ...env });

/** A message with the test's work folder, written in full or from the project, as <work>. */
const atWork = (text: string) =>
  text.split(work).join('<work>').split(path.relative(projectRoot, work)).join('<work>');

/** output/ holds what it held before the failed build, and nothing else. */
async function expectUnchanged(): Promise<void> {
  expect(await treeHash(output)).toBe(before);
  expect(await visible(output)).toEqual(['decks', 'handouts', 'site']);
}

describe('npm run build is atomic', () => {
  it('builds the site with a page for every exercise', async () => {
    const page = await readFile(path.join(output, 'site/exercises/clamshell/index.html'), 'utf8');
    expect(page).toContain('Side-lying knee opener');
    expect(page).toContain('2 sets of 12 on each side, once a day, 3 days a week');
    expect(before).toMatch(/^[1-9]\d+ files /);
  });

  it('leaves output/ byte-identical when the content is invalid', async () => {
    const broken = await fixtureLibrary('many-problems');
    try {
      const result = await build({ ROUTINE_PRESS_CONTENT: broken });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('3 problems in 3 files');
      expect(result.stdout).not.toContain('Building');
      await expectUnchanged();
    } finally {
      await removeFixture(broken);
    }
  });

  it('refuses pictures no page may use, each at its media: line, printing none of their bytes', async () => {
    const content = await withBadPictures(await sixExerciseLibrary());
    try {
      const result = await build({ ROUTINE_PRESS_CONTENT: content });
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('Building');
      const problems = normalise(result.stderr, content).split(path.dirname(outsidePng));
      expect(problems.join('<elsewhere>')).toMatchInlineSnapshot(`
        "6 problems in 2 files:
        routines/exercises/clamshell.yaml:33:11: the picture "media/evil.png" is a link to /etc/passwd, outside the content folder, so it is not used Hint: Copy the picture itself into routines/media and write its name here.
        routines/exercises/clamshell.yaml:37:11: the picture "media/outside.png" is a link to <elsewhere>/glute-bridge.png, outside the content folder, so it is not used Hint: Copy the picture itself into routines/media and write its name here.
        routines/exercises/clamshell.yaml:41:11: the picture "media/notes.png" is not a PNG picture: what it holds is not a picture at all Hint: Open it in a picture program and save it as PNG, or name the right file.
        routines/exercises/clamshell.yaml:45:11: the picture "media/dir.png" is a folder, not a picture Hint: Name a picture file inside it, like media/dir.png/start.png.
        routines/exercises/glute-bridge.yaml:31:11: the picture "media/photo.png" holds a JPEG picture, not a PNG one Hint: Rename the file to end in .jpg, and write the new name here.
        routines/exercises/glute-bridge.yaml:35:11: the picture "media/big.png" is 3.0 MB; a picture may be at most 2 MB Hint: Save it smaller: 1,600 pixels across is plenty for a page or a slide. Or raise limits.pictureMegabytes in settings.yaml.

        Nothing was written. Fix the problems above and run the command again.
        "
      `);
      expect(await leaksPasswd(result.stdout + result.stderr)).toBe(false);
      const big = (await readFile(path.join(content, 'media/big.png'))).subarray(0, 60);
      expect(result.stderr).not.toContain(big.toString('base64').slice(0, 40));
      await expectUnchanged();
    } finally {
      await removeFixture(content);
    }
  });

  it('refuses a damaged picture at its media: line, as its start is right', async () => {
    const content = await sixExerciseLibrary();
    try {
      // A real PNG cut short: its first bytes say PNG, so only reading it finds the fault.
      const png = await readFile(path.join(projectRoot, 'test/fixtures/own-slides/media/hip.png'));
      await mkdir(path.join(content, 'media'), { recursive: true });
      await writeFile(path.join(content, 'media/cut.png'), png.subarray(0, png.length / 2));
      const yaml = path.join(content, 'exercises/clamshell.yaml');
      await writeFile(
        yaml,
        `${await readFile(yaml, 'utf8')}media:\n  - file: media/cut.png\n    alt: A woman lying on her side.\n    licence: Own work\n    attribution: Riverside Physio Clinic\n`,
      );
      const result = await build({ ROUTINE_PRESS_CONTENT: content });
      expect(result.code).toBe(1);
      expect(normalise(result.stderr, content)).toMatchInlineSnapshot(`
        "1 problem in 1 file:
        routines/exercises/clamshell.yaml:50:11: the picture "media/cut.png" is damaged: it cannot be read to the end Hint: Open it in a picture program and save it again, or name another file.

        Nothing was written. Fix the problems above and run the command again.
        "
      `);
      await expectUnchanged();
    } finally {
      await removeFixture(content);
    }
  });

  it('leaves output/ byte-identical when the website step fails', async () => {
    // A real template with a misspelt field: it compiles, then fails in strict mode while pages render.
    const templates = await templatesWith('site-fails', 'partials/exercise-card.hbs', (text) =>
      text.replace('{{alias}}', '{{alais}}'),
    );
    const result = await build({ ROUTINE_PRESS_TEMPLATES: templates });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('Building the website…\n');
    // The message itself is pinned by the template tests; here, that it names the template line.
    expect(atWork(result.stderr)).toMatch(
      /^<work>\/site-fails\/partials\/exercise-card\.hbs:5(:\d+)?: the template \w+ \{\{alais\}\}, but there is no field "alais" here/,
    );
    await expectUnchanged();
  }, 120_000);

  it('leaves output/ byte-identical when the handout step fails after the website is built', async () => {
    // The handout reaches for a file on this computer and a remote picture: both are named.
    const templates = await templatesWith('handouts-fail', 'handout/handout.hbs', (text) =>
      text.replace(
        '<main>',
        '<main><img src="file:///etc/passwd"><img src="https://example.com/x.png" alt="">',
      ),
    );
    const result = await build({ ROUTINE_PRESS_TEMPLATES: templates });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Building the website…\nBuilding the handouts…\n/);
    expect(result.stdout).not.toContain('Building the slide decks');
    expect(result.stderr).toMatch(
      /^The handout side-hip-starter-a4(-large)?\.pdf tried to load something from outside the document, so it was not written:\n/,
    );
    expect(result.stderr).toContain('  - blocked file:///etc/passwd (a file on this computer)\n');
    expect(result.stderr).toContain('  - blocked https://example.com/x.png\n');
    expect(result.stderr).not.toContain('    at '); // no stack trace
    await expectUnchanged();
  }, 120_000);

  it('leaves output/ byte-identical when the deck step fails after the website and handouts', async () => {
    const templates = await templatesWith('decks-fail', 'deck/deck.hbs', (text) =>
      text.replace('<title>{{title}}</title>', '<title>{{titel}}</title>'),
    );
    const result = await build({ ROUTINE_PRESS_TEMPLATES: templates });
    expect(result.code).toBe(1);
    // The handouts were all there to take from the cache, so the deck step was reached.
    expect(result.stdout).toContain('  handouts 8/8 (8 unchanged, from the cache)\n');
    expect(result.stdout).toMatch(/Building the slide decks…\n$/);
    expect(atWork(result.stderr)).toMatch(
      /^<work>\/decks-fail\/deck\/deck\.hbs:\d+:\d+: the template \w+ \{\{titel\}\}, but there is no field "titel" here/,
    );
    await expectUnchanged();
  }, 120_000);
});
