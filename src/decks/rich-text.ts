/**
 * A slide's Markdown (bold, italic, lists, links; see src/model/schema/markdown.ts) → paragraphs
 * and lists of runs. markdown-it reads it with HTML off and only those rules on, so anything else
 * (a heading, a picture, a tag) stays plain text. The deck template escapes every run, and the
 * PowerPoint export (pptx.ts) turns the same runs into text boxes: one parse, two outputs.
 */
import MarkdownIt from 'markdown-it';

/** A stretch of text with one look. */
export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** A web or email address, or null. */
  readonly href: string | null;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly Run[])[];
    };

export type RichText = readonly Block[];

const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(
  ['emphasis', 'list', 'link'],
);
const safeAddress = /^(https?:\/\/|mailto:)/i;

type Token = ReturnType<typeof markdown.parse>[number];

/** The inline tokens of one paragraph → runs. */
function runsOf(children: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | null = null;
  for (const token of children) {
    switch (token.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open': {
        const address = String(token.attrGet('href') ?? '');
        href = safeAddress.test(address) ? address : null;
        break;
      }
      case 'link_close':
        href = null;
        break;
      case 'text':
      case 'softbreak':
      case 'hardbreak': {
        const text = token.type === 'text' ? token.content : ' ';
        const last = runs.at(-1);
        const look = { bold: bold > 0, italic: italic > 0, href };
        if (last?.bold === look.bold && last.italic === look.italic && last.href === look.href)
          runs[runs.length - 1] = { ...last, text: last.text + text };
        else runs.push({ text, ...look });
        break;
      }
    }
  }
  return runs;
}

/** Parses a slide's Markdown text; an item of a list inside a list joins the outer list. */
export function richText(source: string): RichText {
  const blocks: Block[] = [];
  let list: { ordered: boolean; items: Run[][] } | null = null;
  let depth = 0;
  let itemRuns: Run[] | null = null;
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      depth += 1;
      if (depth === 1) list = { ordered: token.type === 'ordered_list_open', items: [] };
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      depth -= 1;
      if (depth === 0 && list) {
        blocks.push({ kind: 'list', ...list });
        list = null;
      }
    } else if (token.type === 'list_item_open') {
      itemRuns = [];
      list?.items.push(itemRuns);
    } else if (token.type === 'inline') {
      const runs = runsOf(token.children ?? []);
      if (list && itemRuns) {
        if (itemRuns.length > 0)
          itemRuns.push({ text: ' ', bold: false, italic: false, href: null });
        itemRuns.push(...runs);
      } else blocks.push({ kind: 'paragraph', runs });
    }
  }
  return blocks;
}

/** A list of runs as plain text, the way the slide shows it. */
export function plainRuns(runs: readonly Run[]): string {
  return runs
    .map((run) => run.text)
    .join('')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Every paragraph and list item as plain text, in order (for the fit check and the tests). */
export function plainBlocks(text: RichText): string[] {
  return text.flatMap((block) =>
    block.kind === 'paragraph' ? [plainRuns(block.runs)] : block.items.map(plainRuns),
  );
}
