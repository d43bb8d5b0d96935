/**
 * One deck as one self-contained HTML file: fonts as data: URIs, the stylesheet and the runtime
 * inline, figures inline in the exercise cards. Nothing in it loads from anywhere else.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fontFiles } from '../handouts/assets.ts';
import type { Library } from '../model/library.ts';
import type { TemplateEnv } from '../render/env.ts';
import { runtimeScript } from './runtime-bundle.ts';
import type { DeckPlan } from './slides.ts';
import { deckView, type DeckAssets } from './view.ts';

export const deckTemplate = 'deck/deck';

const assets = new Map<string, Promise<DeckAssets>>();

/** Fonts, the stylesheet next to the template (deck/deck.css) and the runtime, once a process. */
export function deckAssets(templates: string): Promise<DeckAssets> {
  let loaded = assets.get(templates);
  if (!loaded) {
    const css = readFile(path.join(templates, 'deck', 'deck.css'), 'utf8');
    loaded = Promise.all([css, runtimeScript()]).then(([text, script]) => ({
      fonts: fontFiles(),
      css: text,
      script,
    }));
    assets.set(templates, loaded);
  }
  return loaded;
}

export async function deckHtml(
  library: Library,
  templates: TemplateEnv,
  plan: DeckPlan,
  options: { readonly printNotes?: boolean } = {},
): Promise<string> {
  const view = deckView(library, plan, await deckAssets(templates.folder), options);
  return templates.render(deckTemplate, view);
}
