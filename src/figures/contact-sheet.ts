/**
 * The review sheet: every exercise's figures on one page, with the exercise name, its first step
 * and the alt text, so a person can check at a glance that each picture matches the exercise.
 */
import type { Library } from '../model/library.ts';
import { exerciseFigures } from './figures.ts';
import { figuresHtml } from './html.ts';
import { escapeXml } from './svg.ts';
import { figureWarnings } from './warnings.ts';

const style = `
body { font: 14px/1.35 system-ui, sans-serif; margin: 16px; color: #222; background: #fff; }
h1 { font-size: 20px; margin: 0 0 12px; }
main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
section { border: 1px solid #ccc; border-radius: 6px; padding: 8px; break-inside: avoid; }
h2 { font-size: 15px; margin: 0 0 4px; }
.figures { display: flex; gap: 6px; }
.exercise-figure { margin: 0; flex: 1; text-align: center; }
.exercise-figure svg, .exercise-figure img { width: 100%; height: auto; border: 1px solid #eee; }
figcaption { font-size: 12px; color: #555; }
p { margin: 4px 0 0; font-size: 12px; }
.missing { color: #a00; font-weight: bold; }
`;

export interface ContactSheet {
  readonly html: string;
  /** Exercises with drawn figures, with their own pictures, and with neither. */
  readonly counts: { readonly drawn: number; readonly media: number; readonly none: number };
}

export function contactSheet(library: Library): ContactSheet {
  const counts = { drawn: 0, media: 0, none: 0 };
  const sections = Object.values(library.exercises).map((exercise) => {
    const view = exerciseFigures(exercise, library.root);
    counts[view.kind] += 1;
    const alts =
      view.kind === 'drawn'
        ? `<p>${escapeXml(view.start.alt)}</p><p>${escapeXml(view.end.alt)}</p>`
        : view.kind === 'none'
          ? '<p class="missing">No figure and no picture.</p>'
          : '';
    return (
      `<section id="${escapeXml(exercise.id)}"><h2>${escapeXml(exercise.name)} <small>(${escapeXml(exercise.id)})</small></h2>` +
      `<div class="figures">${figuresHtml(view)}</div>` +
      `<p><strong>Step 1:</strong> ${escapeXml(exercise.steps[0] ?? '')}</p>${alts}` +
      figureWarnings(exercise)
        .map((w) => `<p class="missing">${escapeXml(w.message)}</p>`)
        .join('') +
      '</section>'
    );
  });
  const html =
    `<!doctype html><html lang="${escapeXml(library.settings.language)}"><head><meta charset="utf-8">` +
    `<title>Exercise figures: contact sheet</title><style>${style}</style></head><body>` +
    `<h1>Exercise figures (${sections.length} exercises)</h1><main>${sections.join('')}</main></body></html>`;
  return { html, counts };
}
