/**
 * What the built site tells feed readers, crawlers and social networks: RSS feeds, the sitemap,
 * robots.txt, Open Graph and Twitter tags, and the NewsArticle JSON-LD of article pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/lib/documents/document-registry.ts';
import { predecessorsOf, provinceById } from '../../src/lib/places/localities.ts';
import { socialCardUrl } from '../../src/lib/publishing/urls.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, read, urlOf } from '../helpers/dist.ts';
import { decodeAttribute, headLinks, jsonLdBlocks, metaTags, metaValue } from '../helpers/head.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { child, childrenNamed, parseXml, textOf, type XmlElement } from '../helpers/xml.ts';

const dist = join(PROJECT_ROOT, 'dist');
const absolute = (path: string) => new URL(path, site.url).href;
const localPath = (url: string) => {
  expect(url.startsWith(`${site.url}/`), url).toBe(true);
  return url.slice(site.url.length);
};
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const pageAt = (path: string) => read(fileOf(path));

const pageUrls = listFiles(dist, '.html')
  .map((file) => urlOf(dist, file))
  .sort();
const articleUrls = pageUrls.filter((url) => /^\/bai-viet\/[^/]+\/$/.test(url));
const slugOf = (url: string) => url.split('/')[2]!;

// What each article page says about itself, read from its visible markup and head.
const articles = articleUrls.map((url) => {
  const html = pageAt(url);
  const crumbs = jsonLdBlocks(html).find((b) => b['@type'] === 'BreadcrumbList') as {
    itemListElement: Array<{ item: string }>;
  };
  return {
    url,
    html,
    title: metaValue(html, 'og:title'),
    description: metaValue(html, 'description'),
    published: /<header class="article__header">.*?<time datetime="([^"]+)"/s.exec(html)![1]!,
    provinceId: localPath(crumbs.itemListElement[2]!.item).split('/')[2]!,
  };
});
const newestFirst = [...articles].sort(
  (a, b) => Date.parse(b.published) - Date.parse(a.published) || a.url.localeCompare(b.url),
);

/** The articles a list page shows, in order, across its numbered pages (`/x/`, `/x/2/`, …). */
function listedArticles(path: string): string[] {
  const listed: string[] = [];
  for (let n = 1; ; n++) {
    const page = n === 1 ? path : `${path}${n}/`;
    if (!existsSync(fileOf(page))) return listed;
    const main = /<main[^>]*>(.*?)<\/main>/s.exec(pageAt(page))![1]!;
    for (const [, href] of main.matchAll(/href="(\/bai-viet\/[^"/]+\/)"/g))
      if (!listed.includes(href!)) listed.push(href!);
  }
}

interface Thing {
  '@type': string;
  name: string;
  url?: string;
}

interface NewsArticleJson {
  '@context': string;
  headline: string;
  description: string;
  url: string;
  mainEntityOfPage: unknown;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  image: string[];
  author: Thing[];
  publisher: Thing & { logo: { url: string; width: number; height: number } };
  about?: Array<Thing & { url: string; legislationIdentifier?: string; legislationDate?: string }>;
  contentLocation: Thing & { containedInPlace: Thing };
  isBasedOn?: string;
}

const newsArticleOf = (html: string) =>
  jsonLdBlocks(html).filter((b) => b['@type'] === 'NewsArticle') as unknown as NewsArticleJson[];

const VN_WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
const RFC822_VN =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;

function feedOf(path: string): { channel: XmlElement; items: XmlElement[] } {
  const rss = parseXml(read(join(dist, path)));
  expect(rss.name).toBe('rss');
  expect(rss.attributes.version).toBe('2.0');
  const channel = child(rss, 'channel')!;
  return { channel, items: childrenNamed(channel, 'item') };
}

const feedPaths = listFiles(dist, '.xml')
  .map((file) => `/${file.slice(dist.length + 1)}`)
  .filter((path) => path.endsWith('/rss.xml'))
  .sort();
