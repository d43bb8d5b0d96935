/**
 * What can be wrong with a template, said the way content problems are: `file:line:col: message
 * Hint: …`, at Handlebars' own line and column (its columns count from 0; ours, like an editor's,
 * from 1). Syntax errors and references to partials, helpers or stylesheets that do not exist are
 * found when the templates load, every one of them; a missing field only when a page is rendered.
 */
import type Handlebars from 'handlebars';
import type { Note, Problem } from '../core/problems.ts';

type Hb = typeof Handlebars;

/** Where Handlebars was when it failed: an Exception's own fields, or the lexer's last token. */
interface Located {
  readonly line: number;
  readonly col: number;
}

const at = (line: number, column: number): Located => ({ line, col: column + 1 });

/** Handlebars' token names, in words. */
const tokenWords: Readonly<Record<string, string>> = {
  EOF: 'the end of the file',
  CLOSE: '}}',
  EQUALS: '=',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  CLOSE_UNESCAPED: '}}}',
  INVALID: 'something it cannot read',
  OPEN_ENDBLOCK: '{{/',
};

/**
 * A syntax error from `hb.parse`. The parser throws plain text with only the line in it; its lexer
 * still holds the place of the token it failed on. A block closed by the wrong name is an
 * Exception with its own place.
 */
export function syntaxProblem(file: string, error: unknown, hb: Hb): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const exception = error as { lineNumber?: number; column?: number };
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch && exception.lineNumber !== undefined)
    return {
      file,
      ...at(exception.lineNumber, exception.column ?? 0),
      message: `{{/${mismatch[2]}}} closes {{#${mismatch[1]}}}.`,
      hint: `Close the blocks in the opposite order to how they open: {{#${mismatch[1]}}} … {{/${mismatch[1]}}}.`,
    };
  const lexer = (
    hb as unknown as {
      Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } };
    }
  ).Parser.lexer;
  const place = lexer.yylloc
    ? at(lexer.yylloc.first_line, lexer.yylloc.first_column)
    : at(Number(/line (\d+)/.exec(message)?.[1] ?? 1), 0);
  const got = /got '(\w+)'$/.exec(message)?.[1] ?? '';
  const found = tokenWords[got] ?? got.toLowerCase().replace(/_/g, ' ');
  if (got === 'EOF')
    return {
      file,
      ...place,
      message: 'the template ends inside an open {{#block}} or {{ }}.',
      hint: 'Close every {{#if}} and {{#each}} with its {{/if}} or {{/each}}, and every {{ with }}.',
    };
  return {
    file,
    ...place,
    message: `Handlebars cannot read the {{ }} here: it found ${found}.`,
    hint: 'Write {{field}}, {{helper value}} or {{> partial}}, each closed with }}.',
  };
}

/** The names a template may use, to check its references against when it loads. */
export interface Known {
  readonly partials: ReadonlySet<string>;
  readonly helpers: ReadonlySet<string>;
  readonly stylesheets: ReadonlySet<string>;
}

interface Node {
  readonly type?: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Every node of a parsed template, depth first. */
function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodes(item);
  else if (isNode(value)) {
    if (typeof value.type === 'string') yield value;
    for (const [key, child] of Object.entries(value)) if (key !== 'loc') yield* nodes(child);
  }
}

const nameOf = (path: unknown) => {
  const p = path as { type?: string; original?: unknown; parts?: unknown[]; data?: boolean };
  return p.type === 'PathExpression' && p.parts?.length === 1 && !p.data
    ? String(p.original)
    : undefined;
};

const list = (names: ReadonlySet<string>) => [...names].sort().join(', ') || 'none';

/** Partials, helpers and stylesheets a parsed template names that do not exist, at their places. */
export function referenceProblems(file: string, ast: object, known: Known): Problem[] {
  const all = [...nodes(ast)];
  // {{#*inline "notes"}} defines a partial for this template alone.
  const inline = new Set(
    all
      .filter((n) => n.type === 'DecoratorBlock' && nameOf(n['path']) === 'inline')
      .map((n) => String((n['params'] as { value?: unknown }[] | undefined)?.[0]?.value)),
  );
  const problems: Problem[] = [];
  for (const node of all) {
    const place = at(node.loc?.start.line ?? 1, node.loc?.start.column ?? 0);
    const params = (node['params'] as Node[] | undefined) ?? [];
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const name = nameOf(node['name']);
      if (name !== undefined && !known.partials.has(name) && !inline.has(name))
        problems.push({
          file,
          ...place,
          message: `there is no partial "${name}".`,
          hint: `The partials are the files in templates/partials/: ${list(known.partials)}.`,
        });
      continue;
    }
    if (!['MustacheStatement', 'SubExpression', 'BlockStatement'].includes(node.type ?? ''))
      continue;
    const name = nameOf(node['path']);
    const hash = (node['hash'] as { pairs?: unknown[] } | undefined)?.pairs ?? [];
    // A name with values after it is a helper call; a bare {{name}} is a field.
    if (name !== undefined && (params.length > 0 || hash.length > 0) && !known.helpers.has(name))
      problems.push({
        file,
        ...place,
        message: `there is no helper "${name}".`,
        hint: `The helpers are: ${list(known.helpers)} (src/render/helpers.ts).`,
      });
    const sheet = params[0];
    if (name === 'stylesheet' && sheet?.type === 'StringLiteral') {
      const wanted = String(sheet['value']);
      if (!known.stylesheets.has(wanted))
        problems.push({
          file,
          ...place,
          message: `there is no stylesheet "${wanted}".`,
          hint: `The stylesheets are the .css files in templates/: ${list(known.stylesheets)}.`,
        });
    }
  }
  return problems;
}

/** An error while a template renders, at its place when Handlebars knows it (a missing field). */
export function renderNote(file: string, error: unknown): Note {
  const message = error instanceof Error ? error.message : String(error);
  const { lineNumber, column } = error as { lineNumber?: number; column?: number };
  const place = lineNumber === undefined ? {} : at(lineNumber, column ?? 0);
  const missing = /^"(.+)" not defined in/.exec(message)?.[1];
  if (missing)
    return {
      file,
      ...place,
      message: `the template uses {{${missing}}}, but there is no field "${missing}" here.`,
      hint: 'Check the spelling, or add the field to the view that fills this template (null when it is empty).',
    };
  return { file, ...place, message: message.replace(/ - \d+:\d+$/, '') };
}
