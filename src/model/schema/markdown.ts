/**
 * Text written in a small, safe part of Markdown: **bold**, *italic*, lists and [links](https://…).
 * The decks parse it with markdown-it with HTML off (src/decks/rich-text.ts), so a tag is never
 * HTML; it is refused here instead of showing as "<b>" on a slide, and so is a link that is not
 * a web or email address.
 */
import { hintParams } from './hints.ts';
import { sizedText, type TextSize } from './text.ts';

/** An HTML tag or comment, as people paste it: <b>, </i>, <br/>, <span class="x">, <!-- -->. */
const htmlTag = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i;
/** A Markdown link whose address is not http(s) or mailto: "[x](javascript:…)", "[x](file.html)". */
const badLink = /\]\(\s*<?(?!https?:\/\/|mailto:)([^)\s>]*)/i;

export function markdownText(size: TextSize) {
  return sizedText(size).check((ctx) => {
    const tag = htmlTag.exec(ctx.value);
    if (tag)
      ctx.issues.push({
        code: 'custom',
        message: `has the HTML tag "${tag[0].slice(0, 40)}"; slides take Markdown, not HTML`,
        ...hintParams('Write **bold** for bold, *italic* for italic and "- " at the start of a line for a list.'),
        input: ctx.value,
      });
    const link = badLink.exec(ctx.value);
    if (link)
      ctx.issues.push({
        code: 'custom',
        message: `has a link to "${(link[1] ?? '').slice(0, 60)}", which is not a web or email address`,
        ...hintParams('Write a full address such as [our site](https://example.org) or [email us](mailto:desk@example.org).'),
        input: ctx.value,
      });
  });
}
