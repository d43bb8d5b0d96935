/**
 * `npm run build` is atomic: whatever fails, and wherever it fails (the content, or the website,
 * handout or deck step after the steps before it have built), output/ is left byte-identical and
 * no staging folder is left behind. Each failing build starts from a copy of the run's shared
 * build of the six-exercise library (test/handouts/content.ts), with its PDF cache.
 */
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { buildEnv, copyOfSixBuild, sixBuild, type SixBuild } from '../handouts/content.ts';

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
