import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { articleSlug, checkArticleFiles, frontmatterText, withRawDates } from '../lib/article-files.ts';
import { listFiles } from './list-files.ts';

/**
 * Rendered article HTML is cached by Astro per file content, but the links in it depend on these
 * files too (document registry, provinces, the Markdown plugins): when they change, render again.
 */
const RENDER_INPUTS = [
  'content/documents.json',
  'content/localities.json',
  'src/markdown/document-links.ts',
  'src/markdown/photo-captions.ts',
  'src/lib/mention-links.ts',
  'src/lib/document-number.ts',
  'src/lib/document-number-patterns.ts',
  'src/lib/document-registry.ts',
];

function renderInputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of RENDER_INPUTS) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/**
 * The glob loader for content/articles, made strict: files that are neither articles nor pictures and
 * slugs shared by two files stop the build (with every file named), and dates reach the schema as the
 * text the editor wrote.
 */
export function articlesLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.{md,mdx}', base, generateId: ({ entry }) => articleSlug(entry) });
  return {
    name: 'articles-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const inputs = renderInputsHash(root);
      if (context.meta.get('render-inputs') !== inputs) {
        context.store.clear();
        context.meta.set('render-inputs', inputs);
      }
      const problems = checkArticleFiles(listFiles(dir));
      if (problems.length > 0) {
        const lines = problems.map((p) => `  - ${base}/${p.file}: ${p.message}`);
        throw new Error(`Lỗi tệp bài viết (${problems.length}):\n${lines.join('\n')}`);
      }
      await inner.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
          const data = withRawDates(props.data, frontmatterText(readFileSync(props.filePath ?? '', 'utf8')));
          // Same keys, only the date values swapped for their source text: the schema validates either.
          return context.parseData({ ...props, data: data as TData });
        },
      });
    },
  };
}
