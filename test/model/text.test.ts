/**
 * Text and settings that used to pass and break pages or terminals (issue 18): control characters
 * and bidi overrides, 10,000-character strings, and site addresses that are not web pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/model/load.ts';
import { codePoint } from '../../src/model/schema/text.ts';
import { runCli } from '../helpers/cli.ts';
import {
  fixtureLibrary,
  normalise,
  problemsIn,
  problemsOf,
  removeFixture,
} from '../helpers/fixtures.ts';

describe('text people read', () => {
  it('refuses control characters and bidi overrides, at the field and character', async () => {
    expect(await problemsOf('control-characters')).toMatchInlineSnapshot(`
      "3 problems in 2 files:
      routines/exercises/clamshell.yaml:4:10: purpose has an invisible control character (U+001B) at character 43 (got "Builds the muscle on the side of your...") Hint: Delete it: retype the words around it (it often comes with text pasted from another program).
      routines/exercises/clamshell.yaml:17:5: steps[1] has an invisible control character (U+0000) at character 17 (got "Lie on your side\\u0000 with your knees bent.") Hint: Delete it: retype the words around it (it often comes with text pasted from another program).
      routines/settings.yaml:5:10: clinic.phone has an invisible right-to-left override mark (U+202E) at character 4; it can reverse the text around it (got "555\\u202e0100") Hint: Delete it. Right-to-left words show the right way round without it."
    `);
  });

  it('never sends the characters raw to the terminal', async () => {
    const content = await fixtureLibrary('control-characters');
    try {
      const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: content });
      expect(result.code).toBe(1);
      expect(normalise(result.stderr, content)).toContain(
        'steps[1] has an invisible control character (U+0000) at character 17',
      );
      // ESC, BEL, NUL and U+202E are all in the file; none reaches the terminal as itself.
      for (const char of ['\u0000', '\u0007', '\u001b', '\u202e'])
        expect(result.stderr.includes(char), codePoint(char)).toBe(false);
      expect(result.stderr).toContain('(got "555\\u202e0100")');
      expect(result.stdout).toBe('');
    } finally {
      await removeFixture(content);
    }
  });

  it('limits each field to a length that fits where it is printed', async () => {
    expect(await problemsOf('text-too-long')).toMatchInlineSnapshot(`
      "2 problems in 1 file:
      routines/exercises/clamshell.yaml:3:8: alias is 130 characters long; a name or a title may have at most 80, so say it more briefly (got "Side-lying knee opener and more and m...") Hint: Shorten it to 80 characters or fewer.
      routines/exercises/clamshell.yaml:17:5: steps[1] is 10000 characters long; a step, a cue or a point in a list may have at most 300, so say it more briefly (got "Lie on your side. Lie on your side. L...") Hint: Shorten it to 300 characters or fewer."
    `);
  });
});

describe('site.baseUrl', () => {
  /** The problems of the valid library with one line of settings.yaml changed. */
  /** The valid library with `site.baseUrl` changed; the caller removes it. */
  async function libraryWith(address: string): Promise<string> {
    const content = await fixtureLibrary('valid');
    const file = path.join(content, 'settings.yaml');
    const settings = await readFile(file, 'utf8');
    await writeFile(
      file,
      settings.replace(
        'baseUrl: https://example.org/routine-press/',
        `baseUrl: ${JSON.stringify(address)}`,
      ),
    );
    return content;
  }
  /** What `npm run check` says about that library. */
  const withAddress = async (address: string) => problemsIn(await libraryWith(address));

  it('refuses a javascript: address, which the QR code would carry', async () => {
    expect(await withAddress('javascript:alert(document.domain)//')).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/settings.yaml:9:12: site.baseUrl must be a web address starting with https:// or http:// (not javascript:) (got "javascript:alert(document.domain)//") Hint: Write the address people open in a browser, like https://example.org/hips/."
    `);
  });

  it('refuses a user name and password, which every handout would print', async () => {
    expect(await withAddress('https://user:secret@example.org/hips/')).toContain(
      'site.baseUrl holds a user name or password (before "@"), which every handout would print (got "https://user:secret@example.org/hips/") Hint: Remove it: https://example.org/hips/',
    );
  });

  it('refuses a query or a fragment', async () => {
    expect(await withAddress('https://example.org/hips/?a=1')).toContain(
      'has a query (?…) at character 26',
    );
    expect(await withAddress('https://example.org/hips/#top')).toContain(
      'has a fragment (#…) at character 26',
    );
  });

  it('refuses a space or an accented letter in the path, with its position and a plain path', async () => {
    expect(await withAddress('https://example.org/my hips/')).toContain(
      'site.baseUrl has a space at character 23; the path may hold only letters, digits, - . _ ~ and / (got "https://example.org/my hips/") Hint: Use a plain path, like https://example.org/my-hips/',
    );
    expect(await withAddress('https://example.org/hüfte/')).toContain(
      'has "ü" at character 22; the path may hold only letters, digits, - . _ ~ and / (got "https://example.org/hüfte/") Hint: Use a plain path, like https://example.org/hufte/',
    );
  });

  it('accepts an ordinary address and writes the host the way browsers do', async () => {
    expect(await withAddress('http://127.0.0.1:8080/')).toBe('no problems');
    const content = await libraryWith('https://Example.ORG/hips/');
    try {
      expect((await loadLibrary(content)).settings.site.baseUrl).toBe('https://example.org/hips/');
    } finally {
      await removeFixture(content);
    }
  });
});
