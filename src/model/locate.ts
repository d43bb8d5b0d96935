/** Finds where a field path (["dose", "sets"]) sits in a parsed YAML file. */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ParsedFile } from './parse.ts';
import type { Position } from '../core/problems.ts';

export type FieldPath = readonly PropertyKey[];

interface Found {
  /** The deepest node reached along the path. */
  readonly node: Node;
  /** The pair whose value is that node, when it sits in a mapping. */
  readonly pair?: Pair | undefined;
  /** True when the whole path exists. */
  readonly complete: boolean;
}

function walk(file: ParsedFile, path: FieldPath): Found {
  let node = file.doc.contents as Node;
  let pair: Pair | undefined;
  for (const segment of path) {
    let next: Node | undefined;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = node.items.find((p): p is Pair => isScalar(p.key) && p.key.value === segment);
      next = (nextPair?.value ?? undefined) as Node | undefined;
      if (nextPair && !next) return { node: nextPair.key as Node, pair: nextPair, complete: true };
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | undefined;
    }
    if (!next) return { node, pair, complete: false };
    node = next;
    pair = nextPair;
  }
  return { node, pair, complete: true };
}

function start(file: ParsedFile, node: Node): Position {
  return file.lines.linePos(node.range?.[0] ?? 0);
}

/** Position of the value at `path`, or of the nearest parent that exists. */
export function locateValue(file: ParsedFile, path: FieldPath): Position {
  return start(file, walk(file, path).node);
}

/** Position of the key named `key` inside the mapping at `path`. */
export function locateKey(file: ParsedFile, path: FieldPath, key: string): Position {
  const found = walk(file, path);
  if (found.complete && isMap(found.node)) {
    const pair = found.node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) return start(file, pair.key);
  }
  return start(file, found.node);
}

/** Whether the whole path exists in the file (a missing field does not). */
export function exists(file: ParsedFile, path: FieldPath): boolean {
  return walk(file, path).complete;
}

/** The value as the user wrote it, for "(got …)": `1:30`, `no`, `1.10`, or "a list". */
export function sourceText(file: ParsedFile, path: FieldPath): string | undefined {
  const found = walk(file, path);
  if (!found.complete) return undefined;
  const { node } = found;
  if (isMap(node)) return 'a group of fields';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.type === 'PLAIN' && typeof node.source === 'string' && typeof node.value !== 'string')
      return node.source;
    const text = String(node.value);
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
  }
  return undefined;
}
