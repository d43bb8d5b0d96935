/**
 * Pictures are files inside the project, of the kind and size they claim (issue 18). A symlink
 * `routines/media/evil.png` → /etc/passwd passed `npm run check` and `npm run deck` embedded the
 * file as base64; a link to a real PNG elsewhere was embedded in every page; a text file named
 * .png and a folder named dir.png gave a wrong explanation or "internal error: EISDIR"; a 50 MB
 * picture went into every page. The fixture `picture-files` names one of each; the links and the
 * large file are made here, since they cannot live in the repository.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaDataUri } from '../../src/figures/media.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { leaksPasswd, outsidePng, withBadPictures } from '../helpers/bad-pictures.ts';
import { fixtureLibrary, normalise, problemsIn } from '../helpers/fixtures.ts';

/** The `picture-files` fixture with its links and a 3 MB PNG added. */
const pictureFiles = async () => withBadPictures(await fixtureLibrary('valid'));

describe('a picture named in the content', () => {
  it('is refused at its media: line unless it is a picture file inside the content folder', async () => {
    const content = await pictureFiles();
    const message = (await problemsIn(content)).split(path.dirname(outsidePng)).join('<elsewhere>');
    expect(message).toMatchInlineSnapshot(`
      "6 problems in 2 files:
      routines/exercises/clamshell.yaml:33:11: the picture "media/evil.png" is a link to /etc/passwd, outside the content folder, so it is not used Hint: Copy the picture itself into routines/media and write its name here.
      routines/exercises/clamshell.yaml:37:11: the picture "media/outside.png" is a link to <elsewhere>/glute-bridge.png, outside the content folder, so it is not used Hint: Copy the picture itself into routines/media and write its name here.
      routines/exercises/clamshell.yaml:41:11: the picture "media/notes.png" is not a PNG picture: what it holds is not a picture at all Hint: Open it in a picture program and save it as PNG, or name the right file.
      routines/exercises/clamshell.yaml:45:11: the picture "media/dir.png" is a folder, not a picture Hint: Name a picture file inside it, like media/dir.png/start.png.
      routines/exercises/glute-bridge.yaml:31:11: the picture "media/photo.png" holds a JPEG picture, not a PNG one Hint: Rename the file to end in .jpg, and write the new name here.
      routines/exercises/glute-bridge.yaml:35:11: the picture "media/big.png" is 3.0 MB; a picture may be at most 2 MB Hint: Save it smaller: 1,600 pixels across is plenty for a page or a slide. Or raise limits.pictureMegabytes in settings.yaml."
    `);
  });

  it('may be as large as settings.yaml allows', async () => {
    const content = await pictureFiles();
    const settings = path.join(content, 'settings.yaml');
    await writeFile(
      settings,
      `${await readFile(settings, 'utf8')}limits:\n  pictureMegabytes: 5\n`,
    );
    const message = await problemsIn(content);
    expect(message).toMatch(/^5 problems in 2 files:/);
    expect(message).not.toContain('big.png');
  });
});

describe('a link to /etc/passwd named as a picture', () => {
  let content: string;
  let work: string;
  beforeAll(async () => {
    content = await fixtureLibrary('valid');
    await writeFile(
      path.join(content, 'exercises/clamshell.yaml'),
      `${await readFile(path.join(content, 'exercises/clamshell.yaml'), 'utf8')}media:\n  - file: media/evil.png\n    alt: A woman lying on her side.\n    licence: Own work\n    attribution: Riverside Physio Clinic\n`,
    );
    await mkdir(path.join(content, 'media'));
    await symlink('/etc/passwd', path.join(content, 'media/evil.png'));
    work = await tempWorkFolder('pictures');
  });
  afterAll(async () => {
    await rm(path.dirname(content), { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it('fails npm run check at the media: line, and prints none of the file', async () => {
    const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: content });
    expect(result.code).toBe(1);
    expect(normalise(result.stderr, content)).toContain(
      'routines/exercises/clamshell.yaml:33:11: the picture "media/evil.png" is a link to /etc/passwd, outside the content folder, so it is not used',
    );
    expect(await leaksPasswd(result.stdout + result.stderr)).toBe(false);
  });

  it('makes no deck, and prints none of the file', async () => {
    const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', work], {
      ROUTINE_PRESS_CONTENT: content,
    });
    expect(result.code).toBe(1);
    expect(await readdir(work)).toEqual([]);
    expect(await leaksPasswd(result.stdout + result.stderr)).toBe(false);
  });

  it('is not followed when embedding either, if the link appears after the check', () => {
    expect(() => mediaDataUri(content, 'media/evil.png')).toThrow(
      /^the picture "media\/evil.png" is a link to \/etc\/passwd, outside the content folder/,
    );
  });
});
