/** One handout as a self-contained HTML document: the view, rendered through the one template env. */
import type { Library } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
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
  const routine = lookup(library, 'routine', routineId);
  return templates.render(handoutTemplate, await handoutView(library, routine, options));
}
