/**
 * A movement (animate.ts) → one animated SVG: each part's path changes through the key frames with
 * SMIL <animate>, which plays inside the SVG itself (no script, no <style> that could leak to the
 * rest of the page) on the site, in the follow-along view and in a deck opened from file://.
 * Between key frames the browser blends the numbers in a straight line; a part whose path changes
 * its make-up (a foam roller seen end-on) switches instead. Pages hide it for reduced motion and
 * in print, where the still start and end pictures show.
 */
import { cycleSeconds, type Motion } from './animate.ts';
import type { Frame } from './compose.ts';
import type { Shape } from './shapes.ts';
import { escapeXml, inner, looks, num, pathData } from './svg.ts';

/**
 * A moving path in whole units (a body is 100 tall): a tenth of a unit cannot be seen in motion,
 * and whole numbers keep the file small.
 */
const whole = (d: string) => d.replace(/-?\d+(\.\d+)?/g, (n) => num(Math.round(Number(n))));

/** The same path with every number blanked: two paths with one make-up can be blended. */
const makeUp = (d: string) => d.replace(/-?[\d.]+/g, '#');

function animate(
  attribute: string,
  values: readonly string[],
  timing: string,
  step = new Set(values.map(makeUp)).size > 1,
): string {
  const discrete = step ? ' calcMode="discrete"' : '';
  return `<animate attributeName="${attribute}" values="${values.join(';')}" ${timing}${discrete}/>`;
}

function part(shapes: readonly Shape[], motion: Motion, timing: string): string {
  const first = shapes[0];
  if (!first) return '';
  const inCycle = (list: readonly string[]) => motion.frameAt.map((i) => list[i] ?? list[0] ?? '');
  if (first.type === 'label') {
    const xs = shapes.map((s) => (s.type === 'label' ? num(s.at[0]) : '0'));
    const ys = shapes.map((s) => (s.type === 'label' ? num(s.at[1] + 4.5) : '0'));
    const moves =
      new Set(xs).size > 1 || new Set(ys).size > 1
        ? animate('x', inCycle(xs), timing) + animate('y', inCycle(ys), timing)
        : '';
    // A letter shown only while its leg works (a hop from one leg onto the other).
    const seen = shapes.map((s) => (s.type === 'label' && s.hidden ? '0' : '1'));
    const shows = new Set(seen).size > 1 ? animate('opacity', inCycle(seen), timing, true) : '';
    const hidden = seen[0] === '0' ? ' opacity="0"' : '';
    return `<text x="${xs[0]}" y="${ys[0]}" ${looks.label}${hidden}>${moves}${shows}${escapeXml(first.text)}</text>`;
  }
  if (first.type === 'circle') {
    const xs = shapes.map((s) => (s.type === 'circle' ? num(Math.round(s.c[0])) : '0'));
    const ys = shapes.map((s) => (s.type === 'circle' ? num(Math.round(s.c[1])) : '0'));
    const moves =
      (new Set(xs).size > 1 ? animate('cx', inCycle(xs), timing) : '') +
      (new Set(ys).size > 1 ? animate('cy', inCycle(ys), timing) : '');
    const open = `<circle cx="${xs[0]}" cy="${ys[0]}" r="${num(first.r)}" ${looks[first.style]}`;
    return moves ? `${open}>${moves}</circle>` : `${open}/>`;
  }
  const exact = shapes.map(pathData);
  const ds = new Set(exact).size > 1 ? exact.map(whole) : exact;
  const moves = new Set(ds).size > 1 ? animate('d', inCycle(ds), timing) : '';
  const path = (attributes: string) =>
    moves
      ? `<path d="${ds[0]}" ${attributes}>${moves}</path>`
      : `<path d="${ds[0]}" ${attributes}/>`;
  const outlined = first.style === 'work' || first.style === 'workFar';
  return path(looks[first.style]) + (outlined ? path(inner) : '');
}

/** The animated SVG, labelled for screen readers with `alt`, in its frame or `f`. */
export function motionSvg(motion: Motion, alt: string, f: Frame = motion.frame): string {
  const box = [f.x, f.y, f.width, f.height].map(num).join(' ');
  const height = Math.round((160 * f.height) / f.width);
  const seconds = num(cycleSeconds(motion.pace));
  const timing = `keyTimes="${motion.keyTimes.map((t) => String(Math.round(t * 1000) / 1000)).join(';')}" dur="${seconds}s" repeatCount="indefinite"`;
  const label = escapeXml(alt);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="160" height="${height}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${motion.parts.map((p) => part(p.shapes, motion, timing)).join('')}</g></svg>`
  );
}
