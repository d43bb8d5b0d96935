/**
 * The website's figures as files of their own. A card's moving figure and its two stills used to be
 * inline in every page that shows the exercise (its page, each routine's page and follow-along
 * view…), so a visitor downloaded each drawing many times over. Here each drawing becomes one file,
 * `figures/<exercise>-<which>-<hash>.svg`, written once by `pages/figures/[file].ts`, and the card
 * shows it with `<img src alt>`: the alt text and the caption stay in the page, in its language.
 * The file is the drawing alone, so every language shares it; its name changes when the drawing
 * does, so a browser never keeps an old one.
 *
 * A clinic's own pictures (`routines/media/`) go the same way: one file each,
 * `figures/<exercise>-picture-<n>-<hash>.<ext>`, never a data: URI in every page; a clinic's video
 * too, `figures/<exercise>-video-<n>-<hash>.webm`, with its poster as a picture and its captions as
 * `figures/<exercise>-captions-<n>-<hash>.vtt`. The clinic's logo (`settings.yaml` `clinic.logo`), in
 * the header of every page, is one file as well: `figures/clinic-logo-<hash>.<ext>`.
 *
 * Handouts and decks keep their figures inline: one file must hold everything there.
 */
import { createHash } from 'node:crypto';
import { pagePath } from '../domain/links.ts';
import type { FigureFile, FiguresView, MediaFigure } from '../figures/figures.ts';
import type { Exercise } from '../model/library.ts';
import { readPicture } from '../model/pictures.ts';
import { isVideo, pictureOf } from '../model/schema/media.ts';
import { readVideoFile } from '../model/videos.ts';

/** A file the site writes for its figures. */
export interface SiteFigureFile {
  /** Its name in `figures/`: "clamshell-start-1a2b3c4d5e.svg". */
  readonly name: string;
  readonly type: string;
  readonly bytes: string | Uint8Array<ArrayBuffer>;
}

const svgType = 'image/svg+xml';

/** The label our SVGs carry for a page (src/figures/svg.ts, animate-svg.ts): XML-escaped, no quote inside. */
const label = /^(<svg [^>]*?) role="img" aria-label="[^"]*">(?:<title>[^<]*<\/title>)?/;

/**
 * A drawing made for a page → the same drawing as a file. Its label goes: an `<img>` is labelled
 * by its alt text, in the page's language, so one file serves every language.
 */
export function unlabelled(svg: string): string {
  const file = svg.replace(label, '$1>');
  if (file === svg) throw new Error(`Not a labelled figure SVG: ${svg.slice(0, 60)}`);
  return file;
}

/** The size our SVGs give themselves: `width="160" height="120"` on the <svg> element. */
function sizeOf(svg: string): { width: number; height: number } {
  const [, width = '', height = ''] = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  if (!width || !height) throw new Error(`A figure SVG without its size: ${svg.slice(0, 60)}`);
  return { width: Number(width), height: Number(height) };
}

const hashOf = (bytes: string | Uint8Array) =>
  createHash('sha256').update(bytes).digest('base64url').slice(0, 10);

/** One drawing as a file named after its exercise, which of its figures it is, and its bytes. */
function svgFile(id: string, which: string, svg: string): SiteFigureFile {
  const bytes = unlabelled(svg);
  return { name: `${id}-${which}-${hashOf(bytes)}.svg`, type: svgType, bytes };
}

const extensions: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'video/webm': 'webm',
  'video/mp4': 'mp4',
  'text/vtt': 'vtt',
};

/**
 * A clinic's picture (`file` as written, from the content folder `root`) as a file, read through
 * the checks: scaled down when the load found it larger than any page shows, with its size in
 * pixels when known (not for SVG), so the page keeps its room while it loads.
 */
function pictureFile(
  root: string,
  stem: string,
  file: string,
): SiteFigureFile & { readonly width: number | undefined; readonly height: number | undefined } {
  const { bytes, type, width, height } = readPicture(root, file);
  const extension = extensions[type] ?? 'png';
  return {
    name: `${stem}-${hashOf(bytes)}.${extension}`,
    type,
    bytes: new Uint8Array(bytes),
    width,
    height,
  };
}

