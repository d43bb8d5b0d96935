/**
 * Where each field of each file was written, kept with the Library as plain data, so anything
 * that reports on a loaded library (advice, checks) points at a line and column without reading
 * and parsing the YAML again.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Position } from '../core/problems.ts';
import type { FieldPath } from './locate.ts';
import type { ParsedFile } from './parse.ts';

/** Field key (`warmUp.items[0].note`, '' for the whole file) → where its value starts. */
export type FilePositions = Readonly<Record<string, Position>>;

/** Display path of a file (`routines/exercises/clamshell.yaml`) → its field positions. */
export type Positions = Readonly<Record<string, FilePositions>>;

/** ['warmUp', 'items', 0, 'note'] → `warmUp.items[0].note` (indexes count from 0, as in code). */
export function fieldKey(path: FieldPath): string {
  let key = '';
  for (const segment of path)
    key += typeof segment === 'number' ? `[${segment}]` : `${key ? '.' : ''}${String(segment)}`;
  return key;
}

/** `warmUp.items[0].note` → ['warmUp', 'items', 0, 'note']. */
export function fieldPath(key: string): FieldPath {
  return [...key.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map(([segment, index]) =>
    index === undefined ? segment : Number(index),
  );
}

/**
 * Every field written in a file, with the position of its value (of its key when the value is
 * left empty), as `locateValue` finds them. A field that is only defaulted has no entry.
 */
export function positionsOf(file: ParsedFile): FilePositions {
  // No prototype, so no field name can reach Object.prototype (parse refuses them too).
  const found = Object.create(null) as Record<string, Position>;
  const at = (node: Node) => file.lines.linePos(node.range?.[0] ?? 0);
  const visit = (node: Node, key: string) => {
    found[key] = at(node);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = fieldKey([String(pair.key.value)]);
        const childKey = key ? `${key}.${child}` : child;
        if (pair.value) visit(pair.value as Node, childKey);
        else found[childKey] = at(pair.key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item) visit(item as Node, `${key}[${index}]`);
      });
    }
  };
  if (file.doc.contents) visit(file.doc.contents, '');
  return found;
}

/** Where a field of a file was written; undefined when the file does not write it. */
export function positionAt(
  positions: Positions,
  file: string,
  path: FieldPath | string,
): Position | undefined {
  const key = typeof path === 'string' ? path : fieldKey(path);
  const inFile = Object.hasOwn(positions, file) ? positions[file] : undefined;
  return inFile && Object.hasOwn(inFile, key) ? inFile[key] : undefined;
}

/**
 * Where the text of a field that a reader sees was written: in the translation when the library is
 * in another language and the translation writes the field, else in the original.
 */
export function textPosition(
  library: {
    readonly positions: Positions;
    readonly translatedIn?: Readonly<Record<string, string>>;
  },
  file: string,
  path: FieldPath | string,
): (Position & { readonly file: string }) | undefined {
  const translation = library.translatedIn?.[file];
  const translated = translation ? positionAt(library.positions, translation, path) : undefined;
  if (translation && translated) return { ...translated, file: translation };
  const original = positionAt(library.positions, file, path);
  return original ? { ...original, file } : undefined;
}
