/** One handout as a self-contained HTML document: the view, rendered through the one template env. */
import { lookup } from '../model/lookup.ts';
import type { Library, Routine } from '../model/library.ts';
import type { TemplateEnv } from '../render/env.ts';
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
  return templates.render(handoutTemplate, await handoutView(library, routine, options));
}
