import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/problems.ts';
import { createEnv } from '../../src/render/env.ts';

let folder: string | undefined;
async function templates(files: Record<string, string>): Promise<string> {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-templates-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
  return folder;
}
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** The message a user reads when `run` fails. */
function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it did not fail');
}

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

  it('lists every template problem when they load, at Handlebars’ line and column, with a hint', () => {
    const load = () => createEnv('test/fixtures/template-syntax');
    expect(load).toThrow(ContentError);
    // The list of helpers grows with the helpers; the rest is pinned as the user reads it.
    const helpers = /The helpers are: ([^(]*) \(/;
    expect(helpers.exec(message(load))?.[1]).toContain('each, eq, ');
    expect(message(load).replace(helpers, 'The helpers are: … (')).toMatchInlineSnapshot(`
      "6 problems in 4 files:
      test/fixtures/template-syntax/deck/deck.hbs:2:6: {{/each}} closes {{#if}}. Hint: Close the blocks in the opposite order to how they open: {{#if}} … {{/if}}.
      test/fixtures/template-syntax/handout/handout.hbs:3:1: the template ends inside an open {{#block}} or {{ }}. Hint: Close every {{#if}} and {{#each}} with its {{/if}} or {{/each}}, and every {{ with }}.
      test/fixtures/template-syntax/page.hbs:2:8: there is no stylesheet "deck/dek.css". Hint: The stylesheets are the .css files in templates/: deck/deck.css.
      test/fixtures/template-syntax/page.hbs:5:4: there is no helper "shout". Hint: The helpers are: … (src/render/helpers.ts).
      test/fixtures/template-syntax/page.hbs:6:27: there is no partial "exercise-card". Hint: The partials are the files in templates/partials/: none.
      test/fixtures/template-syntax/partials/card.hbs:2:15: Handlebars cannot read the {{ }} here: it found =. Hint: Write {{field}}, {{helper value}} or {{> partial}}, each closed with }}."
    `);
  });

  it('names the partial, line and column of a misspelt field, not the page that called it', () => {
    const env = createEnv('test/fixtures/template-missing-field');
    expect(
      message(() => env.render('page', { title: 'T', cards: [{ name: 'Clamshell' }] })),
    ).toMatchInlineSnapshot(
      `"test/fixtures/template-missing-field/partials/card.hbs:2:9: the template reads {{nmae}}, but there is no field "nmae" here. Hint: Check the spelling, or add the field to the view that fills this template (null when it is empty)."`,
    );
    // The same place when the partial is rendered on its own, as the website does.
    expect(message(() => env.partial('card', { name: 'x' }))).toMatch(
      /^test\/fixtures\/template-missing-field\/partials\/card\.hbs:2:9: /,
    );
  });

  it('puts a stylesheet from the templates folder inline, unable to close its <style>', async () => {
    const env = createEnv(
      await templates({
        'deck/deck.css': '.a::after { content: "</style><script>"; }',
        'deck/deck.hbs': '<style>{{stylesheet "deck/deck.css"}}</style>',
      }),
    );
    expect(env.render('deck/deck', {})).toBe(
      '<style>.a::after { content: "<\\/style><script>"; }</style>',
    );
  });

  it('says plainly when the templates folder is missing', async () => {
    const missing = path.join(await templates({}), 'no-such-folder');
    expect(() => createEnv(missing)).toThrow(
      `There is no templates folder at ${missing}. Run the command from the project folder`,
    );
  });

  it('does not reach prototype properties', async () => {
    // With prototype access on, this would print "[Object]". Strict mode stops at the blocked lookup.
    const env = createEnv(await templates({ 'page.hbs': '[{{constructor.name}}]' }));
    expect(() => env.render('page', {})).toThrow(/no field "name"/);
  });
});
