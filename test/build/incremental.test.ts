/**
 * Incremental builds (issue 20): after the run's shared build of the six-exercise library
 * (test/handouts/content.ts), an edit to one exercise reprints only the handouts and decks that show
 * it; a change to the settings or to a template every output uses reprints everything. Counted from
 * what the build says and checked against the files' bytes.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import {
  buildEnv,
  copyOfSixBuild,
  sixBuild,
  sixHandouts,
  type SixBuild,
} from '../handouts/content.ts';

let built: SixBuild;
let work: string;
let content: string;
let templates: string;
let output: string;
let cache: string;

/** Every PDF of a build, by its path in output/, with its bytes. */
async function pdfs(folder: string): Promise<Map<string, Buffer>> {
  const names = [
    ...sixHandouts.map((name) => `handouts/${name}`),
    ...['six-move-hips', 'side-hip-starter'].flatMap((id) => [
      `decks/${id}.pdf`,
      `decks/notes/${id}.pdf`,
    ]),
  ];
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(folder, name))] as const),
    ),
  );
}

/** The PDFs whose bytes changed from one build to the next, sorted. */
function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...after]
    .filter(([name, bytes]) => !before.get(name)?.equals(bytes))
    .map(([n]) => n)
    .sort();
}

async function build(): Promise<string> {
  const result = await runCli(['build'], {
    ...buildEnv(content, output, cache),
    ROUTINE_PRESS_TEMPLATES: templates,
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

beforeAll(async () => {
  built = await sixBuild();
  work = await tempWorkFolder('incremental');
  ({ output, cache } = await copyOfSixBuild(work));
  content = path.join(work, 'routines');
  templates = path.join(work, 'templates');
  await cp(built.content, content, { recursive: true });
  await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

// In order (a file's tests run one after another): each edit builds on the one before.
describe('a rebuild prints again only what changed', () => {
  it('an edit to one exercise reprints only the handouts and decks that show it', async () => {
    const before = await pdfs(output);
    // side-plank is in six-move-hips only, not in side-hip-starter.
    await edit(
      path.join(content, 'exercises/side-plank.yaml'),
      '\nsteps:\n  - ',
      '\nsteps:\n  - Put a mat down first. ',
    );
    const said = await build();
    expect(said).toContain(
      'handouts: 4 printed, 4 from the cache; slide decks: 2 printed, 2 from the cache',
    );
    // The content changed, so the website was built again, and shows the edit.
    expect(said).not.toContain('website unchanged');
    expect(
      await readFile(path.join(output, 'site/exercises/side-plank/index.html'), 'utf8'),
    ).toContain('Put a mat down first.');
    // Both PDFs of its deck were printed again, but a slide shows the card without its steps: only
    // the notes pages come out different.
    expect(changed(before, await pdfs(output))).toEqual([
      'decks/notes/six-move-hips.pdf',
      'handouts/six-move-hips-a4-large.pdf',
      'handouts/six-move-hips-a4.pdf',
      'handouts/six-move-hips-letter-large.pdf',
      'handouts/six-move-hips-letter.pdf',
    ]);
  }, 180_000);

  it('a change to the settings reprints every handout and deck', async () => {
    const before = await pdfs(output);
    await edit(path.join(content, 'settings.yaml'), 'This is education', 'This sheet is education');
    const said = await build();
    expect(said).toContain(
      'handouts: 8 printed, 0 from the cache; slide decks: 4 printed, 0 from the cache',
    );
    expect(changed(before, await pdfs(output))).toHaveLength(12);
  }, 180_000);

  it('a change to a template every output uses reprints every handout and deck', async () => {
    const card = path.join(templates, 'partials/exercise-card.hbs');
    await writeFile(card, `<!-- edited -->\n${await readFile(card, 'utf8')}`);
    const said = await build();
    expect(said).toContain(
      'handouts: 8 printed, 0 from the cache; slide decks: 4 printed, 0 from the cache',
    );
    // The builder prints handouts in the browser from these templates: the website is built again.
    expect(said).not.toContain('website unchanged');
    // An HTML comment shows nowhere in print, so the bytes need not change: the count is the check.
  }, 180_000);
});
