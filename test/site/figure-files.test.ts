/**
 * The website's figures as files (src/site/figure-files.ts): one file per drawing, shared by every
 * language, with the alt text left to the page's <img>. Content: the bundled pack, in English and
 * in Spanish.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { cardFigures } from '../../src/render/view.ts';
import { siteFigures, unlabelled } from '../../src/site/figure-files.ts';
import { projectRoot } from '../helpers/cli.ts';

let english: Library;
let spanish: Library;
beforeAll(async () => {
  const content = path.join(projectRoot, 'routines');
  [english, spanish] = await Promise.all([
    loadLibrary(content),
    loadLibrary(content, { language: 'es' }),
  ]);
});

const href = (file: string) => `/hips/${file}`;
const filesOf = (library: Library, id: string) => {
  const exercise = library.exercises[id];
  if (!exercise) throw new Error(`no exercise ${id}`);
  return siteFigures(exercise, cardFigures(library, exercise), href, library.root);
};

describe('figure files of the website', () => {
  it('makes a moving figure and two stills per drawn exercise, each shown from its file', () => {
    const { view, files } = filesOf(english, 'clamshell');
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^clamshell-moving-[\w-]{10}\.svg$/),
      expect.stringMatching(/^clamshell-start-[\w-]{10}\.svg$/),
      expect.stringMatching(/^clamshell-end-[\w-]{10}\.svg$/),
    ]);
    if (view.kind !== 'drawn') throw new Error('clamshell is drawn');
    expect([view.motion.file, view.start.file, view.end.file].map((f) => f?.href)).toEqual(
      files.map((f) => `/hips/figures/${f.name}`),
    );
    // The size the drawing gives itself, so the page keeps its room while the file loads.
    expect(view.start.file).toMatchObject({ width: 160, height: expect.any(Number) as number });
    expect(view.start.svg).toContain(`width="160" height="${view.start.file?.height}"`);
    expect(files[0]?.bytes).toContain('<animate');
    for (const file of files) {
      expect(file.type).toBe('image/svg+xml');
      expect(file.bytes).toMatch(
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[^"]+" width="160" height="\d+"><g /,
      );
      expect(file.bytes).not.toMatch(/aria-label|<title>|Clamshell/);
    }
  });

  it('shares each file between languages, with the alt text in the page’s language', () => {
    const ids = Object.keys(english.exercises).filter(
      (id) => english.exercises[id]?.figure !== undefined,
    );
    expect(ids.length).toBeGreaterThan(30);
    const names = (library: Library) =>
      ids.flatMap((id) => filesOf(library, id).files.map((f) => f.name));
    expect(names(spanish)).toEqual(names(english));
    // Every drawing its own file: no two exercises' figures under one name.
    expect(new Set(names(english)).size).toBe(ids.length * 3);
    const [en, es] = [filesOf(english, 'clamshell').view, filesOf(spanish, 'clamshell').view];
    if (en.kind !== 'drawn' || es.kind !== 'drawn') throw new Error('clamshell is drawn');
    expect(es.start.alt).not.toBe(en.start.alt);
    expect(es.start.alt).toMatch(/posición inicial/);
  });

  it('refuses markup that is not a labelled figure', () => {
    expect(() => unlabelled('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(
      /Not a labelled figure SVG/,
    );
  });
});
