/**
 * `npm run figures` on a fixture library: the review sheet appears in <output>/figures/ as HTML and
 * as a PNG screenshot taken in Chromium, with nothing half-written left behind.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSheet, contactSheetTemplate } from '../../src/figures/contact-sheet.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv } from '../../src/render/env.ts';
import { runCli, tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, removeFixture } from '../helpers/fixtures.ts';

let content: string;
let output: string;

const sheetHtml = (library: Library) =>
  templateEnv('templates').render(contactSheetTemplate, contactSheet(library).view);

beforeAll(async () => {
  content = await fixtureLibrary('figure-card');
  output = await tempWorkFolder('figures');
});
afterAll(async () => {
  await removeFixture(content);
  await rm(output, { recursive: true, force: true });
});

describe('npm run figures', () => {
  it('writes the contact sheet as HTML and PNG', async () => {
    const result = await runCli(['figures'], {
      ROUTINE_PRESS_CONTENT: content,
      ROUTINE_PRESS_OUTPUT: output,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(normalise(result.stdout, output)).toBe(
      'Figures for 3 exercises: 1 drawn, 1 with their own pictures, 1 with none.\n' +
        '  routines/figures/contact-sheet.html\n  routines/figures/contact-sheet.png\n',
    );
    const folder = path.join(output, 'figures');
    expect((await readdir(folder)).sort()).toEqual(['contact-sheet.html', 'contact-sheet.png']);

    const html = await readFile(path.join(folder, 'contact-sheet.html'), 'utf8');
    expect(html.match(/<section id="[a-z-]+">/g)).toEqual([
      '<section id="clamshell">',
      '<section id="glute-bridge">',
      '<section id="hip-swing">',
    ]);
    expect(html).toContain('<h2>Clamshell <small>(clamshell)</small></h2>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('Picture: Riverside Physio Clinic, CC BY 4.0');
    expect(html).toContain('<p class="missing">No figure and no picture.</p>');

    const png = PNG.sync.read(await readFile(path.join(folder, 'contact-sheet.png')));
    expect(png.width).toBe(1500);
    expect(png.height).toBeGreaterThan(300);
    // Something was drawn: the core colour of the working leg is on the page.
    let core = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i] === 0xf5 && png.data[i + 1] === 0x9e && png.data[i + 2] === 0x4b) core++;
    expect(core).toBeGreaterThan(50);
  });

  it('warns when an arrow is asked for but its point does not move', async () => {
    const library = await loadLibrary(content);
    const clamshell = library.exercises['clamshell'];
    if (!clamshell?.figure) throw new Error('the fixture clamshell has a figure');
    const still = { ...clamshell, figure: { start: clamshell.figure.start, end: {} } };
    const html = sheetHtml({ ...library, exercises: { clamshell: still } });
    expect(html).toContain(
      '<p class="missing">The start arrow at near-knee is not drawn: that point hardly moves between start and end.</p>',
    );
    expect(sheetHtml(library)).not.toContain('is not drawn');
  });
});
