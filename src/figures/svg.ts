/**
 * A scene → SVG text. Deterministic: numbers are rounded to one decimal and written the same way
 * every time, shapes come in painting order, and nothing depends on the clock or on chance. Styles
 * are presentation attributes on each element, not a <style> block, because inline SVGs share one
 * page and a <style> in one would restyle every other.
 */
import type { Frame, Scene } from './compose.ts';
import type { Point, Shape, Style } from './shapes.ts';

/** The arrow colour: dark orange, 5:1 on white, a dark grey in black and white. */
export const accent = '#c2410c';
const ink = '#222';
const grey = '#8c8c8c';

export const looks: Record<Style, string> = {
  trunk: `stroke="${ink}" stroke-width="9"`,
  neck: `stroke="${ink}" stroke-width="5"`,
  head: `fill="${ink}"`,
  near: `stroke="${ink}" stroke-width="6.5"`,
  far: `stroke="${grey}" stroke-width="5.5"`,
  work: `stroke="${ink}" stroke-width="8"`,
  workFar: `stroke="${grey}" stroke-width="7.5"`,
  prop: `stroke="${ink}" stroke-width="2.4"`,
  propFill: `stroke="${ink}" stroke-width="2.4" fill="#e8e8e8"`,
  solid: `fill="${ink}"`,
  plate: `stroke="${ink}" stroke-width="4"`,
  floor: `stroke="#aaa" stroke-width="1.4"`,
  mat: `fill="#d4d4d4"`,
  arrow: `stroke="${accent}" stroke-width="3"`,
  arrowHead: `fill="${accent}"`,
  label: `fill="${ink}" stroke="none" font-size="13" font-weight="700" font-family="sans-serif" text-anchor="middle"`,
};

/**
 * The light core that makes a working leg read as outlined: orange on screen, a pale grey inside
 * black on a black-and-white print, so it never looks like a plain near leg.
 */
export const workCore = '#f59e4b';
export const inner = `stroke="${workCore}" stroke-width="3.4"`;

/** 12.345 → "12.3", -0.04 → "0": short, and the same bytes on every run. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10 + 0;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const pt = (p: Point) => `${num(p[0])} ${num(p[1])}`;

export function pathData(shape: Shape): string {
  switch (shape.type) {
    case 'line':
      return `M${shape.points.map(pt).join('L')}`;
    case 'poly':
      return `M${shape.points.map(pt).join('L')}Z`;
    case 'curve':
      return `M${pt(shape.points[0])}Q${pt(shape.points[1])} ${pt(shape.points[2])}`;
    case 'capsule': {
      const [dx, dy] = [shape.b[0] - shape.a[0], shape.b[1] - shape.a[1]];
      const length = Math.hypot(dx, dy);
      const r = num(shape.r);
      if (length < 1) return circlePath(shape.a, shape.r);
      const [nx, ny] = [(-dy / length) * shape.r, (dx / length) * shape.r];
      const p = (q: Point, s: number): Point => [q[0] + s * nx, q[1] + s * ny];
      return `M${pt(p(shape.a, 1))}L${pt(p(shape.b, 1))}A${r} ${r} 0 0 0 ${pt(p(shape.b, -1))}L${pt(p(shape.a, -1))}A${r} ${r} 0 0 0 ${pt(p(shape.a, 1))}Z`;
    }
    case 'circle':
      return circlePath(shape.c, shape.r);
    case 'label':
      return '';
  }
}

function circlePath(c: Point, r: number): string {
  const d = num(r * 2);
  return `M${num(c[0] - r)} ${num(c[1])}a${num(r)} ${num(r)} 0 1 0 ${d} 0a${num(r)} ${num(r)} 0 1 0 -${d} 0Z`;
}

function element(shape: Shape): string {
  // 13 units tall: about 3 mm on a figure printed 35 mm wide. y is the baseline, a third below the centre.
  if (shape.type === 'label')
    return `<text x="${num(shape.at[0])}" y="${num(shape.at[1] + 4.5)}" ${looks.label}>${escapeXml(shape.text)}</text>`;
  if (shape.type === 'circle')
    return `<circle cx="${num(shape.c[0])}" cy="${num(shape.c[1])}" r="${num(shape.r)}" ${looks[shape.style]}/>`;
  const d = pathData(shape);
  const outlined = shape.style === 'work' || shape.style === 'workFar';
  return `<path d="${d}" ${looks[shape.style]}/>` + (outlined ? `<path d="${d}" ${inner}/>` : '');
}

/** Escapes text for an attribute or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The SVG for one scene, labelled with its alt text for screen readers, in its frame or `f`. */
export function sceneSvg(scene: Scene, alt: string, f: Frame = scene.frame): string {
  return shapesSvg(scene.shapes, alt, f);
}

/** Shapes in painting order → one still SVG in frame `f`, labelled with `alt`. */
export function shapesSvg(shapes: readonly Shape[], alt: string, f: Frame): string {
  const box = [f.x, f.y, f.width, f.height].map(num).join(' ');
  // 160 px wide by default, in proportion; pages scale it with CSS (width: 100%; height: auto).
  const height = Math.round((160 * f.height) / f.width);
  const label = escapeXml(alt);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="160" height="${height}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${shapes.map(element).join('')}</g></svg>`
  );
}
