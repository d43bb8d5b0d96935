/**
 * The one Handlebars environment. It loads templates/ once: every file in templates/partials/ is a
 * partial named after its file; every other .hbs file is a document template named by its path
 * ("handout/handout"). Each is compiled once, in strict mode, so a misspelt field fails the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../core/errors.ts';
import { registerHelpers } from './helpers.ts';

export interface TemplateEnv {
  /** The templates folder it was read from. */
  readonly folder: string;
  /** Renders a document template, e.g. "handout/handout". */
  render(name: string, context: object): string;
  /** Renders a partial on its own, e.g. "exercise-card", for the site's `set:html`. */
  partial(name: string, context: object): string;
}

const compileOptions = { strict: true, noEscape: false } as const;

function listTemplates(folder: string): string[] {
  if (!existsSync(folder))
    throw new UserError(
      `There is no templates folder at ${path.resolve(folder)}. Run the command from the project folder (the one with package.json), or set ROUTINE_PRESS_TEMPLATES to the folder that holds the .hbs files.`,
    );
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Turns a Handlebars error into one that names the template file. */
function templateError(file: string, error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/.exec(message)?.[1] ?? /- (\d+):\d+$/.exec(message)?.[1] ?? '1';
  const first = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
  const missing = /^"(.+)" not defined in/.exec(first)?.[1];
  const text = missing
    ? `the template uses {{${missing}}}, but there is no field "${missing}" here. Check the spelling.`
    : first;
  return new UserError(`${file}:${line}: ${text}`, { cause: error });
}

export function createEnv(folder: string): TemplateEnv {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const files = new Map<string, string>();

  for (const relative of listTemplates(folder)) {
    const file = path.join(folder, relative);
    const source = readFileSync(file, 'utf8');
    const name = relative.replace(/\.hbs$/, '');
    const shown = `${folder}/${relative}`;
    try {
      // Precompiling surfaces syntax errors now, with the file name, instead of at first use.
      hb.precompile(source, compileOptions);
    } catch (error) {
      throw templateError(shown, error);
    }
    const template = hb.compile(source, compileOptions);
    files.set(name, shown);
    if (relative.startsWith('partials/')) hb.registerPartial(path.basename(name), template);
    else compiled.set(name, template);
  }

  const run = (
    name: string,
    template: Handlebars.TemplateDelegate | undefined,
    context: object,
  ) => {
    if (!template) throw new UserError(`There is no template "${name}" in ${folder}/.`);
    try {
      // Prototype access stays off (the Handlebars default); the context is plain data.
      return template(context);
    } catch (error) {
      throw templateError(files.get(name) ?? name, error);
    }
  };

  return {
    folder,
    render: (name, context) => run(name, compiled.get(name), context),
    partial: (name, context) =>
      run(
        `partials/${name}`,
        hb.partials[name] as Handlebars.TemplateDelegate | undefined,
        context,
      ),
  };
}

const cache = new Map<string, TemplateEnv>();

/** The environment for a folder, created once per process. */
export function templateEnv(folder: string): TemplateEnv {
  let env = cache.get(folder);
  if (!env) {
    env = createEnv(folder);
    cache.set(folder, env);
  }
  return env;
}
