import path from 'node:path';

/** A path as shown to people: relative to the working folder, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
