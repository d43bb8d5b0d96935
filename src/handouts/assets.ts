/**
 * Files a handout embeds as data: URIs, so the document loads with no request at all: the
 * self-hosted Atkinson Hyperlegible font (from @fontsource, latin and latin-ext, regular and bold)
 * and the clinic logo from routines/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UserError } from '../core/errors.ts';

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

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** A picture inside the content folder as a data: URI; `field` names the setting in messages. */
export function imageDataUri(root: string, file: string, field: string): string {
  const type = imageTypes[path.extname(file).toLowerCase()];
  const full = path.join(root, file);
  if (!type) throw new UserError(`${field}: ${file} must be a .png, .jpg, .webp or .svg picture.`);
  try {
    return `data:${type};base64,${readFileSync(full).toString('base64')}`;
  } catch {
    throw new UserError(
      `${field}: there is no picture at ${full}. Put the file there or fix the path in settings.yaml.`,
    );
  }
}
