/**
 * A clinic's picture larger than any output shows is scaled down (issue 18, "a 50 MB picture goes
 * through": the size limit refuses the file; a large picture under the limit used to go into every
 * handout and slide at full size). Content: the `figure-card` fixture, whose glute bridge names
 * `media/glute-bridge.png`; the large pictures are made here with sharp.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import { mediaDataUri } from '../../src/figures/media.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { readPicture } from '../../src/model/pictures.ts';
import { createEnv } from '../../src/render/env.ts';
import { cardView } from '../../src/render/card-view.ts';
import { cardFigures } from '../../src/render/view.ts';
import { siteFigures } from '../../src/site/figure-files.ts';
import { projectRoot, runCli, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, problemsIn, removeFixture } from '../helpers/fixtures.ts';

/** A drawing with some shapes and a gradient, `width` × `height` pixels, as a picture file. */
function drawing(width: number, height: number): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#2a7"/><stop offset="1" stop-color="#fd4"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>
    <circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#236"/>
    <rect x="${width / 10}" y="${height / 10}" width="${width / 5}" height="${height / 8}" fill="#c33"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const picture = 'media/glute-bridge.png';

/** The figure-card fixture with its glute bridge photo replaced by `bytes` (named `file`). */
async function withPicture(bytes: Buffer, file = picture): Promise<string> {
  const content = await fixtureLibrary('figure-card');
  await writeFile(path.join(content, file), bytes);
  if (file !== picture) {
    const yaml = path.join(content, 'exercises/glute-bridge.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(picture, file));
  }
  return content;
}

/** Content folders (each removed with its temporary parent) and scratch folders (removed alone). */
const folders: string[] = [];
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => removeFixture(folder)));
  // removeFixture would remove output/.tests itself, and with it the run's shared builds.
  await Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a PNG picture 3,200 × 2,400 pixels', () => {
  let content: string;
  let original: Buffer;
  beforeAll(async () => {
    original = await drawing(3200, 2400).png().toBuffer();
    content = await withPicture(original);
    folders.push(content);
  });

  it('is used 1,600 × 1,200, still a PNG, in the handout, the deck and the site', async () => {
    const library = await loadLibrary(content);
    const used = readPicture(content, picture);
    expect(used.type).toBe('image/png');
    expect(used.bytes.subarray(0, 8)).toEqual(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));
    const meta = await sharp(used.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1600, 1200]);
    expect([used.width, used.height]).toEqual([1600, 1200]);
    expect(used.bytes.length).toBeLessThan(original.length);
    // A handout and a deck carry it as a data: URI, the scaled picture.
    expect(mediaDataUri(content, picture)).toBe(
      `data:image/png;base64,${used.bytes.toString('base64')}`,
    );
    // The site writes it as a file of its own, those bytes too.
    const exercise = library.exercises['glute-bridge'];
    if (!exercise) throw new Error('no glute-bridge');
    const { files } = siteFigures(
      exercise,
      cardFigures(library, exercise),
      (file) => `/${file}`,
      content,
    );
    expect(files).toHaveLength(1);
    expect(Buffer.from(files[0]?.bytes ?? '')).toEqual(used.bytes);
    expect(files[0]?.name).toMatch(/^glute-bridge-picture-1-[\w-]{10}\.png$/);
    // The file itself is left as it is.
    expect(await readFile(path.join(content, picture))).toEqual(original);
  });

  it('gives the same bytes in every run, so file names and shard hashes stay the same', async () => {
    const work = await tempWorkFolder('picture-scale');
    scratch.push(work);
    const runs = [];
    for (const run of ['a', 'b']) {
      const out = path.join(work, run);
      const result = await runCli(['deck', 'side-hip-starter', '--no-pdf', '--out', out], {
        ROUTINE_PRESS_CONTENT: content,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const [deck = ''] = await readdir(out);
      runs.push(await readFile(path.join(out, deck), 'utf8'));
    }
    const [a = '', b = ''] = runs;
    expect(sha(Buffer.from(a))).toBe(sha(Buffer.from(b)));
    // The deck holds the scaled picture, not the original.
    const scaled = readPicture(content, picture).bytes.toString('base64');
    expect(a).toContain(scaled);
    expect(a).not.toContain(original.toString('base64').slice(0, 2000));
  });
});

