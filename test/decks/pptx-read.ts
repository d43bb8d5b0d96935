/**
 * A .pptx as a tester reads it (jszip): each slide's XML, its relationships and its text (the runs
 * of a paragraph joined, paragraphs by a space), and each slide's notes as text.
 */
import JSZip from 'jszip';

export interface PptxSlide {
  readonly xml: string;
  readonly rels: string;
  readonly text: string;
  readonly notes: string;
}

export interface PptxFacts {
  readonly presentation: string;
  readonly slides: readonly PptxSlide[];
  /** The slide layouts and masters that set a background colour, as XML. */
  readonly backgrounds: readonly string[];
  /** The files under ppt/media/, with their bytes. */
  readonly media: ReadonlyMap<string, Uint8Array>;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the paragraphs of some DrawingML, runs joined, paragraphs by a space. */
export function drawingText(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map(([, p = '']) =>
      [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t = '']) => decode(t)).join(''),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function readPptx(bytes: Uint8Array): Promise<PptxFacts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const count = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  ).length;
  const slides: PptxSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await read(`ppt/slides/slide${n}.xml`);
    const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
    // The notes page holds a copy of the slide image and the notes body placeholder.
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notesXml = notesFile ? await read(`ppt/notesSlides/${notesFile}`) : '';
    slides.push({ xml, rels, text: drawingText(xml), notes: drawingText(notesXml) });
  }
  const media = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (file.name.startsWith('ppt/media/') && !file.dir)
      media.set(file.name, await file.async('uint8array'));
  const backgrounds: string[] = [];
  for (const file of Object.values(zip.files))
    if (/^ppt\/slide(Layout|Master)s\/[^/]+\.xml$/.test(file.name)) {
      const xml = await file.async('string');
      if (xml.includes('<p:bgPr>')) backgrounds.push(xml);
    }
  return { presentation: await read('ppt/presentation.xml'), slides, media, backgrounds };
}
