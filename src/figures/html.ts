/**
 * Figures → the HTML inside a card's `.exercise-card__figure` slot. Text is escaped here; the SVG is
 * our own output (its text escaped when it was written). Class hooks for styling:
 * `.exercise-figure` (one picture and its caption), `--start`, `--end`, `--media`, and
 * `.exercise-figure__credit` (the attribution of a clinic's picture).
 */
import type { FiguresView } from './figures.ts';
import { escapeXml } from './svg.ts';

export function figuresHtml(view: FiguresView): string {
  switch (view.kind) {
    case 'drawn':
      return [view.start, view.end]
        .map(
          (f, i) =>
            `<figure class="exercise-figure exercise-figure--${i === 0 ? 'start' : 'end'}">${f.svg}` +
            `<figcaption>${escapeXml(f.caption)}</figcaption></figure>`,
        )
        .join('');
    case 'media':
      return view.items
        .map(
          (m) =>
            `<figure class="exercise-figure exercise-figure--media"><img src="${escapeXml(m.src)}" alt="${escapeXml(m.alt)}">` +
            `<figcaption class="exercise-figure__credit">${escapeXml(m.credit)}</figcaption></figure>`,
        )
        .join('');
    case 'none':
      return '';
  }
}

/** True for a FiguresView, so the template helper can refuse anything else. */
export function isFiguresView(value: unknown): value is FiguresView {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'drawn' || kind === 'media' || kind === 'none';
}
