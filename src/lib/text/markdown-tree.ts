/**
 * The Markdown syntax tree, with line positions, for the editor tools (content lint, importer).
 * Parsed with remark + remark-gfm: GFM tables, autolinks, footnotes and strikethrough are read as the
 * site renders them. The build itself reads article text through Sätteri (markdown-text.ts), which is
 * much faster over a whole corpus; these tools read one file at a time and need exact positions.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
