/**
 * A clinic's own video under an exercise's `media:` (issue 16, item 5): a WebM or MP4 file inside
 * the content folder, of the kind its name says and within the size limit, with a poster that
 * passes the picture checks and captions that are WebVTT. The fixture `video-errors` names one bad
 * case per entry; the link out and the large file are made here, since they cannot live in the
 * repository. `video` is the good case every output test uses.
 */
import { readFile, symlink, truncate, copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVideoFile, sniffVideo } from '../../src/model/videos.ts';
import { parse } from 'yaml';
import { z } from 'zod';
import { media } from '../../src/model/schema/media.ts';
import { projectRoot, runCli } from '../helpers/cli.ts';
import {
  fixtureLibrary,
  fixturesRoot,
  normalise,
  problemsIn,
  removeFixture,
} from '../helpers/fixtures.ts';

/** The `video-errors` fixture with its link out and a 51 MB video added. */
async function videoErrors(): Promise<string> {
  const content = await fixtureLibrary('video-errors');
  const media = path.join(content, 'media');
  await symlink('/etc/passwd', path.join(media, 'evil.webm'));
  // A real WebM made long with zeros: a sparse file, so the test writes almost nothing.
  await copyFile(path.join(media, 'ok.webm'), path.join(media, 'big.webm'));
  await truncate(path.join(media, 'big.webm'), 51_000_000);
  return content;
}

describe('a video named in the content', () => {
  it('is refused at its line, with every problem of every entry and a hint', async () => {
    const content = await videoErrors();
    try {
      expect(await problemsIn(content)).toMatchInlineSnapshot(`
        "12 problems in 3 files:
        routines/exercises/clamshell.yaml:34:12: the video "media/missing.webm" does not exist Hint: Put the file at routines/media/missing.webm, or fix the path.
        routines/exercises/clamshell.yaml:40:12: the video "media/evil.webm" is a link to /etc/passwd, outside the content folder, so it is not used Hint: Copy the video itself into routines/media and write its name here.
        routines/exercises/clamshell.yaml:46:12: the video "media/folder.webm" is a folder, not a video Hint: Name a video file inside it, like media/folder.webm/start.webm.
        routines/exercises/clamshell.yaml:52:12: the video "media/notes.webm" is not a WebM video: what it holds is not a WebM or MP4 video Hint: Export it from your video program as MP4 (H.264) or WebM, or name the right file.
        routines/exercises/glute-bridge.yaml:32:12: the video "media/really-webm.mp4" holds a WebM video, not an MP4 one Hint: Rename the file to end in .webm, and write the new name here.
        routines/exercises/glute-bridge.yaml:38:12: the video "media/big.webm" is 51.0 MB; a video may be at most 50 MB Hint: Save it shorter or smaller: 20 seconds at 720 pixels tall is plenty to show a movement. Or raise limits.videoMegabytes in settings.yaml.
        routines/exercises/glute-bridge.yaml:45:13: the picture "media/not-a-picture.png" is not a PNG picture: what it holds is not a picture at all Hint: Open it in a picture program and save it as PNG, or name the right file.
        routines/exercises/glute-bridge.yaml:46:15: the captions file "media/gone.vtt" does not exist Hint: Put the file at routines/media/gone.vtt, or fix the path.
        routines/exercises/glute-bridge.yaml:53:15: the captions file "media/subtitles.vtt" is not a WebVTT file: it does not start with the line WEBVTT Hint: Save the captions as WebVTT (.vtt) from your captions program, or name the right file.
        routines/exercises/hip-swing.yaml:30:12: media[1].video must be a .webm or .mp4 path inside routines/, like "media/clamshell.webm" (got "media/swing.mov") Hint: This field is: Video path inside routines/, e.g. media/clamshell.webm (WebM or MP4).
        routines/exercises/hip-swing.yaml:35:5: media[2].poster is missing Hint: Add a line "poster: …" here.
        routines/exercises/hip-swing.yaml:41:12: the video "media/made-as-mp4.webm" holds an MP4 video, not a WebM one Hint: Rename the file to end in .mp4, and write the new name here."
      `);
    } finally {
      await removeFixture(content);
    }
  });

  it('may be as large as settings.yaml allows', async () => {
    const content = await videoErrors();
    try {
      const settings = path.join(content, 'settings.yaml');
      await writeFile(
        settings,
        `${await readFile(settings, 'utf8')}limits:\n  videoMegabytes: 60\n`,
      );
      expect(await problemsIn(content)).not.toContain('big.webm');
    } finally {
      await removeFixture(content);
    }
  });

  it('passes npm run check when it is a real WebM with a poster and captions', async () => {
    const content = await fixtureLibrary('video');
    try {
      const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: content });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      await removeFixture(content);
    }
  });

  it('fails npm run check at the line, and prints none of the file', async () => {
    const content = await videoErrors();
    try {
      const result = await runCli(['check'], { ROUTINE_PRESS_CONTENT: content });
      expect(result.code).toBe(1);
      expect(normalise(result.stderr, content)).toContain(
        'routines/exercises/clamshell.yaml:40:12: the video "media/evil.webm" is a link to /etc/passwd, outside the content folder, so it is not used Hint:',
      );
      const passwd = (await readFile('/etc/passwd')).subarray(0, 24);
      const printed = result.stdout + result.stderr;
      expect(printed).not.toContain(passwd.toString('utf8'));
      expect(printed).not.toContain(passwd.toString('base64'));
      expect(() => readVideoFile(content, 'media/evil.webm', 'video')).toThrow(
        /^the video "media\/evil.webm" is a link to \/etc\/passwd, outside the content folder/,
      );
    } finally {
      await removeFixture(content);
    }
  });

  it("is written in the README's example as the fixture has it", async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Your own video'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const example = z.object({ media: z.array(media) }).parse(parse(block));
    const fixture = await readFile(
      path.join(fixturesRoot, 'video/exercises/clamshell.yaml'),
      'utf8',
    );
    expect(example.media).toEqual(
      z.object({ media: z.array(media) }).parse(parse(fixture.slice(fixture.indexOf('media:'))))
        .media,
    );
  });

  it('is known by its first bytes: WebM 1A 45 DF A3, MP4 "ftyp" at byte 4', () => {
    expect(sniffVideo(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toBe('webm');
    expect(sniffVideo(new TextEncoder().encode('\0\0\0\x18ftypisom'))).toBe('mp4');
    expect(sniffVideo(new TextEncoder().encode('RIFF....AVI '))).toBeUndefined();
  });
});
