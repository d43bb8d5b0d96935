/** One handout as a self-contained HTML document: the view, rendered through the one template env. */
import { catalogFor } from '../domain/catalog/index.ts';
import { lookup } from '../model/lookup.ts';
import type { Library, Routine } from '../model/library.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import type { TemplateEnv } from '../render/env.ts';
import { nodeAssets } from './assets.ts';
import { programHandout } from './program.ts';
import type { Variant } from './variants.ts';
import { handoutView, type HandoutOptions } from './view.ts';

/** The template every handout uses. */
export const handoutTemplate = 'handout/handout';

export async function handoutHtml(
  library: Library,
  templates: TemplateEnv,
  routineId: string,
  options: HandoutOptions,
): Promise<string> {
  return routineHandoutHtml(library, templates, lookup(library, 'routine', routineId), options);
}

/** A routine's handout, for a routine that is not in the library: a program made one. */
export async function routineHandoutHtml(
  library: Library,
  templates: TemplateEnv,
  routine: Routine,
  options: HandoutOptions,
): Promise<string> {
  return templates.render(
    handoutTemplate,
    await handoutView(library, routine, options, nodeAssets(library)),
  );
}

/** A program's handout (`--program`): the same one the builder prints in the browser. */
export async function programHandoutHtml(
  library: Library,
  templates: TemplateEnv,
  program: ProgramFile,
  variant: Variant & { readonly date: Date },
): Promise<string> {
  const catalog = catalogFor(library.settings.language);
  const { routine, options } = await programHandout(library, program, variant, catalog);
  return routineHandoutHtml(library, templates, routine, options);
}
