import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../src/lib/import/html/page-metadata.ts';

const metadataOf = (head: string, body = '') =>
  readMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);

describe('readMetadata', () => {
  it('reads a JSON-LD NewsArticle inside @graph before Open Graph', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Tiêu đề JSON-LD","datePublished":"2024-01-02T03:04:05+07:00","author":[{"@type":"Organization","name":"Báo X"},{"@type":"Person","name":"Lê Văn B"}],"publisher":{"@type":"Organization","name":"Báo X"}}]}</script>' +
        '<meta property="og:title" content="Tiêu đề OG"><meta property="article:published_time" content="2024-01-01T00:00:00+07:00"><title>Tiêu đề - Báo X</title>',
    );
    expect(meta.headlines.map((h) => h.from)).toEqual(['JSON-LD headline', 'og:title', '<title>']);
    expect(meta.published).toEqual({ value: '2024-01-02T03:04:05+07:00', from: 'JSON-LD datePublished' });
    expect(meta.authors[0]).toEqual({ value: 'Lê Văn B', from: 'JSON-LD author' });
    expect(meta.siteName).toEqual({ value: 'Báo X', from: 'JSON-LD publisher' });
  });

  it('skips broken JSON-LD and empty values, and reads pubdate, canonical and og:site_name', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{broken</script><meta property="article:published_time" content="">' +
        '<meta name="pubdate" content="2012-12-23T14:02+07:00"><link rel="canonical" href="https://a.vn/bai.html">' +
        '<meta property="og:site_name" content="http://a.vn"><meta property="og:site_name" content="Báo A">',
    );
    expect(meta.published).toEqual({ value: '2012-12-23T14:02+07:00', from: 'pubdate' });
    expect(meta.url).toEqual({ value: 'https://a.vn/bai.html', from: 'link rel=canonical' });
    expect(meta.siteName?.value).toBe('Báo A');
  });

  it('takes <time datetime> and byline markup as structure', () => {
    const meta = metadataOf('', '<time datetime="2024-03-04T05:06">4/3</time><p class="article-author">Ngọc Anh</p>');
    expect(meta.published).toEqual({ value: '2024-03-04T05:06', from: '<time datetime>', markup: true });
    expect(meta.authors).toEqual([{ value: 'Ngọc Anh', from: 'thẻ tác giả', markup: true }]);
  });
});
