/**
 * Plain text out of an article's Markdown, for summaries, search keywords and text similarity.
 * Parsed by Sätteri, the Markdown processor that renders the site (GFM included), so that tables,
 * autolinks, footnotes and strikethrough are read as editors meant them rather than as punctuation.
 * Its parser is native code: the whole corpus is read once per build, and this takes a few
 * milliseconds per thousand articles where a JavaScript parser took seconds.
 */
import { markdownToMdast } from 'satteri';
import type { Nodes } from 'mdast';

// An article body never has frontmatter (the loader takes it off), and text keeps its punctuation.
const OPTIONS = { features: { frontmatter: false, smartPunctuation: false }, position: false };

/** Visible text of a node; code and raw HTML are not prose. */
export function nodeText(node: Nodes): string {
  if (node.type === 'code' || node.type === 'html' || node.type === 'inlineCode' || node.type === 'yaml') return '';
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => nodeText(child)).join('');
  return '';
}

/** A paragraph made only of emphasis is a photo caption (see src/markdown/photo-captions.ts). */
export function isCaption(node: Nodes): boolean {
  return node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'emphasis';
}

/** Text of the prose paragraphs, in order, without captions, headings or code. */
export function proseParagraphs(markdown: string): string[] {
  const paragraphs: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph') {
      if (!isCaption(node)) paragraphs.push(nodeText(node).replace(/\s+/g, ' ').trim());
      return;
    }
    if (node.type === 'heading' || node.type === 'code') return;
    if ('children' in node) node.children.forEach(visit);
  };
  visit(markdownToMdast(markdown, OPTIONS));
  return paragraphs.filter((p) => p !== '');
}

/** At most `maxWords` words of `text`, ending with an ellipsis when cut. */
export function truncateWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return words.join(' ');
  return `${words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:.…]+$/, '')}…`;
}
