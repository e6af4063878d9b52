import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import {
  articleSlug,
  checkArticleFiles,
  frontmatterText,
  hasEmptyBody,
  isArticleFile,
  withRawDates,
} from '../lib/articles/article-files.ts';
import { encodingProblem } from '../lib/articles/article-encoding.ts';
import { nfc } from '../lib/text/vi-text.ts';
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
  'src/markdown/content-policy.ts',
  'src/lib/articles/raw-html-policy.ts',
  'src/lib/text/vi-text.ts',
  'src/lib/documents/mention-links.ts',
  'src/lib/documents/document-number.ts',
  'src/lib/documents/document-number-patterns.ts',
  'src/lib/documents/document-registry.ts',
];

function renderInputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of RENDER_INPUTS) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** Frontmatter text in NFC, like the body (content-policy.ts): NFD looks the same but breaks search. */
function nfcStrings(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(nfcStrings);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfcStrings(item)]));
  }
  return value;
}

/**
 * The glob loader for content/articles, made strict: files that are neither articles nor pictures and
 * slugs shared by two files stop the build (with every file named), and dates reach the schema as the
 * text the editor wrote.
 */
export function articlesLoader(base: string): Loader {
  // Bodies stay out of the data store: Astro loads the store as one JavaScript string whose parse time
  // grows with the square of its length (42 s of 10,000 news articles with bodies, docs/performance.md);
  // the corpus reads each body from its file instead (src/data/corpus.ts).
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base,
    generateId: ({ entry }) => articleSlug(entry),
    retainBody: false,
  });
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
      const files = listFiles(dir);
      const problems = checkArticleFiles(files);
      for (const file of files.filter(isArticleFile)) {
        const message = encodingProblem(readFileSync(join(dir, file)));
        if (message) problems.push({ file, message });
      }
      if (problems.length > 0) {
        const lines = problems.map((p) => `  - ${base}/${p.file}: ${p.message}`);
        throw new Error(`Lỗi tệp bài viết (${problems.length}):\n${lines.join('\n')}`);
      }
      // The glob loader logs a failed render and stores the article without its HTML: stop instead.
      const renderErrors: string[] = [];
      const logger = new Proxy(context.logger, {
        get: (target, property, receiver) =>
          property === 'error'
            ? (message: string) => renderErrors.push(message)
            : (Reflect.get(target, property, receiver) as unknown),
      });
      await inner.load({
        ...context,
        logger,
        parseData: <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
          const source = readFileSync(props.filePath ?? '', 'utf8');
          if (props.data.draft !== true && hasEmptyBody(source)) {
            throw new Error(
              `${relative(root, props.filePath ?? '')}: bài viết không có nội dung (thân bài trống); viết nội dung bên dưới dòng --- thứ hai, hoặc đặt draft: true nếu bài chưa xong`,
            );
          }
          const cover = props.data.cover;
          if (typeof cover === 'string' && !existsSync(join(dirname(props.filePath ?? ''), cover))) {
            throw new Error(
              `${relative(root, props.filePath ?? '')}: cover: không tìm thấy ảnh bìa "${cover}": đặt tệp ảnh cạnh bài viết (bài dạng thư mục ten-bai/index.md) và ghi đúng tên tệp`,
            );
          }
          const data = withRawDates(nfcStrings(props.data) as Record<string, unknown>, frontmatterText(source));
          // Same keys, only the date values swapped for their source text: the schema validates either.
          return context.parseData({ ...props, data: data as TData });
        },
      });
      if (renderErrors.length > 0) {
        context.store.clear(); // nothing half-rendered may be reused by the next build
        context.meta.delete('render-inputs');
        throw new Error(
          `Lỗi nội dung bài viết (${renderErrors.length}):\n${renderErrors.map((m) => `  - ${m}`).join('\n')}`,
        );
      }
    },
  };
}