const provincePages = pageUrls.filter((url) => /^\/dia-phuong\/[^/]+\/$/.test(url));
const documentPagesWithFeeds = REGISTRY.map((doc) => `/van-ban/${doc.key}/`).filter(
  (url) => listedArticles(url).length > 0,
);

describe('RSS feeds', () => {
  it('exist for the whole site, every province page and every registered document cited by an article', () => {
    const expected = [
      '/rss.xml',
      ...provincePages.map((p) => `${p}rss.xml`),
      ...documentPagesWithFeeds.map((p) => `${p}rss.xml`),
    ].sort();
    expect(provincePages).toContain('/dia-phuong/can-tho/');
    expect(documentPagesWithFeeds).toContain('/van-ban/22-nq-tw-2008/');
    expect(feedPaths).toEqual(expected);
  });

  it.each(feedPaths)('%s is well-formed RSS 2.0 in Vietnamese, naming its page and itself', (path) => {
    const { channel, items } = feedOf(path);
    expect(textOf(channel, 'language')).toBe('vi');
    expect(textOf(channel, 'title')).toContain(site.title);
    expect(textOf(channel, 'description')).not.toBe('');
    expect(existsSync(fileOf(localPath(textOf(channel, 'link'))))).toBe(true);
    expect(childrenNamed(channel, 'atom:link').map((l) => l.attributes)).toEqual([
      { href: absolute(path), rel: 'self', type: 'application/rss+xml' },
    ]);
    expect(items.length).toBeGreaterThan(0);
    expect(textOf(channel, 'lastBuildDate')).toBe(textOf(items[0]!, 'pubDate'));
  });

  it.each(feedPaths)('%s describes each article as its page does, dated in Vietnam time', (path) => {
    for (const item of feedOf(path).items) {
      const link = textOf(item, 'link');
      const article = articles.find((a) => absolute(a.url) === link);
      expect(article, link).toBeDefined();
      expect(child(item, 'guid')).toMatchObject({ attributes: { isPermaLink: 'true' }, text: link });
      expect(textOf(item, 'title')).toBe(article!.title);
      expect(textOf(item, 'description')).toBe(article!.description);
      const pubDate = textOf(item, 'pubDate');
      expect(pubDate).toMatch(RFC822_VN);
      expect(Date.parse(pubDate)).toBe(Date.parse(article!.published));
      expect(pubDate.slice(0, 3)).toBe(VN_WEEKDAY.format(new Date(article!.published)));
      const province = provinceById(article!.provinceId)!;
      expect(childrenNamed(item, 'category').map((c) => c.text)).toContain(province.name);
    }
  });

  it('lists the newest articles of the whole site, newest first', () => {
    const links = feedOf('/rss.xml').items.map((i) => textOf(i, 'link'));
    expect(links).toEqual(newestFirst.slice(0, site.feedSize).map((a) => absolute(a.url)));
  });

  it.each(provincePages)('the feed of %s lists what the page lists, predecessors included', (page) => {
    const links = feedOf(`${page}rss.xml`).items.map((i) => localPath(textOf(i, 'link')));
    expect(links).toEqual(listedArticles(page).slice(0, site.feedSize));
    const province = provinceById(page.split('/')[2]!)!;
    const ids = new Set([province.id, ...predecessorsOf(province).map((p) => p.id)]);
    expect(links).toEqual(
      newestFirst
        .filter((a) => ids.has(a.provinceId))
        .map((a) => a.url)
        .slice(0, site.feedSize),
    );
  });

  it('gives Cần Thơ the Hậu Giang articles published before the merger', () => {
    const links = feedOf('/dia-phuong/can-tho/rss.xml').items.map((i) => textOf(i, 'link'));
    expect(links).toContain(absolute('/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/'));
  });

  it.each(documentPagesWithFeeds)('the feed of %s lists the articles citing the document', (page) => {
    const links = feedOf(`${page}rss.xml`).items.map((i) => localPath(textOf(i, 'link')));
    expect(links).toEqual(listedArticles(page).slice(0, site.feedSize));
    for (const link of links) expect(pageAt(link)).toContain(`href="${page}"`);
  });

  it('is announced in the head of every page, and each list page announces its own', () => {
    const feedsOf = (url: string) =>
      headLinks(pageAt(url))
        .filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml')
        .map((l) => l.href);
    for (const url of pageUrls) expect(feedsOf(url)[0], url).toBe('/rss.xml');
    for (const page of [...provincePages, ...documentPagesWithFeeds])
      expect(feedsOf(page)).toEqual(['/rss.xml', `${page}rss.xml`]);
    expect(feedsOf('/')).toEqual(['/rss.xml']);
    const withTitles = headLinks(pageAt('/dia-phuong/hau-giang/')).filter((l) => l.type === 'application/rss+xml');
    expect(withTitles.map((l) => l.title)).toEqual([site.title, `Hậu Giang | ${site.title}`]);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page except the 404 page, and nothing else', () => {
    const index = parseXml(read(join(dist, 'sitemap-index.xml')));
    expect(index.name).toBe('sitemapindex');
    const urls = childrenNamed(index, 'sitemap').flatMap((entry) => {
      const sitemap = parseXml(read(join(dist, localPath(textOf(entry, 'loc')))));
      expect(sitemap.name).toBe('urlset');
      return childrenNamed(sitemap, 'url').map((u) => textOf(u, 'loc'));
    });
    const expected = pageUrls.filter((url) => url !== '/404.html').map(absolute);
    expect(expected.length).toBeGreaterThan(40);
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('lets every crawler in and points them at the sitemap by its full address', () => {
    const robots = read(join(dist, 'robots.txt'));
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/Disallow/);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site.url}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('page metadata', () => {
  it('gives every page one absolute canonical address, its own, and Open Graph and Twitter tags', () => {
    for (const url of pageUrls.filter((u) => u !== '/404.html')) {
      const html = pageAt(url);
      const canonical = headLinks(html)
        .filter((l) => l.rel === 'canonical')
        .map((l) => l.href);
      expect(canonical, url).toEqual([absolute(url)]);
      expect(metaValue(html, 'og:url')).toBe(absolute(url));
      expect(metaValue(html, 'og:site_name')).toBe(site.title);
      expect(metaValue(html, 'og:locale')).toBe('vi_VN');
      expect(metaValue(html, 'og:title')).not.toBe('');
      expect(metaValue(html, 'og:description')).toBe(metaValue(html, 'description'));
      expect(metaValue(html, 'og:image:width')).toBe('1200');
      expect(metaValue(html, 'og:image:height')).toBe('630');
      expect(metaValue(html, 'og:image:alt')).not.toBe('');
      expect(metaValue(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaValue(html, 'twitter:image')).toBe(metaValue(html, 'og:image'));
    }
  });

  it('marks non-article pages as a website sharing the default card', () => {
    for (const url of pageUrls.filter((u) => !articleUrls.includes(u))) {
      const html = pageAt(url);
      expect(metaValue(html, 'og:type'), url).toBe('website');
      expect(metaValue(html, 'og:image'), url).toBe(absolute(socialCardUrl()));
      expect(
        [...metaTags(html).keys()].filter((k) => k.startsWith('article:')),
        url,
      ).toEqual([]);
    }
  });

  it('marks article pages as articles with their own card, Vietnam-time dates, province and topics', () => {
    for (const article of articles) {
      const { html, url } = article;
      expect(metaValue(html, 'og:type'), url).toBe('article');
      expect(metaValue(html, 'og:image'), url).toBe(absolute(socialCardUrl(slugOf(url))));
      expect(metaValue(html, 'article:published_time')).toBe(article.published);
      expect(metaValue(html, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(metaValue(html, 'article:modified_time')).toMatch(/\+07:00$/);
      expect(metaValue(html, 'article:section')).toBe(provinceById(article.provinceId)!.name);
      const topics = [...html.matchAll(/<a href="\/chu-de\/[^"]+\/">([^<]+)<\/a>/g)].map((m) => decodeAttribute(m[1]!));
      expect(metaTags(html).get('article:tag')).toEqual(expect.arrayContaining(topics));
    }
  });

  it('keeps the 404 page out of indexes without claiming an address', () => {
    const html = pageAt('/404.html');
    expect(headLinks(html).filter((l) => l.rel === 'canonical')).toEqual([]);
    expect(metaValue(html, 'robots')).toBe('noindex');
  });
});

describe('NewsArticle JSON-LD', () => {
  it.each(articleUrls)('%s has exactly one NewsArticle, matching the page', async (url) => {
    const article = articles.find((a) => a.url === url)!;
    const blocks = newsArticleOf(article.html);
    expect(blocks).toHaveLength(1);
    const ld = blocks[0]!;
    expect(ld['@context']).toBe('https://schema.org');
    expect([...ld.headline].length).toBeLessThanOrEqual(110);
    if ([...article.title].length <= 110) expect(ld.headline).toBe(article.title);
    else expect(article.title.startsWith(ld.headline.slice(0, -1))).toBe(true);
    expect(ld.description).toBe(article.description);
    expect(ld.url).toBe(absolute(url));
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': absolute(url) });
    expect(ld.inLanguage).toBe('vi');
    expect(ld.datePublished).toBe(article.published);
    expect(ld.dateModified).toBe(metaValue(article.html, 'article:modified_time'));
    expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
    expect(ld.image[0]).toBe(metaValue(article.html, 'og:image'));
    expect(ld.author.length).toBeGreaterThan(0);
    for (const author of ld.author) {
      expect(['Person', 'Organization']).toContain(author['@type']);
      expect(author.name).not.toBe('');
    }
    expect(ld.contentLocation).toMatchObject({ '@type': 'Place', containedInPlace: { name: 'Việt Nam' } });
    expect(ld.contentLocation.name).toContain(provinceById(article.provinceId)!.name);

    const cited = /aria-labelledby="van-ban-trich-dan".*?<\/section>/s.exec(article.html)?.[0] ?? '';
    const citedLinks = [...cited.matchAll(/<a href="(\/van-ban\/[^"]+\/)">([^<]+)<\/a>/g)];
    expect((ld.about ?? []).map((d) => d.url)).toEqual(citedLinks.map((m) => absolute(m[1]!)));
    for (const doc of ld.about ?? []) {
      expect(doc['@type']).toBe('Legislation');
      expect(existsSync(fileOf(localPath(doc.url)))).toBe(true);
      const label = decodeAttribute(citedLinks.find((m) => absolute(m[1]!) === doc.url)![2]!);
      expect(doc.name.startsWith(label)).toBe(true);
      if (doc.legislationIdentifier) expect(label).toContain(doc.legislationIdentifier);
    }

    const { publisher } = ld;
    expect(publisher).toMatchObject({ '@type': 'Organization', name: site.title, url: absolute('/') });
    const logo = await sharp(join(dist, localPath(publisher.logo.url))).metadata();
    expect([logo.width, logo.height]).toEqual([publisher.logo.width, publisher.logo.height]);
    expect(logo.width).toBe(logo.height);
    expect(logo.width).toBeGreaterThanOrEqual(112);
  });

  it('cites the documents of the Hậu Giang article by number, with their pages', () => {
    const html = pageAt('/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/');
    const ld = newsArticleOf(html)[0]!;
    expect(ld.about).toContainEqual(
      expect.objectContaining({
        legislationIdentifier: '22-NQ/TW',
        url: absolute('/van-ban/22-nq-tw-2008/'),
        legislationDate: '2008-02-02',
      }),
    );
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Tạp chí Xây dựng Đảng' }]);
    expect(ld.contentLocation.name).toBe('tỉnh Hậu Giang');
  });
});
