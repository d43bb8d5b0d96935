/**
 * The review sheet: every exercise's figures on one page, with the exercise name, its first step
 * and the alt text, so a person can check at a glance that each picture matches the exercise.
 */
import type { Exercise, Library } from '../model/library.ts';
import { composeFigure } from './compose.ts';
import { exerciseFigures } from './figures.ts';
import { figuresHtml } from './html.ts';
import { escapeXml } from './svg.ts';

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

/**
 * Warnings a reviewer should see: an arrow asked for whose point barely moves is not drawn, nor
 * squeeze arrows in a view where the knees line up one behind the other.
 */
function warnings(exercise: Exercise): string[] {
  if (!exercise.figure || exercise.media.length > 0) return [];
  const scenes = composeFigure(exercise.figure);
  return (['start', 'end'] as const).flatMap((position) => {
    const scene = scenes[position];
    const squeeze =
      scene.pose.squeeze && !scene.squeezed
        ? [
            `The ${position} squeeze arrows are not drawn: in this view one knee hides the other. Use view: front.`,
          ]
        : [];
    const [[x0, y0], [x1, y1]] = scene.arrow ?? [
      [0, 0],
      [0, 0],
    ];
    return scene.pose.arrow && Math.hypot(x1 - x0, y1 - y0) < 6
      ? [
          ...squeeze,
          `The ${position} arrow at ${scene.pose.arrow} is not drawn: that point hardly moves between start and end.`,
        ]
      : squeeze;
  });
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
      warnings(exercise)
        .map((w) => `<p class="missing">${escapeXml(w)}</p>`)
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
