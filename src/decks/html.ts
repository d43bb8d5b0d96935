/**
 * One deck as one self-contained HTML file: fonts as data: URIs, the stylesheet and the runtime
 * inline, figures inline in the exercise cards. Nothing in it loads from anywhere else.
 */
import { fontFiles } from '../handouts/assets.ts';
import type { Library } from '../model/library.ts';
import type { TemplateEnv } from '../render/env.ts';
import { runtimeScript } from './runtime-bundle.ts';
import type { DeckPlan } from './slides.ts';
import { deckView, type DeckAssets } from './view.ts';

export const deckTemplate = 'deck/deck';

let assets: Promise<DeckAssets> | undefined;

/**
 * The fonts and the runtime script, once a process. The stylesheet is not here: deck.hbs puts
 * templates/deck/deck.css inline through the template environment, like every other template file.
 */
export function deckAssets(): Promise<DeckAssets> {
  assets ??= runtimeScript().then((script) => ({ fonts: fontFiles(), script }));
  return assets;
}

export async function deckHtml(
  library: Library,
  templates: TemplateEnv,
  plan: DeckPlan,
  options: { readonly printNotes?: boolean } = {},
): Promise<string> {
  const view = deckView(library, plan, await deckAssets(), options);
  return templates.render(deckTemplate, view);
}
