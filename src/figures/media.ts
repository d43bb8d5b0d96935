/**
 * A clinic's own picture as a data: URI, so a page, a PDF or an offline deck carries the picture
 * inside itself (the PDF printer refuses every request outside the document). Read once per file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const types: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

const cache = new Map<string, string>();

/** `file` is relative to the content folder, as written in the YAML (the loader checked it exists). */
export function mediaDataUri(root: string, file: string): string {
  const full = path.resolve(root, file);
  const cached = cache.get(full);
  if (cached) return cached;
  const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const uri = `data:${type};base64,${readFileSync(full).toString('base64')}`;
  cache.set(full, uri);
  return uri;
}
