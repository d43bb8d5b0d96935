/**
 * Colours as `#rrggbb`: WCAG 2 contrast between two colours, mixing two colours, and the nearest
 * colour that reaches a contrast (for a hint that names a colour that would pass).
 */

type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` → red, green and blue from 0 to 255. */
function rgb(colour: string): Rgb {
  const hex = colour.replace('#', '');
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

const toHex = ([r, g, b]: Rgb) =>
  `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** `#ABC` → `#aabbcc`: one spelling of a colour. */
export const normalColour = (colour: string): string => toHex(rgb(colour));

/** Relative luminance, WCAG 2.2 (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 to 21 (the same either way round). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `amount` (0–1) of `a` mixed into `b`, channel by channel in sRGB, as CSS color-mix does. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex(x.map((v, i) => v * amount + (y[i] ?? 0) * (1 - amount)) as unknown as Rgb);
}

/**
 * The colour closest to `colour` with at least `ratio` against `against`: mixed towards black or
 * towards white, a twentieth at a time, whichever gets there first.
 */
export function nearestPassing(colour: string, against: string, ratio: number): string {
  for (let step = 1; step <= 20; step++)
    for (const end of ['#000000', '#ffffff']) {
      const candidate = mix(end, colour, step / 20);
      if (contrast(candidate, against) >= ratio) return candidate;
    }
  return contrast('#000000', against) > contrast('#ffffff', against) ? '#000000' : '#ffffff';
}
