/**
 * The four lists that must agree for nothing to be lost between an editor's files and a reader: the
 * published article files, the article pages in dist/, the article addresses in the sitemap and the
 * articles in the search index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSlug, frontmatterText, isArticleFile, rawScalar } from '../../src/lib/articles/article-files.ts';
import { parseVnDateTime } from '../../src/lib/dates/vn-date.ts';
import { loadPagefind } from './pagefind-node.ts';
import { serveDirectory } from './static-server.ts';
import { childrenNamed, parseXml, textOf } from './xml.ts';

/** Slugs of the files a production build must publish: not drafts, not dated after `now`. */
export function publishableSlugs(articlesDir: string, now = new Date()): string[] {
  return readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter(isArticleFile)
    .filter((file) => {
      const frontmatter = frontmatterText(readFileSync(join(articlesDir, file), 'utf8'));
      if (rawScalar(frontmatter, 'draft') === 'true') return false;
      const date = rawScalar(frontmatter, 'date');
      const parsed = date ? parseVnDateTime(date) : undefined;
      return !parsed?.ok || parsed.value.date <= now;
    })
    .map(articleSlug)
    .sort();
}

const slugOf = (url: string) => /\/bai-viet\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1];

export function pageSlugs(dist: string): string[] {
  return readdirSync(join(dist, 'bai-viet'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function sitemapSlugs(dist: string): string[] {
  const index = parseXml(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
  return childrenNamed(index, 'sitemap')
    .flatMap((entry) => {
      const file = new URL(textOf(entry, 'loc')).pathname;
      return childrenNamed(parseXml(readFileSync(join(dist, file), 'utf8')), 'url').map((u) => textOf(u, 'loc'));
    })
    .flatMap((url) => slugOf(url) ?? [])
    .sort();
}

/** Every page of the search index, found through the year filter that every article page carries. */
export async function searchIndexSlugs(dist: string): Promise<string[]> {
  const server = await serveDirectory(dist);
  try {
    const pagefind = await loadPagefind(dist, server.url);
    const years = Object.keys((await pagefind.filters()).year ?? {});
    const urls: string[] = [];
    for (const year of years) {
      const search = await pagefind.search(null, { filters: { year } });
      if (!search) throw new Error(`Pagefind gave no answer for year ${year}`);
      for (const result of search.results) urls.push((await result.data()).url);
    }
    return urls.flatMap((url) => slugOf(url) ?? []).sort();
  } finally {
    await server.close();
  }
}
