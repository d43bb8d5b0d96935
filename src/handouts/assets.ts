/**
 * Files a handout embeds as data: URIs, so the document loads with no request at all: the
 * self-hosted Atkinson Hyperlegible font (from @fontsource, latin and latin-ext, regular and bold)
 * and the clinic logo from routines/. `nodeAssets` hands them, the QR code and the figures to the
 * handout's view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UserError } from '../core/errors.ts';
import { isUserError } from '../core/problems.ts';
import { catalogFor } from '../domain/catalog/index.ts';
import type { Library } from '../model/library.ts';
import { readPicture } from '../model/pictures.ts';
import { cardFigures } from '../render/view.ts';
import { qrImage } from './qr.ts';
import type { HandoutAssets } from './view.ts';

export interface FontFiles {
  readonly latin400: string;
  readonly latin700: string;
  readonly latinExt400: string;
  readonly latinExt700: string;
}

const require = createRequire(import.meta.url);
let fonts: FontFiles | undefined;

function fontUri(file: string): string {
  const folder = path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/400.css'));
  const bytes = readFileSync(path.join(folder, 'files', `atkinson-hyperlegible-${file}.woff2`));
  return `data:font/woff2;base64,${bytes.toString('base64')}`;
}

/** The font files as data: URIs, read once a process. */
export function fontFiles(): FontFiles {
  fonts ??= {
    latin400: fontUri('latin-400-normal'),
    latin700: fontUri('latin-700-normal'),
    latinExt400: fontUri('latin-ext-400-normal'),
    latinExt700: fontUri('latin-ext-700-normal'),
  };
  return fonts;
}

/** A picture inside the content folder as a data: URI; `field` names the setting in messages. */
export function imageDataUri(root: string, file: string, field: string): string {
  if (!imageExtensions.has(path.extname(file).toLowerCase()))
    throw new UserError(`${field}: ${file} must be a .png, .jpg, .webp or .svg picture.`);
  if (!existsSync(path.join(root, file)))
    throw new UserError(
      `${field}: there is no picture at ${path.join(root, file)}. Put the file there or fix the path in settings.yaml.`,
    );
  try {
    const { bytes, type } = readPicture(root, file);
    return `data:${type};base64,${bytes.toString('base64')}`;
  } catch (error) {
    throw isUserError(error) ? new UserError(`${field}: ${error.message}`) : error;
  }
}

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.webp', '.svg']);

/** A handout's assets in Node: the font and logo files, the `qrcode` package, figures drawn here. */
export function nodeAssets(library: Library): HandoutAssets {
  const { logo } = library.settings.clinic;
  return {
    fonts: fontFiles(),
    logo: logo ? imageDataUri(library.root, logo, 'settings.yaml clinic.logo') : null,
    qr: qrImage,
    figures: (exercise, side) => cardFigures(library, exercise, side),
    catalog: catalogFor(library.settings.language),
  };
}
