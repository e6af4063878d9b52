/**
 * An imported article as a Markdown file in the form of the committed articles: YAML frontmatter with
 * quoted free text, then one paragraph per source paragraph, captions as italic paragraphs (rendered as
 * photo captions, src/markdown/photo-captions.ts) and subheadings as `##`. Markdown syntax characters in
 * the text are escaped, so the page shows the source's characters and nothing else.
 */
import { Document, Scalar } from 'yaml';
import type { Block } from './scrape.ts';

export interface ArticleFrontmatter {
  title: string;
  sapo?: string;
  date: string;
  dateNote?: string;
  /** The page's `Cập nhật` time, when later than the publication. */
  updated?: string;
  locality: { province: string; district?: string; commune?: string };
  resolutions: string[];
  topics: string[];
  source?: { name: string; url?: string };
  author?: string;
}

const QUOTED_FIELDS = ['title', 'sapo', 'dateNote', 'author'] as const;

function frontmatterYaml(front: ArticleFrontmatter): string {
  // Drop absent optional fields rather than writing `null`.
  const data = Object.fromEntries(Object.entries(front).filter(([, value]) => value !== undefined));
  const doc = new Document(data);
  for (const field of QUOTED_FIELDS) {
    const node = doc.get(field, true);
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
  }
  return doc.toString({ lineWidth: 0 });
}

/** Escapes what Markdown would read as syntax, inline and at the start of a paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/^(#+|>|[-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function blockMarkdown(block: Block): string {
  const text = escapeMarkdown(block.text);
  if (block.kind === 'caption') return `*${text}*`;
  if (block.kind === 'heading') return `## ${text}`;
  return text;
}

export function articleMarkdown(front: ArticleFrontmatter, blocks: readonly Block[]): string {
  return `---\n${frontmatterYaml(front)}---\n\n${blocks.map(blockMarkdown).join('\n\n')}\n`;
}
