import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { sixExerciseLibrary, sixHandouts } from './content.ts';

let work: string;
let content: string;
let output: string;
let first: Awaited<ReturnType<typeof runCli>>;
const env = (extra: Record<string, string> = {}) => ({
  ROUTINE_PRESS_CONTENT: content,
  ROUTINE_PRESS_OUTPUT: output,
  ROUTINE_PRESS_CACHE: path.join(work, 'cache'),
  ...extra,
});

/** Every file under a folder with its bytes, to prove a failed build changed nothing. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(folder, file), (await readFile(file)).toString('base64'));
    }
  return files;
}

/** The project's templates with one line added to the handout template. */
async function templatesWith(name: string, extra: string): Promise<string> {
  const templates = path.join(work, name);
  await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
  const file = path.join(templates, 'handout/handout.hbs');
  await writeFile(file, (await readFile(file, 'utf8')).replace('<main>', `<main>${extra}`));
  return templates;
}

beforeAll(async () => {
  work = await tempWorkFolder('handouts-build');
  output = path.join(work, 'output');
  content = await sixExerciseLibrary();
  first = await runCli(['build'], env());
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeFixture(content);
});

const pdfs = [...sixHandouts];

describe('npm run build makes the handouts', () => {
  it('renders every routine in 4 variants, with progress, into output/handouts/ and the website', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Building the handouts…\n');
    expect(first.stdout).toContain('  handouts 8/8\n');
    expect((await readdir(path.join(output, 'handouts'))).sort()).toEqual(pdfs);
    expect((await readdir(path.join(output, 'site/handouts'))).sort()).toEqual(pdfs);
    for (const name of pdfs)
      expect(await readFile(path.join(output, 'site/handouts', name))).toEqual(
        await readFile(path.join(output, 'handouts', name)),
      );
  });

  it('serves unchanged handouts from the cache on the next build', async () => {
    const again = await runCli(['build'], env());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  handouts 8/8 (8 unchanged, from the cache)\n');
  }, 120_000);

  it('fails, naming the file, when a template reaches for a file on this computer, and changes nothing', async () => {
    const before = await snapshot(output);
    const templates = await templatesWith('leaky-templates', '<img src="file:///etc/passwd">');
    const result = await runCli(['build'], env({ ROUTINE_PRESS_TEMPLATES: templates }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^The handout side-hip-starter-a4(-large)?\.pdf tried to load something from outside the document, so it was not written:\n {2}- blocked file:\/\/\/etc\/passwd \(a file on this computer\)\n/,
    );
    expect(await snapshot(output)).toEqual(before);
  }, 120_000);

  it('fails, naming the address, when a template reaches for a remote picture', async () => {
    const templates = await templatesWith(
      'remote-templates',
      '<img src="https://example.com/x.png" alt="">',
    );
    const result = await runCli(['build'], env({ ROUTINE_PRESS_TEMPLATES: templates }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  - blocked https://example.com/x.png\n');
    expect(result.stderr).not.toContain('    at '); // no stack trace
  }, 120_000);
});
