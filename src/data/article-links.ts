/**
 * Links between articles, checked against what this build publishes: a link to an article that does
 * not exist, or that is still a draft or scheduled, would be a broken link on the site, so the build
 * stops and names every one (the same rule as `npm run check`, src/lib/content-lint/links.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { splitArticle } from '../lib/articles/article-files.ts';
import { checkLinks } from '../lib/content-lint/links.ts';
import { formatMessage } from '../lib/content-lint/report.ts';
import { site } from '../site.config.ts';

interface LinkingArticle {
  id: string;
  filePath: string | undefined;
  body: string;
}

export function assertArticleLinks(
  published: readonly LinkingArticle[],
  unpublishedIds: readonly string[],
  articlesDir: string,
): void {
  const unpublished = new Map<string, boolean>([
    ...published.map((a): [string, boolean] => [a.id, false]),
    ...unpublishedIds.map((id): [string, boolean] => [id, true]),
  ]);
  const problems = published
    .filter((article) => article.filePath && /bai-viet|\.\.\//.test(article.body))
    .flatMap((article) => {
      const file = relative(articlesDir, article.filePath!);
      const parts = splitArticle(readFileSync(article.filePath!, 'utf8'));
      return checkLinks(file, { slug: article.id, draft: false }, parts, unpublished, site.url);
    });
  if (problems.length > 0) {
    throw new Error(
      `Lỗi liên kết giữa các bài (${problems.length}):\n${problems.map((p) => `  - ${formatMessage(p, articlesDir)}`).join('\n')}`,
    );
  }
}
