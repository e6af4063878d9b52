/**
 * Nothing lost: the published article files, the article pages, the sitemap's article addresses and
 * the search index's articles are one and the same set, for the seed site and for a generated corpus
 * that also holds drafts and a scheduled article.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/generate-articles.ts';
import { pageSlugs, publishableSlugs, searchIndexSlugs, sitemapSlugs } from '../helpers/inventory.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

async function expectSameSets(root: string, minimum: number): Promise<void> {
  const dist = join(root, 'dist');
  const files = publishableSlugs(join(root, 'content/articles'));
  expect(files.length).toBeGreaterThanOrEqual(minimum);
  expect(pageSlugs(dist)).toEqual(files);
  expect(sitemapSlugs(dist)).toEqual(files);
  expect(await searchIndexSlugs(dist)).toEqual(files);
}

describe('nothing lost between files, pages, sitemap and search index', { timeout: 240_000 }, () => {
  it('on the seed site', async () => {
    await expectSameSets(PROJECT_ROOT, 5);
  });

  it('on a generated corpus with drafts and a scheduled article', async () => {
    const articles: Record<string, string> = {};
    for (const { path, content } of generateArticles(200, 7)) articles[path] = content;
    const [first, second] = Object.keys(articles);
    articles[first!] = articles[first!]!.replace(/^---\n/, '---\ndraft: true\n');
    articles[second!] = articles[second!]!.replace(/^date: .*$/m, 'date: 2099-01-01');
    const site = createSite('nothing-lost', { withSeedArticles: true, articles });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    await expectSameSets(site, 200);
  });
});
