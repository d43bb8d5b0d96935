/**
 * Two places where pptxgenjs 4.0 writes XML that PowerPoint opens only after "repair", fixed in the
 * finished file:
 * - a paragraph of several runs (a bold word in a sentence) gets an `<a:pPr>` before every run,
 *   but the schema allows one, first (https://github.com/gitbrent/PptxGenJS/pull/1083);
 * - a solid background colour lacks its `<a:effectLst/>`
 *   (https://github.com/gitbrent/PptxGenJS/pull/1457, issue 1442).
 * It also stamps one date on the file (its properties and every part of the zip), where pptxgenjs
 * writes the time of writing: the same deck and date give the same bytes. XML is deflated, the
 * PNG pictures stored as they are.
 */
import JSZip from 'jszip';

/** Keeps only a paragraph's first properties, before its first run. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, inner: string) => {
    const firstRun = inner.search(/<a:(r|br|fld)\b/);
    if (firstRun < 0) return `<a:p>${inner}</a:p>`;
    const rest = inner
      .slice(firstRun)
      .replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, '');
    return `<a:p>${inner.slice(0, firstRun)}${rest}</a:p>`;
  });
}

export function backgroundEffects(xml: string): string {
  return xml.replace(/<\/a:solidFill><\/p:bgPr>/g, '</a:solidFill><a:effectLst/></p:bgPr>');
}

/** The created and modified dates in docProps/core.xml, set to `date`. */
export function stampDates(xml: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_whole, open: string, _name: string, close: string) => `${open}${when}${close}`,
  );
}

/**
 * The file with both fixes, dated `date`. The XML is deflated here, once: the build keeps this in
 * its cache and gives each build its own date with `datePptx`.
 */
export async function fixPptx(bytes: Uint8Array, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/^ppt\/.*\.xml$/.test(file.name)) continue;
    const xml = await file.async('string');
    const fixed = backgroundEffects(oneParagraphProperties(xml));
    if (fixed !== xml) zip.file(file.name, fixed);
  }
  return dated(zip, date);
}

/**
 * A finished file (`fixPptx`'s) dated `date` instead: only docProps/core.xml is deflated again,
 * every other part keeps its compressed bytes, so this takes milliseconds where deflating the
 * whole file took a quarter of a second.
 */
export async function datePptx(bytes: Uint8Array, date: Date): Promise<Buffer> {
  return dated(await JSZip.loadAsync(bytes), date);
}

async function dated(zip: JSZip, date: Date): Promise<Buffer> {
  const core = zip.file('docProps/core.xml');
  if (core) zip.file(core.name, stampDates(await core.async('string'), date));
  for (const file of Object.values(zip.files)) {
    file.date = date;
    // Pictures are PNG, compressed already: deflating them again in JavaScript was most of the
    // time a deck's file took, for a file a few per cent smaller.
    if (file.name.startsWith('ppt/media/')) file.options.compression = 'STORE';
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
