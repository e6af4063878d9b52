/**
 * The front page leads with the newest article and a picture (its cover, or its social card), then the
 * latest articles, the documents most cited in the last 12 months of the corpus with their counts, and a
 * block per region whose articles belong to that region.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, read, resolves, urlOf } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { findProvince } from '../../src/lib/places/localities.ts';

const dist = join(PROJECT_ROOT, 'dist');
const home = read(join(dist, 'index.html'));
const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Every article page with its Vietnam date-time, its province and the documents it links. */
const articles = listFiles(dist, '.html')
  .map((f) => urlOf(dist, f))
  .filter((url) => /^\/bai-viet\/[^/]+\/$/.test(url))
  .map((url) => {
    const html = read(join(dist, url, 'index.html'));
    const article = html.slice(html.indexOf('<article'));
    return {
      url,
      date: new Date(/<time datetime="([^"]+)"/.exec(article)![1]!),
      province: /href="\/dia-phuong\/([^/"]+)\/"/.exec(html)![1]!,
    };
  })
  .sort((a, b) => b.date.getTime() - a.date.getTime());

describe('front page', () => {
  it('leads with the newest article and a picture', () => {
    const lead = home.slice(
      home.indexOf('<article class="lead-story"'),
      home.indexOf('</article>', home.indexOf('lead-story')),
    );
    expect(lead).toContain(`href="${articles[0]!.url}"`);
    const src = /<img[^>]*\ssrc="([^"]+)"/.exec(lead)![1]!;
    expect(resolves(dist, src), src).toBe(true);
  });

  it('lists the latest articles after the lead', () => {
    const latest = home.slice(home.indexOf('Tin mới nhất'));
    const links = [...latest.matchAll(/<h3 class="card__title">\s*<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(articles.slice(1, 10).map((a) => a.url));
  });

  it('counts the documents most cited in the last 12 months from their hubs', () => {
    const since = new Date(articles[0]!.date.getTime() - YEAR_MS);
    const block = home.slice(
      home.indexOf('id="van-ban-nhac-nhieu"'),
      home.indexOf('</section>', home.indexOf('van-ban-nhac-nhieu')),
    );
    const items = [...block.matchAll(/<li data-document="([^"]+)" data-count="(\d+)">\s*<a href="([^"]+)"/g)];
    expect(items.length).toBeGreaterThan(0);
    const counts = items.map((m) => Number(m[2]));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const [, , count, href] of items) {
      const hub = read(join(dist, href!, 'index.html'));
      const section = hub.slice(hub.indexOf('id="bai-trich-dan"'));
      const recent = [...section.matchAll(/<time datetime="([^"]+)"/g)]
        .map((m) => new Date(m[1]!))
        .filter((d) => d > since);
      expect(Number(count), href).toBe(recent.length);
      expect(block).toContain(`(${count} bài)`);
    }
  });

  it('has a block per region, each with articles of that region, newest first', () => {
    const blocks = [...home.matchAll(/<section class="region-block" data-region="([^"]+)">([\s\S]*?)<\/section>/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const [, region, body] of blocks) {
      const links = [...body!.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(0);
      const inRegion = articles.filter((a) => {
        const p = findProvince(a.province.replace(/-/g, ' '));
        return p !== undefined && (p.regionUntil2025 ?? p.regions[0]) === region;
      });
      expect(links, region).toEqual(inRegion.slice(0, links.length).map((a) => a.url));
    }
  });
});
