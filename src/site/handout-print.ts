/**
 * The builder's Print: the program's handout made in the browser with the same code and template
 * as `npm run handout -- --program` (handouts/program.ts → handouts/view.ts → the handout template,
 * precompiled at build time for Handlebars' runtime), put in a hidden frame and printed. What the
 * Node side reads from files comes from the site: the font files the pages already use, each
 * exercise's full data and figures from its part, `builder/exercises/<id>.json`
 * (`builder-parts.ts`; the page holds only a brief of each), the logo from the
 * page's data, the words from the page's own catalog (`handoutSections`, so the code carries no
 * language); the QR code is drawn by `qrcode` on a canvas. Loaded only when the clinician prints.
 * Offline, all of it comes from the service worker: scripts and fonts kept at install, the
 * parts kept when the builder fetched them.
 */
import Handlebars from 'handlebars/runtime';
import QRCode from 'qrcode';
import { handout, partials } from 'virtual:routine-press/handout-templates';
import latin400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import latin700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-700-normal.woff2?url';
import { programHandout } from '../handouts/program.ts';
import type { FiguresView } from '../figures/figures.ts';
import type { FontFiles } from '../handouts/assets.ts';
import {
  handoutSections,
  handoutView,
  type HandoutAssets,
  type QrImage,
} from '../handouts/view.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import { registerHelpers } from '../render/helpers.ts';
import { figureSide } from '../domain/side-steps.ts';
import {
  fetchAhead,
  fetchConditions,
  fetchParts,
  handoutExercises,
  libraryOfParts,
} from './builder-parts.ts';
import type { BuilderData } from './program-data.ts';
import { pageWords } from './page-words.ts';

const hb = Handlebars.create();
registerHelpers(hb);
for (const [name, spec] of Object.entries(partials)) hb.registerPartial(name, hb.template(spec));
const template = hb.template(handout);

async function dataUri(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${url}`));
    reader.readAsDataURL(blob);
  });
}

let fonts: Promise<FontFiles> | undefined;
/** The font as data: URIs, as the Node side embeds it (fetched once, usually from the cache). */
function fontFiles(): Promise<FontFiles> {
  fonts ??= Promise.all([latin400, latin700, latinExt400, latinExt700].map(dataUri)).then(
    ([a, b, c, d]) => ({
      latin400: a ?? '',
      latin700: b ?? '',
      latinExt400: c ?? '',
      latinExt700: d ?? '',
    }),
  );
  return fonts;
}

/** The QR code as the Node side draws it: margin 4, 8 pixels a module, low correction for long links. */
async function qr(text: string): Promise<QrImage> {
  const errorCorrectionLevel = text.length > 300 ? 'L' : 'M';
  const uri = await QRCode.toDataURL(text, {
    errorCorrectionLevel,
    margin: 4,
    scale: 8,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return { uri, modules: QRCode.create(text, { errorCorrectionLevel }).modules.size + 8 };
}

export interface PrintParts {
  /** The page's library, each exercise as a brief: the handout's exercises come from their parts. */
  readonly library: BuilderData['library'];
  /** The site's base path, for the figures' files. */
  readonly base: string;
  /** The clinic's logo as a data: URI, or null. */
  readonly logo: string | null;
}

/** The program's handout as one HTML document, the same as `--program` makes. */
export async function programHandoutDocument(
  parts: PrintParts,
  program: ProgramFile,
  date: Date,
): Promise<string> {
  // The exercises the handout shows, whole: a Library of those alone (the handout reads no other).
  const [fetched, conditions] = await Promise.all([
    fetchParts(parts.base, handoutExercises(program, parts.library)),
    fetchConditions(parts.base, program.conditions),
  ]);
  const library = libraryOfParts(
    parts.library,
    Object.fromEntries(fetched.map((part) => [part.exercise.id, part.exercise])),
    Object.fromEntries(conditions.map((c) => [c.id, c])),
  );
  const partOf = new Map(fetched.map((part) => [part.exercise.id, part]));
  const variant = { paper: program.paper ?? library.settings.paper, large: program.largePrint };
  const words = pageWords(...handoutSections);
  const { routine, options } = await programHandout(library, program, { ...variant, date }, words);
  const assets: HandoutAssets = {
    fonts: await fontFiles(),
    logo: parts.logo,
    qr,
    // The card's view takes whole figures; a handout reads the stills only, never `motion`
    // (worked out when read: see figures.ts), so the part carries none. Its figures are
    // turned to an item's side where the file draws the other (`figureSide`).
    figures: (exercise, side) => {
      const part = partOf.get(exercise.id);
      const turned = figureSide(exercise, side);
      return ((turned && part?.turned?.[turned]) ??
        part?.figures ?? { kind: 'none' }) as FiguresView;
    },
    catalog: words,
  };
  return template(await handoutView(library, routine, options, assets));
}

/** Fetches what printing needs ahead, so Print opens the dialog without waiting on the network. */
export function prepare(parts: PrintParts, program: ProgramFile): void {
  void fontFiles().catch(() => undefined);
  fetchAhead(parts.base, handoutExercises(program, parts.library), program.conditions);
}

/**
 * Prints the document from a hidden frame on this page, so the clinician stays in the builder. The
 * frame stays until the next print (a test reads it); `print()` opens the browser's dialog.
 */
export async function printDocument(html: string, started: number): Promise<HTMLIFrameElement> {
  document.querySelector('[data-print-frame]')?.remove();
  const frame = document.createElement('iframe');
  frame.dataset['printFrame'] = '';
  frame.title = 'Handout';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;inset-inline-start:-10000px;width:210mm;height:297mm;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow;
  if (!view) throw new Error('the print frame has no window');
  await view.document.fonts.ready;
  // From the click to the dialog, for the bench and the tests (print() waits for the dialog).
  frame.dataset['printMs'] = String(Math.round(performance.now() - started));
  view.focus();
  view.print();
  return frame;
}
