import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

let content: string;
let work: string;
beforeAll(async () => {
  content = await fixtureLibrary('valid');
  work = await tempWorkFolder('deck-cli');
});
afterAll(async () => {
  await removeFixture(content);
  await rm(work, { recursive: true, force: true });
});

describe('npm run deck', () => {
  it('names the closest deck when the id is misspelt, and writes nothing', async () => {
    const result = await runCli(['deck', 'side-hip-startr', '--out', work], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'There is no deck "side-hip-startr". Did you mean "side-hip-starter"?\nThe decks are: side-hip-starter.\n',
    );
    expect(await readdir(work)).toEqual([]);
  });

  it('writes one self-contained deck file', async () => {
    const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', work], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote the deck "Build strong side hips at home" (7 slides)');
    const html = await readFile(path.join(work, 'side-hip-starter.html'), 'utf8');
    expect(html.match(/<section class="page slide /g)).toHaveLength(7);
    // Nothing points outside the file: any src or href is a data: URI, and so are the fonts.
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(html).toMatch(/@font-face \{[^}]*url\("data:font\/woff2;base64,/);
  });

  it('refuses a second id and an unknown option', async () => {
    const two = await runCli(['deck', 'a', 'b'], { ROUTINE_PRESS_CONTENT: content });
    expect(two.stderr).toBe('One deck at a time, please: "a", "b" were given.\n');
    const unknown = await runCli(['deck', '--slides'], { ROUTINE_PRESS_CONTENT: content });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--slides'");
  });
});
