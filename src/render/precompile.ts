/**
 * The handout template for the browser: templates/handout/handout.hbs and the partials, precompiled
 * by Handlebars when the site is built, so the builder's Print carries Handlebars' small runtime
 * and no compiler. A Vite plugin (astro.config.mjs) serves them as the module
 * `virtual:routine-press/handout-templates`; `site/handout-print.ts` renders with them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Plugin } from 'vite';
import { readConfig } from '../core/config.ts';

export const handoutTemplatesId = 'virtual:routine-press/handout-templates';
const resolvedId = `\0${handoutTemplatesId}`;

/** The module's source, and the files it was made from (watched by the dev server). */
export function precompiledHandout(folder: string): { source: string; files: string[] } {
  const partialsFolder = path.join(folder, 'partials');
  const partials = readdirSync(partialsFolder)
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  // The same options as the Node environment (render/env.ts): a misspelt field fails, not blanks.
  // precompile gives JavaScript source text; its declared type is the object that text evaluates to.
  const spec = (file: string): string =>
    Handlebars.precompile(readFileSync(file, 'utf8'), {
      strict: true,
      noEscape: false,
    }) as unknown as string;
  const handout = path.join(folder, 'handout', 'handout.hbs');
  const source = [
    `export const handout = ${spec(handout)};`,
    'export const partials = {',
    ...partials.map(
      (p) => `${JSON.stringify(p.replace(/\.hbs$/, ''))}: ${spec(path.join(partialsFolder, p))},`,
    ),
    '};',
  ].join('\n');
  return { source, files: [handout, ...partials.map((p) => path.join(partialsFolder, p))] };
}

/** The Vite plugin; the templates folder is the configured one (ROUTINE_PRESS_TEMPLATES). */
export function handoutTemplates(folder = readConfig().templates): Plugin {
  return {
    name: 'routine-press:handout-templates',
    resolveId: (id) => (id === handoutTemplatesId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const { source, files } = precompiledHandout(folder);
      for (const file of files) this.addWatchFile(path.resolve(file));
      return source;
    },
  };
}
