/**
 * YAML text → a document that remembers positions, plus plain data.
 * YAML 1.2 core schema only, so `no` stays the text "no" and `1:30` stays "1:30".
 */
import { LineCounter, parseDocument, visit, isAlias, isMap, isScalar, type Document } from 'yaml';
import type { Position, Problem } from '../core/problems.ts';

/** Files bigger than this are refused; a routine file is a few kilobytes. */
export const maxFileBytes = 256 * 1024;
/** Aliases (`*name`) allowed in one file; guards against "billion laughs" files. */
export const maxAliases = 20;
/** Keys that could change how JavaScript objects behave. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly data: unknown;
}

const yamlMessages: Record<string, { message: string; hint: string }> = {
  TAB_AS_INDENT: {
    message: 'a tab is used for indentation',
    hint: 'YAML needs spaces. Replace the tab with 2 spaces.',
  },
  DUPLICATE_KEY: {
    message: 'this key appears twice in the same block',
    hint: 'Keep one of them and delete the other.',
  },
  MULTIPLE_DOCS: {
    message: 'the file holds more than one document (a line with ---)',
    hint: 'Put each exercise, routine or condition in a file of its own.',
  },
};

export function parseYaml(
  file: string,
  source: string,
): { parsed?: ParsedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (pos: Position, message: string, hint: string) =>
    problems.push({ file, ...pos, message, hint });

  if (Buffer.byteLength(source) > maxFileBytes) {
    at(
      { line: 1, col: 1 },
      `the file is larger than ${maxFileBytes / 1024} KB`,
      'Split it into smaller files.',
    );
    return { problems };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter: lines,
  });
  const pos = (offset: number): Position => lines.linePos(offset);

  if (doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    at(
      { line: 1, col: 1 },
      `the file asks for YAML ${doc.directives.yaml.version}, which reads "no" as false and 1:30 as 90`,
      'Delete the %YAML line; routine-press reads YAML 1.2.',
    );
  }
  for (const error of doc.errors) {
    const known = yamlMessages[error.code];
    if (known) at(pos(error.pos[0]), known.message, known.hint);
    // After one unreadable spot the parser's later complaints are mostly echoes of it: show the first.
    else if (problems.length > 0) continue;
    else if (error.code === 'MISSING_CHAR' && error.message.includes('quote')) {
      const start = openQuoteBefore(doc, error.pos[0]);
      at(
        pos(start),
        'this quoted text has no closing quote',
        'Add the closing quote at the end of the text.',
      );
    } else
      at(
        pos(error.pos[0]),
        `the YAML cannot be read: ${error.message}`,
        'Check the indentation and punctuation on this line and the line before.',
      );
  }
  if (problems.length > 0) return { problems };

  if (doc.contents === null) {
    at(
      { line: 1, col: 1 },
      'the file is empty',
      'Fill it in, or delete it. Copy a file next to it as a start.',
    );
    return { problems };
  }
  if (!isMap(doc.contents)) {
    const where = pos(doc.contents.range[0]);
    at(
      where,
      'the file must be a set of "key: value" lines',
      'Start with a line like "name: Clamshell".',
    );
    return { problems };
  }

  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases++;
      if (aliases === maxAliases + 1 && node.range)
        at(
          pos(node.range[0]),
          `the file uses more than ${maxAliases} aliases (*name)`,
          'Write the values out instead of repeating aliases.',
        );
    },
    Pair(_, pair) {
      if (
        isScalar(pair.key) &&
        typeof pair.key.value === 'string' &&
        forbiddenKeys.has(pair.key.value)
      ) {
        const range = pair.key.range ?? [0];
        at(
          pos(range[0]),
          `"${pair.key.value}" cannot be used as a key`,
          'Delete this line; it is not a field of any routine-press file.',
        );
      }
    },
  });
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch {
    // toJS refuses documents whose aliases expand too far even under the count above.
    const first = findFirstAlias(doc);
    at(
      first ? pos(first) : { line: 1, col: 1 },
      'the aliases in this file expand to too much data',
      'Write the values out instead of using aliases.',
    );
    return { problems };
  }
  return { parsed: { file, doc, lines, data }, problems };
}

/** The start of the quoted scalar that runs up to `end`: where the unclosed quote opens. */
function openQuoteBefore(doc: Document.Parsed, end: number): number {
  let start = end;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[1] >= end - 1) start = Math.min(start, node.range[0]);
    },
  });
  return start;
}

function findFirstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset ??= node.range[0];
    },
  });
  return offset;
}
