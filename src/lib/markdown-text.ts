/**
 * Plain text out of an article's Markdown, for summaries, search keywords and text similarity.
 * Parsed with remark + remark-gfm so that tables, autolinks, footnotes and strikethrough are read as
 * editors meant them rather than as punctuation.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

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
  visit(parseMarkdown(markdown));
  return paragraphs.filter((p) => p !== '');
}

/** At most `maxWords` words of `text`, ending with an ellipsis when cut. */
export function truncateWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[,;:.…]+$/, '')}…`;
}
