/**
 * An element of a page as the text lines a copy from the browser would give: one line per block
 * (paragraph, heading, list item, table cell, caption), `<br>` breaking a line, scripts, forms and
 * players left out. Lines the markup marks as subheadings or picture captions say so.
 */
import { cleanSpaces } from '../../text/vi-text.ts';

export interface MarkedLine {
  text: string;
  /** What the markup says the line is: a subheading, a picture caption, or a `<p>` paragraph. */
  kind?: 'heading' | 'caption' | 'paragraph';
  /** Every word of the line is inside a link: a teaser of another story, a menu item. */
  link?: true;
}

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const SKIP = new Set(
  'audio button canvas embed iframe input noscript object option script select style svg template textarea video'.split(
    ' ',
  ),
);
const HEADING = /^h[1-6]$/;
// Caption containers of Vietnamese CMSs: `<figcaption>`, `.PhotoCMS_Caption`, `.image_desc`, `.chu-thich`, `tplCaption`.
const SUBHEADING_CLASS = /sub-?title|subhead|crosshead|intertitle/i;
const CAPTION_CLASS = /caption|chu-?thich|img-?desc|image_?desc|desc_?image|photo-?desc|expNoEdit|Image(?:$|\s)/i;

const isElement = (node: Node): node is Element => node.nodeType === 1;

function isCaptionElement(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (CAPTION_CLASS.test(marks)) return true;
  // A table cell under a row that holds only a picture: the caption of a picture table.
  if (el.localName === 'td' && el.querySelector('img') === null) {
    const table = el.closest('table');
    return (
      table !== null &&
      table.querySelectorAll('img').length === 1 &&
      table.querySelectorAll('tr').length <= 3 &&
      (el.textContent ?? '').trim().length < 400
    );
  }
  return false;
}

export function elementLines(root: Element): MarkedLine[] {
  const lines: MarkedLine[] = [];
  let buffer = '';
  let bufferKind: MarkedLine['kind'];
  let allLinked = true;
  const flush = () => {
    const text = cleanSpaces(buffer).trim();
    if (text !== '')
      lines.push({ text, ...(bufferKind !== undefined && { kind: bufferKind }), ...(allLinked && { link: true }) });
    buffer = '';
    allLinked = true;
  };
  const visit = (node: Node, kind: MarkedLine['kind'], linked: boolean) => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (buffer.trim() === '') bufferKind = kind;
      if (text.trim() !== '' && !linked) allLinked = false;
      buffer += text;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIP.has(tag) || node.hasAttribute('hidden')) return;
    if (tag === 'br') return flush();
    const block = BLOCK.has(tag);
    const marks = node.getAttribute('class') ?? '';
    const own =
      HEADING.test(tag) || (block && SUBHEADING_CLASS.test(marks))
        ? 'heading'
        : block && isCaptionElement(node)
          ? 'caption'
          : tag === 'p'
            ? 'paragraph'
            : kind;
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child, own, linked || tag === 'a');
    if (block) flush();
  };
  visit(root, undefined, false);
  flush();
  return lines;
}
