/**
 * Links from an article body to other articles: `/bai-viet/<slug>/`, the same on the site's own
 * address, or relative (`../<slug>/`, read from the article's page as a browser would). The target
 * must be an article, and a published article must not link to a draft.
 */
import type { Nodes } from 'mdast';
import type { ArticleParts } from '../articles/article-files.ts';
import { parseMarkdown } from '../text/markdown-tree.ts';
import { articleUrl } from '../publishing/urls.ts';
import { slugify } from '../text/vi-text.ts';
import { BODY_FIELD, type LintMessage } from './types.ts';

const ARTICLE_PATH = /^\/bai-viet\/([^/]+)\/?$/;

function linkedSlug(url: string, page: URL): string | undefined {
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    return undefined;
  }
  const m = target.origin === page.origin ? ARTICLE_PATH.exec(target.pathname) : null;
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1];
  }
}

export function checkLinks(
  file: string,
  article: { slug: string; draft: boolean },
  parts: ArticleParts,
  /** Whether each article is a draft, by slug. */
  drafts: ReadonlyMap<string, boolean>,
  siteUrl: string,
): LintMessage[] {
  const page = new URL(articleUrl(article.slug), siteUrl);
  const messages: LintMessage[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      const slug = linkedSlug(node.url, page);
      const line = parts.bodyLine + node.position.start.line - 1;
      const error = (message: string) => messages.push({ file, line, field: BODY_FIELD, severity: 'error', message });
      if (slug !== undefined) {
        const draft = drafts.get(slug);
        if (draft === undefined) {
          const folded = slugify(slug);
          const hint =
            folded !== slug && drafts.has(folded)
              ? `viết ${articleUrl(folded)}`
              : 'sửa đường dẫn theo tên tệp của bài trong content/articles (không dấu, nối bằng dấu -)';
          error(`không có bài nào ở ${articleUrl(slug)}: ${hint}`);
        } else if (draft && !article.draft) {
          error(
            `bài ${articleUrl(slug)} còn là bản nháp (draft: true) nên chưa có trang khi đăng: đăng bài đó trước, hoặc bỏ liên kết`,
          );
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  // Every link that can reach an article names /bai-viet/ or climbs with ../: parse only bodies that have one.
  if (/bai-viet|\.\.\//.test(parts.body)) visit(parseMarkdown(parts.body));
  return messages;
}
