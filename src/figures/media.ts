/**
 * A clinic's own picture as a data: URI, so a page, a PDF or an offline deck carries the picture
 * inside itself (the PDF printer refuses every request outside the document). Read once per file,
 * through the model's checks: a link out of the content folder is never followed.
 */
import path from 'node:path';
import { readPicture } from '../model/pictures.ts';

const cache = new Map<string, string>();

/** `file` is relative to the content folder, as written in the YAML (the loader checked it). */
export function mediaDataUri(root: string, file: string): string {
  const full = path.resolve(root, file);
  const cached = cache.get(full);
  if (cached) return cached;
  const { bytes, type } = readPicture(root, file);
  const uri = `data:${type};base64,${bytes.toString('base64')}`;
  cache.set(full, uri);
  return uri;
}
