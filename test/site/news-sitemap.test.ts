/**
 * Search engines: the sitemap's lastmod of an article is the last-edit date the page shows (and states in
 * article:modified_time); a Google News sitemap lists the articles of the last two days with the
 * publication's name and language, and robots.txt announces it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../helpers/dist.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';
import { site } from '../../src/site.config.ts';
import { vnIsoDateTime } from '../../src/lib/dates/vn-date.ts';

function sitemapEntries(dist: string): Array<{ loc: string; lastmod?: string }> {
  const index = read(join(dist, 'sitemap-index.xml'));
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const xml = read(join(dist, new URL(m[1]!).pathname));
    return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((u) => ({
      loc: u[1]!,
      ...(u[2] ? { lastmod: u[2] } : {}),
    }));
  });
}

describe('sitemaps for search engines', { timeout: 240_000 }, () => {
  const dist = join(PROJECT_ROOT, 'dist');

  it('gives every article its last-edit date as lastmod, the instant the page shows', () => {
    const articles = sitemapEntries(dist).filter((e) => new URL(e.loc).pathname.startsWith('/bai-viet/'));
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const { loc, lastmod } of articles) {
      const html = read(join(dist, new URL(loc).pathname, 'index.html'));
      const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(html)![1]!;
      expect(lastmod, loc).toBeDefined();
      expect(new Date(lastmod!).getTime(), loc).toBe(new Date(modified).getTime());
      const shown = /Cập nhật lần cuối:\s*<time datetime="([^"]+)"/.exec(html)?.[1];
      if (shown) expect(new Date(lastmod!).getTime(), loc).toBe(new Date(shown).getTime());
    }
  });

  it('announces the news sitemap in robots.txt', () => {
    const robots = read(join(dist, 'robots.txt'));
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site.url}/sitemap-news\\.xml$`, 'm'));
    const news = read(join(dist, 'sitemap-news.xml'));
    expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });

  it('lists the articles of the last two days, with publication name and language', async () => {
    const at = (daysAgo: number) => vnIsoDateTime(new Date(Date.now() - daysAgo * 24 * 3600 * 1000)).slice(0, 16);
    const article = (title: string, date: string) =>
      `---\ntitle: "${title}"\ndate: ${date}\nlocality:\n  province: Cần Thơ\n---\n\nNội dung bài viết.\n`;
    const root = createSite('news-sitemap', {
      articles: {
        'hom-qua.md': article('Tin hôm qua & hôm nay', at(1)),
        'tuan-truoc.md': article('Tin tuần trước', at(5)),
      },
    });
    const { ok, output } = await runAstro('build', root);
    expect(ok, output).toBe(true);
    const news = read(join(root, 'dist/sitemap-news.xml'));
    const urls = [...news.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain(`<loc>${site.url}/bai-viet/hom-qua/</loc>`);
    expect(urls[0]).toContain(`<news:name>${site.title}</news:name>`);
    expect(urls[0]).toContain('<news:language>vi</news:language>');
    expect(urls[0]).toContain('<news:title>Tin hôm qua &amp; hôm nay</news:title>');
    expect(urls[0]).toMatch(/<news:publication_date>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00<\/news:publication_date>/);
    // The ordinary sitemap still lists both, and not the news sitemap itself.
    const locs = sitemapEntries(join(root, 'dist')).map((e) => e.loc);
    expect(locs).toContain(`${site.url}/bai-viet/tuan-truoc/`);
    expect(locs.some((l) => l.endsWith('.xml'))).toBe(false);
  });
});
