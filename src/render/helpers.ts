/** Pure Handlebars helpers. Each takes data and returns text; none reads files or the clock. */
import type Handlebars from 'handlebars';

/**
 * Text as a quoted CSS string, for `content:` in a `<style>` block, where HTML escaping does not
 * apply. Quotes, backslashes, line breaks and `<` are escaped, so text can never end the string or
 * the style element.
 */
export function cssString(value: unknown): string {
  const escaped = String(value).replace(
    /["\\<>\n\r\f]/g,
    (c) => `\\${c.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}

/**
 * A data: URI, checked. Anything else is refused: documents never point outside. Its characters
 * need no escaping inside a quoted HTML attribute.
 */
export function dataUri(value: unknown, helper = 'dataUri'): string {
  const uri = String(value);
  if (!/^data:[\w.+/-]+(;[\w=-]+)*,[\w+/=%.;:,-]*$/.test(uri))
    throw new Error(`${helper} only takes data: URIs, got ${uri.slice(0, 40)}`);
  return uri;
}

/**
 * Where a clinic's video or its captions are: a data: URI (checked), or a path the build made
 * (the site's `figures/…`, a deck's `<deck>.media/…`): letters, digits and `./_%-` only, so never
 * another scheme or another host.
 */
export function mediaSrc(value: unknown): string {
  const src = String(value);
  if (src.startsWith('data:')) return dataUri(src, 'mediaSrc');
  if (!/^[\w./%-]+$/.test(src) || src.startsWith('//'))
    throw new Error(`mediaSrc only takes a data: URI or a path, got ${src.slice(0, 40)}`);
  return src;
}

/** A data: URI as CSS `url("…")`. */
export function cssDataUrl(value: unknown): string {
  return `url(${cssString(dataUri(value, 'cssDataUrl'))})`;
}

/** Our own SVG markup (src/figures/svg.ts escapes every text it writes), refused if it is anything else. */
function ownSvg(value: unknown): string {
  const svg = String(value);
  if (!svg.startsWith('<svg ') || !svg.endsWith('</svg>'))
    throw new Error(`svg only takes SVG markup, got ${svg.slice(0, 40)}`);
  return svg;
}

/**
 * Code we wrote ourselves (a stylesheet, the deck runtime) made safe to sit inside its <style> or
 * <script> element: a closing tag or a comment opener in it can no longer end the element early.
 * `<\/` means the same as `</` inside JavaScript and CSS strings, where such text can occur.
 */
export function inlineCode(value: unknown, element: 'script' | 'style'): string {
  return String(value)
    .replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

export function registerHelpers(hb: typeof Handlebars): void {
  /** {{#if (eq a b)}} */
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** {{cssString text}} → "text" escaped for a CSS `content:` value inside `<style>`. */
  hb.registerHelper('cssString', (value: unknown) => new hb.SafeString(cssString(value)));
  /** {{cssDataUrl uri}} → url("data:…") for CSS; refuses anything but a data: URI. */
  hb.registerHelper('cssDataUrl', (value: unknown) => new hb.SafeString(cssDataUrl(value)));
  /** <script>{{inlineScript js}}</script>: our own bundled script, likewise. */
  hb.registerHelper(
    'inlineScript',
    (value: unknown) => new hb.SafeString(inlineCode(value, 'script')),
  );
  /** <img src="{{dataUri src}}">: a picture carried inside the document. */
  hb.registerHelper('dataUri', (value: unknown) => new hb.SafeString(dataUri(value)));
  /** <source src="{{mediaSrc video.src}}">: a video inside the document, or beside it. */
  hb.registerHelper('mediaSrc', (value: unknown) => new hb.SafeString(mediaSrc(value)));
  /** {{svg figure.svg}}: a figure drawn by src/figures, put in as markup. */
  hb.registerHelper('svg', (value: unknown) => new hb.SafeString(ownSvg(value)));
  /** {{join list ", "}} */
  hb.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list)
      ? list.map(String).join(typeof separator === 'string' ? separator : ', ')
      : '',
  );
}
