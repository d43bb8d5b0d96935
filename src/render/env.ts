/**
 * The one Handlebars environment. It loads templates/ once: every file in templates/partials/ is a
 * partial named after its file; every other .hbs file is a document template named by its path
 * ("handout/handout"); every .css file is a stylesheet a template puts inline with
 * `{{stylesheet "deck/deck.css"}}`. Each template is compiled once, in strict mode, so a misspelt
 * field fails the build. Every problem in every template is listed when they load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../core/errors.ts';
import { ContentError, formatProblem, type Problem } from '../core/problems.ts';
import { inlineCode, registerHelpers } from './helpers.ts';
import { referenceProblems, renderNote, syntaxProblem } from './template-problems.ts';

export interface TemplateEnv {
  /** The templates folder it was read from. */
  readonly folder: string;
  /** Renders a document template, e.g. "handout/handout". */
  render(name: string, context: object): string;
  /** Renders a partial on its own, e.g. "exercise-card", for the site's `set:html`. */
  partial(name: string, context: object): string;
}

const compileOptions = { strict: true, noEscape: false } as const;

function listFiles(folder: string): string[] {
  if (!existsSync(folder))
    throw new UserError(
      `There is no templates folder at ${path.resolve(folder)}. Run the command from the project folder (the one with package.json), or set ROUTINE_PRESS_TEMPLATES to the folder that holds the .hbs files.`,
    );
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** An error while rendering, once, at the innermost template: outer ones pass it on unchanged. */
class TemplateRenderError extends UserError {}

function renderError(file: string, error: unknown): unknown {
  if (error instanceof TemplateRenderError) return error;
  return new TemplateRenderError(formatProblem(renderNote(file, error)), { cause: error });
}

interface Source {
  readonly name: string;
  readonly shown: string;
  readonly ast: ReturnType<typeof Handlebars.parse>;
}

export function createEnv(folder: string): TemplateEnv {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const files = listFiles(folder);
  const text = (relative: string) => readFileSync(path.join(folder, relative), 'utf8');
  const stylesheets = new Map(files.filter((f) => f.endsWith('.css')).map((f) => [f, text(f)]));
  /** <style>{{stylesheet "deck/deck.css"}}</style>: a stylesheet from templates/, put inline. */
  hb.registerHelper('stylesheet', (name: unknown) => {
    const css = stylesheets.get(String(name));
    if (css === undefined) throw new Error(`There is no stylesheet "${String(name)}".`);
    return new hb.SafeString(inlineCode(css, 'style'));
  });

  const problems: Problem[] = [];
  const sources: Source[] = [];
  for (const relative of files.filter((f) => f.endsWith('.hbs'))) {
    // The folder as it was given (ROUTINE_PRESS_TEMPLATES, or templates/ in the project).
    const shown = `${folder}/${relative}`;
    try {
      sources.push({ name: relative.replace(/\.hbs$/, ''), shown, ast: hb.parse(text(relative)) });
    } catch (error) {
      problems.push(syntaxProblem(shown, error, hb));
    }
  }
  const partialName = (name: string) => (name.startsWith('partials/') ? path.basename(name) : '');
  const known = {
    partials: new Set(sources.map((s) => partialName(s.name)).filter(Boolean)),
    helpers: new Set(Object.keys(hb.helpers).filter((h) => !h.endsWith('Missing'))),
    stylesheets: new Set(stylesheets.keys()),
  };
  for (const { shown, ast } of sources) problems.push(...referenceProblems(shown, ast, known));
  if (problems.length > 0) throw new ContentError(problems);

  const documents = new Map<string, Handlebars.TemplateDelegate>();
  for (const { name, shown, ast } of sources) {
    const template = hb.compile(ast, compileOptions);
    const run: Handlebars.TemplateDelegate = (context, options) => {
      try {
        // Prototype access stays off (the Handlebars default); the context is plain data.
        return template(context, options);
      } catch (error) {
        throw renderError(shown, error);
      }
    };
    const partial = partialName(name);
    if (partial) hb.registerPartial(partial, run);
    else documents.set(name, run);
  }

  const render = (
    name: string,
    template: Handlebars.TemplateDelegate | undefined,
    context: object,
  ) => {
    if (!template) throw new UserError(`There is no template "${name}" in ${folder}/.`);
    return template(context);
  };
  return {
    folder,
    render: (name, context) => render(name, documents.get(name), context),
    partial: (name, context) =>
      render(
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
