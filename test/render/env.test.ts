import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEnv } from '../../src/render/env.ts';

let folder: string;
async function templates(files: Record<string, string>): Promise<string> {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-templates-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
  return folder;
}
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the template environment', () => {
  it('registers partials by file name and escapes content', async () => {
    const env = createEnv(
      await templates({
        'partials/greeting.hbs': '<b>{{name}}</b>',
        'page.hbs': '{{> greeting}}!',
      }),
    );
    expect(env.render('page', { name: '<script>' })).toBe('<b>&lt;script&gt;</b>!');
    expect(env.partial('greeting', { name: 'Ann' })).toBe('<b>Ann</b>');
  });

  it('fails on a misspelt field, naming the template and line', async () => {
    const env = createEnv(await templates({ 'page.hbs': 'line one\n{{nmae}}' }));
    expect(() => env.render('page', { name: 'x' })).toThrow(
      /page\.hbs:2: the template uses \{\{nmae\}\}, but there is no field "nmae" here/,
    );
  });

  it('says plainly when the templates folder is missing', async () => {
    const missing = path.join(await templates({}), 'no-such-folder');
    expect(() => createEnv(missing)).toThrow(
      `There is no templates folder at ${missing}. Run the command from the project folder`,
    );
  });

  it('reports a syntax error when the templates are loaded', async () => {
    const dir = await templates({ 'page.hbs': 'ok\n{{#if x}}unclosed' });
    expect(() => createEnv(dir)).toThrow(/page\.hbs:2: /);
  });

  it('does not reach prototype properties', async () => {
    // With prototype access on, this would print "[Object]". Strict mode stops at the blocked lookup.
    const env = createEnv(await templates({ 'page.hbs': '[{{constructor.name}}]' }));
    expect(() => env.render('page', {})).toThrow(/no field "name"/);
  });
});