/** A clinic's video or its captions as a file, read through the checks (`videos.ts`). */
function videoFile(
  root: string,
  id: string,
  n: number,
  file: string,
  which: 'video' | 'captions',
): SiteFigureFile {
  const { bytes, type } = readVideoFile(root, file, which);
  return {
    name: `${id}-${which}-${n}-${hashOf(bytes)}.${extensions[type] ?? which}`,
    type,
    bytes: new Uint8Array(bytes),
  };
}

export interface SiteFigures {
  /** What a card on the site shows: the figures with their files. */
  readonly view: FiguresView;
  /** The files it shows. */
  readonly files: readonly SiteFigureFile[];
}

// One per view: a language's exercise has one view (src/figures/figures.ts keeps it).
const cache = new WeakMap<FiguresView, SiteFigures>();

/**
 * An exercise's figures as the website shows them. `href` makes a file's address under the
 * site's base path: href("figures/x.svg") → "/base/figures/x.svg".
 */
export function siteFigures(
  exercise: Pick<Exercise, 'id' | 'media'>,
  figures: FiguresView,
  href: (path: string) => string,
  root: string,
  /** The drawings are turned to the other side (a program item's side): named apart, kept when opened. */
  turned = false,
): SiteFigures {
  const known = cache.get(figures);
  if (known) return known;
  let result: SiteFigures = { view: figures, files: [] };
  if (figures.kind === 'media') {
    const files: SiteFigureFile[] = [];
    const fileHref = (file: SiteFigureFile) => {
      files.push(file);
      return href(pagePath.figureFile(file.name));
    };
    const items = exercise.media.map((m, i): MediaFigure => {
      const item = figures.items[i];
      if (!item) throw new Error(`${exercise.id}: a media entry without its figure`);
      const poster = pictureFile(root, `${exercise.id}-picture-${i + 1}`, pictureOf(m));
      const file = { href: fileHref(poster), width: poster.width, height: poster.height };
      const video =
        item.video && isVideo(m)
          ? {
              ...item.video,
              src: fileHref(videoFile(root, exercise.id, i + 1, m.video, 'video')),
              ...(m.captions
                ? {
                    captionsSrc: fileHref(
                      videoFile(root, exercise.id, i + 1, m.captions, 'captions'),
                    ),
                  }
                : {}),
            }
          : null;
      return {
        get src() {
          return item.src;
        },
        alt: item.alt,
        credit: item.credit,
        video,
        file,
      };
    });
    result = { view: { kind: 'media', items }, files };
  }
  if (figures.kind === 'drawn') {
    const { start, end, motion } = figures;
    const stem = turned ? pagePath.turnedFigureStem(exercise.id) : exercise.id;
    const files = {
      motion: svgFile(stem, 'moving', motion.svg),
      start: svgFile(stem, 'start', start.svg),
      end: svgFile(stem, 'end', end.svg),
    };
    const fileOf = (file: SiteFigureFile, svg: string): FigureFile => ({
      href: href(pagePath.figureFile(file.name)),
      ...sizeOf(svg),
    });
    result = {
      view: {
        kind: 'drawn',
        start: { ...start, file: fileOf(files.start, start.svg) },
        end: { ...end, file: fileOf(files.end, end.svg) },
        motion: { ...motion, file: fileOf(files.motion, motion.svg) },
      },
      files: [files.motion, files.start, files.end],
    };
  }
  cache.set(figures, result);
  return result;
}

const logos = new Map<string, ReturnType<typeof pictureFile>>();

/** The clinic's logo (`clinic.logo` in settings.yaml) as one file for every page's header. */
export function logoFile(root: string, logo: string) {
  const key = `${root}\0${logo}`;
  const file = logos.get(key) ?? pictureFile(root, 'clinic-logo', logo);
  logos.set(key, file);
  return file;
}
