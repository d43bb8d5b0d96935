import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDataUri } from '../../src/handouts/assets.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import { en } from '../../src/domain/catalog/index.ts';
import { stopSigns } from '../../src/domain/stop-signs.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { cssDataUrl, cssString } from '../../src/render/helpers.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';
import { sixExerciseLibrary, sixId } from './content.ts';

const sideHip = 'side-hip-starter';

async function library() {
  const content = await sixExerciseLibrary();
  try {
    return await loadLibrary(content);
  } finally {
    await removeFixture(content);
  }
}

describe('the stop box', () => {
  it("lists the conditions' red flags first, then general signs, without saying one twice", async () => {
    const lib = await library();
    const routine = lib.routines[sixId];
    if (!routine) throw new Error('fixture');
    const { signs } = stopSigns(lib, routine, en);
    expect(signs[0]).toBe('The pain wakes you up at night and does not ease.');
    expect(signs.filter((s) => s.includes('night'))).toHaveLength(1);
    expect(signs.length).toBeGreaterThanOrEqual(4);
  });
});

describe('CSS from content', () => {
  it('cannot end the string or the style element', () => {
    expect(cssString('Say "hi" </style><b>\\ \nnext')).toBe(
      '"Say \\22 hi\\22  \\3c /style\\3e \\3c b\\3e \\5c  \\a next"',
    );
  });

  it('only takes data: URIs as pictures', () => {
    expect(cssDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(
      'url("data:image/svg+xml;base64,PHN2Zz4=")',
    );
    expect(() => cssDataUrl('https://example.com/x.png')).toThrow(/only takes data: URIs/);
    expect(() => cssDataUrl('data:image/png;base64,") url(x')).toThrow(/only takes data: URIs/);
  });
});

describe('a clinic logo', () => {
  it('is embedded from routines/ into the handout, or named when it is missing', async () => {
    const content = await fixtureLibrary('valid');
    try {
      const settings = path.join(content, 'settings.yaml');
      const text = await readFile(settings, 'utf8');
      await writeFile(settings, text.replace('clinic:\n', 'clinic:\n  logo: media/logo.svg\n'));
      // Missing: the check names the setting's line, before any handout is made.
      await expect(loadLibrary(content)).rejects.toThrow(
        `${content}/settings.yaml:4:9: the picture "media/logo.svg" does not exist`,
      );
      // A file that goes missing after the check is still named, not an internal error.
      expect(() => imageDataUri(content, 'media/logo.svg', 'settings.yaml clinic.logo')).toThrow(
        /^settings\.yaml clinic\.logo: there is no picture at .*media\/logo\.svg\. Put the file there or fix the path in settings\.yaml\.$/,
      );
      // There: it is in the handout itself, as a data: URI.
      const logo =
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><rect width="2" height="1"/></svg>';
      await mkdir(path.join(content, 'media'), { recursive: true });
      await writeFile(path.join(content, 'media', 'logo.svg'), logo);
      const html = await handoutHtml(
        await loadLibrary(content),
        templateEnv('templates'),
        sideHip,
        {
          paper: 'a4',
          large: false,
          date: new Date(Date.UTC(2026, 0, 1)),
        },
      );
      const uri = `data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`;
      // Handlebars writes "=" in an attribute as &#x3D;, which the browser reads back as "=".
      expect(html).toContain(
        `<img class="clinic__logo" src="${uri.replaceAll('=', '&#x3D;')}" alt="Riverside Running Physio logo">`,
      );
    } finally {
      await removeFixture(content);
    }
  });
});
