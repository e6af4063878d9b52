/**
 * Feeds and structured data on a built copy of the site with awkward content: a long title full of
 * markup characters, a cover picture, an update date, a source address, a merged province, and more
 * articles than a feed holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { jsonLdBlocks, metaValue } from '../helpers/head.ts';
import { createSite, runAstro } from '../helpers/site.ts';
import { child, childrenNamed, parseXml, textOf } from '../helpers/xml.ts';

const TITLE =
  'Hội nghị "Đảng & Dân" <trực tuyến>: tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng ở vùng cao biên giới năm 2024';
const SAPO = "Chi bộ thôn 'Lũng Cú' & các đoàn thể bàn cách làm <mới> để đảng viên gương mẫu hơn.";
const SOURCE_URL = 'https://baohagiang.vn/xay-dung-dang/hoi-nghi-dang-va-dan-123.html?a=1&b=2';
const SPECIAL = [
  '---',
  `title: ${JSON.stringify(TITLE)}`,
  `sapo: ${JSON.stringify(SAPO)}`,
  'date: 2024-06-20T09:30',
  'updated: 2024-06-22T14:05',
  'locality: Hà Giang',
  'resolutions: [22-NQ/TW]',
  `source: { name: Báo Hà Giang, url: "${SOURCE_URL}" }`,
  'cover: ./anh-bia.png',
  'coverAlt: "Hội nghị ở hội trường xã"',
  '---',
  '',
  'Nội dung bài viết.',
  '',
].join('\n');

// 55 short articles in Hà Nội, one a day from 1/1/2023, published at 06:00 (still the day before in UTC).
const FILLERS = Array.from({ length: 55 }, (_, i) => {
  const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
  return { slug: `bai-${i + 1}`, date: `${day}T06:00` };
});

let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const absolute = (path: string) => new URL(path, site.url).href;
const feed = (path: string) => {
  const channel = child(parseXml(read(path)), 'channel')!;
  return { channel, items: childrenNamed(channel, 'item') };
};

beforeAll(async () => {
  const cover = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d3557' } })
    .png()
    .toBuffer();
  const fillers = Object.fromEntries(
    FILLERS.map(({ slug, date }) => [
      `loat/${slug}.md`,
      `---\ntitle: "Tin số ${slug}"\ndate: ${date}\nlocality: Hà Nội\n---\n\nNội dung ${slug}.\n`,
    ]),
  );
  const root = createSite('seo-edge', {
    articles: { 'dac-biet/index.md': SPECIAL, 'dac-biet/anh-bia.png': cover, ...fillers },
  });
  const { ok, output } = await runAstro('build', root);
  if (!ok) throw new Error(output);
  dist = join(root, 'dist');
}, 180_000);

describe('feeds with many and awkward articles', () => {
  it('holds only the newest articles of the site, newest first, dated by the newest', () => {
    const { channel, items } = feed('rss.xml');
    const newestFillers = [...FILLERS]
      .reverse()
      .slice(0, site.feedSize - 1)
      .map((f) => absolute(`/bai-viet/${f.slug}/`));
    expect(items.map((i) => textOf(i, 'link'))).toEqual([absolute('/bai-viet/dac-biet/'), ...newestFillers]);
    expect(textOf(channel, 'lastBuildDate')).toBe('Thu, 20 Jun 2024 09:30:00 +0700');
    // 06:00 on 24/2/2023 in Vietnam is still 23/2 in UTC.
    expect(textOf(items[1]!, 'pubDate')).toBe('Fri, 24 Feb 2023 06:00:00 +0700');
  });

  it('caps a province feed too', () => {
    const { items } = feed('dia-phuong/ha-noi/rss.xml');
    expect(items).toHaveLength(site.feedSize);
    expect(textOf(items.at(-1)!, 'link')).toBe(absolute('/bai-viet/bai-6/'));
  });

  it('carries quotes, ampersands and angle brackets through escaped, and reads them back unchanged', () => {
    const raw = read('rss.xml');
    expect(raw).toContain('&quot;Đảng &amp; Dân&quot; &lt;trực tuyến&gt;');
    const item = feed('rss.xml').items[0]!;
    expect(textOf(item, 'title')).toBe(TITLE);
    expect(textOf(item, 'description')).toBe(SAPO);
    expect(childrenNamed(item, 'category').map((c) => c.text)).toEqual(['Hà Giang', 'Nghị quyết 22-NQ/TW']);
  });

  it('lists an article of Hà Giang in the feed of Tuyên Quang, its unit since 1/7/2025, and of the document it cites', () => {
    for (const path of [
      'dia-phuong/ha-giang/rss.xml',
      'dia-phuong/tuyen-quang/rss.xml',
      'van-ban/22-nq-tw-2008/rss.xml',
    ]) {
      expect(
        feed(path).items.map((i) => textOf(i, 'link')),
        path,
      ).toEqual([absolute('/bai-viet/dac-biet/')]);
    }
  });
});

describe('article metadata with cover, update and source', () => {
  const html = () => read('bai-viet/dac-biet/index.html');
  const ld = () => jsonLdBlocks(html()).find((b) => b['@type'] === 'NewsArticle') as Record<string, unknown>;

  it('shortens the headline to 110 characters but keeps the full title in Open Graph', () => {
    const headline = ld().headline as string;
    expect([...headline].length).toBeLessThanOrEqual(110);
    expect(headline.endsWith('…')).toBe(true);
    expect(TITLE.startsWith(headline.slice(0, -1))).toBe(true);
    expect(metaValue(html(), 'og:title')).toBe(TITLE);
    expect(metaValue(html(), 'twitter:description')).toBe(SAPO);
  });

  it('dates the change by the updated field, in Vietnam time', () => {
    expect(ld().datePublished).toBe('2024-06-20T09:30:00+07:00');
    expect(ld().dateModified).toBe('2024-06-22T14:05:00+07:00');
    expect(metaValue(html(), 'article:modified_time')).toBe('2024-06-22T14:05:00+07:00');
  });

  it('credits the source, links the original and shows the social card and the cover', async () => {
    expect(ld().isBasedOn).toBe(SOURCE_URL);
    expect(ld().author).toEqual([{ '@type': 'Organization', name: 'Báo Hà Giang', url: 'https://baohagiang.vn' }]);
    const [card, cover, ...rest] = ld().image as string[];
    expect(card).toBe(absolute('/anh-chia-se/dac-biet.png'));
    expect(rest).toEqual([]);
    expect(cover!.startsWith(`${site.url}/`)).toBe(true);
    const coverFile = join(dist, decodeURI(cover!.slice(site.url.length)));
    expect(existsSync(coverFile)).toBe(true);
    expect(await sharp(coverFile).metadata()).toMatchObject({ format: 'jpeg', width: 1200 });
  });

  it('places the article in the province as it was then', () => {
    expect(ld().contentLocation).toEqual({
      '@type': 'Place',
      name: 'tỉnh Hà Giang',
      containedInPlace: { '@type': 'Country', name: 'Việt Nam' },
    });
    expect(metaValue(html(), 'article:section')).toBe('Hà Giang');
  });
});