describe('other pictures', () => {
  it('keeps a JPEG a JPEG, upright: a photo taken sideways 3,000 × 2,000 becomes 1,067 × 1,600', async () => {
    // Stored 3,000 wide and 2,000 high, with the EXIF note "turn 90° clockwise to show".
    const jpeg = await drawing(3000, 2000)
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const content = await withPicture(jpeg, 'media/glute-bridge.jpg');
    folders.push(content);
    await loadLibrary(content);
    const used = readPicture(content, 'media/glute-bridge.jpg');
    const meta = await sharp(used.bytes).metadata();
    expect([used.type, meta.format, meta.width, meta.height]).toEqual([
      'image/jpeg',
      'jpeg',
      1067,
      1600,
    ]);
    expect([used.width, used.height]).toEqual([1067, 1600]);
    // Turned upright in the pixels, so no EXIF note is left to turn it again.
    expect(meta.orientation).toBeUndefined();
  });

  it('leaves a small picture as it is, with its size known; a sideways one reports its upright size', async () => {
    const jpeg = await drawing(800, 600).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const content = await withPicture(jpeg, 'media/glute-bridge.jpg');
    folders.push(content);
    await loadLibrary(content);
    const used = readPicture(content, 'media/glute-bridge.jpg');
    expect(used.bytes).toEqual(jpeg);
    expect([used.width, used.height]).toEqual([600, 800]);
  });

  it('leaves an SVG as it is, with no size', async () => {
    const svg = await readFile(path.join(projectRoot, 'test/fixtures/picture-files/media/ok.svg'));
    const content = await withPicture(svg, 'media/glute-bridge.svg');
    folders.push(content);
    await loadLibrary(content);
    const used = readPicture(content, 'media/glute-bridge.svg');
    expect(used).toEqual({ bytes: svg, type: 'image/svg+xml' });
  });

  it('refuses a damaged picture at its media: line, and one of too many pixels', async () => {
    const png = await drawing(3200, 2400).png().toBuffer();
    const damaged = await withPicture(png.subarray(0, 4000));
    folders.push(damaged);
    expect(normalise(await problemsIn(damaged), damaged)).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/glute-bridge.yaml:31:11: the picture "media/glute-bridge.png" is damaged: it cannot be read to the end Hint: Open it in a picture program and save it again, or name another file."
    `);
    // 12,000 × 9,000 pixels of one colour is a small file.
    const huge = await sharp({
      create: { width: 12_000, height: 9_000, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer();
    expect(huge.length).toBeLessThan(2_000_000);
    const tooMany = await withPicture(huge);
    folders.push(tooMany);
    expect(normalise(await problemsIn(tooMany), tooMany)).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/exercises/glute-bridge.yaml:31:11: the picture "media/glute-bridge.png" is 12,000 × 9,000 pixels, more than 100 million Hint: Save it at 1,600 pixels on its long side: that is plenty for a page or a slide."
    `);
  });
});

describe('a picture on the website', () => {
  it('gives its <img> the width and height of the file, so the page keeps its room while it loads', async () => {
    const content = await withPicture(await drawing(3200, 2400).png().toBuffer());
    folders.push(content);
    const library = await loadLibrary(content);
    const exercise = library.exercises['glute-bridge'];
    if (!exercise) throw new Error('no glute-bridge');
    const figures = siteFigures(exercise, cardFigures(library, exercise), (f) => `/${f}`, content);
    const env = createEnv(path.join(projectRoot, 'templates'));
    const html = env.partial('exercise-card', cardView(library, en, exercise, figures.view));
    expect(html).toContain(
      `<img src="/figures/${figures.files[0]?.name}" alt="A woman lying on her back with her hips lifted off a mat." width="1600" height="1200">`,
    );
  });
});
