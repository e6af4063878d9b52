import { describe, expect, it } from 'vitest';
import { pageHead, type MetaTag } from '../../../src/lib/publishing/page-meta.ts';
import { parseVnDateTime } from '../../../src/lib/dates/vn-date.ts';

function vn(raw: string): Date {
  const parsed = parseVnDateTime(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.date;
}

const base = { siteName: 'Sổ tay Xây dựng Đảng', siteUrl: 'https://example.vn', description: 'Mô tả trang.' };
const values = (tags: MetaTag[], key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
const attributeOf = (tags: MetaTag[], key: string) => tags.find((t) => t.key === key)?.attribute;

describe('pageHead', () => {
  it('describes an ordinary page as a website with the default social card', () => {
    const head = pageHead({ ...base, path: '/dia-phuong/hau-giang/', title: 'Hậu Giang' });
    expect(head.title).toBe('Hậu Giang | Sổ tay Xây dựng Đảng');
    expect(head.canonical).toBe('https://example.vn/dia-phuong/hau-giang/');
    expect(values(head.tags, 'description')).toEqual(['Mô tả trang.']);
    expect(values(head.tags, 'og:type')).toEqual(['website']);
    expect(values(head.tags, 'og:title')).toEqual(['Hậu Giang']);
    expect(values(head.tags, 'og:url')).toEqual(['https://example.vn/dia-phuong/hau-giang/']);
    expect(values(head.tags, 'og:site_name')).toEqual(['Sổ tay Xây dựng Đảng']);
    expect(values(head.tags, 'og:locale')).toEqual(['vi_VN']);
    expect(values(head.tags, 'og:image')).toEqual(['https://example.vn/anh-chia-se/mac-dinh.png']);
    expect(values(head.tags, 'og:image:width')).toEqual(['1200']);
    expect(values(head.tags, 'og:image:height')).toEqual(['630']);
    expect(values(head.tags, 'og:image:alt')).toEqual(['Sổ tay Xây dựng Đảng']);
    expect(values(head.tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(values(head.tags, 'twitter:image')).toEqual(['https://example.vn/anh-chia-se/mac-dinh.png']);
    expect(head.tags.filter((t) => t.key.startsWith('article:'))).toEqual([]);
  });

  it('uses property for Open Graph and name for the rest', () => {
    const { tags } = pageHead({ ...base, path: '/' });
    expect(attributeOf(tags, 'og:title')).toBe('property');
    expect(attributeOf(tags, 'description')).toBe('name');
    expect(attributeOf(tags, 'twitter:card')).toBe('name');
  });

  it('titles the home page with the site name alone', () => {
    const head = pageHead({ ...base, path: '/' });
    expect(head.title).toBe('Sổ tay Xây dựng Đảng');
    expect(values(head.tags, 'og:title')).toEqual(['Sổ tay Xây dựng Đảng']);
    expect(head.canonical).toBe('https://example.vn/');
  });

  it('describes an article with its own card, Vietnam-time dates, section and one tag per topic or document', () => {
    const { tags } = pageHead({
      ...base,
      path: '/bai-viet/chi-dao/',
      title: 'Chỉ đạo tổ chức cơ sở đảng',
      article: {
        slug: 'chi-dao',
        published: vn('2021-12-06T08:09'),
        modified: vn('2021-12-07'),
        section: 'Hậu Giang',
        tags: ['Tổ chức cơ sở đảng', 'Nghị quyết 22-NQ/TW'],
      },
    });
    expect(values(tags, 'og:type')).toEqual(['article']);
    expect(values(tags, 'og:image')).toEqual(['https://example.vn/anh-chia-se/chi-dao.png']);
    expect(values(tags, 'og:image:alt')).toEqual(['Chỉ đạo tổ chức cơ sở đảng | Sổ tay Xây dựng Đảng']);
    expect(values(tags, 'article:published_time')).toEqual(['2021-12-06T08:09:00+07:00']);
    expect(values(tags, 'article:modified_time')).toEqual(['2021-12-07T00:00:00+07:00']);
    expect(values(tags, 'article:section')).toEqual(['Hậu Giang']);
    expect(values(tags, 'article:tag')).toEqual(['Tổ chức cơ sở đảng', 'Nghị quyết 22-NQ/TW']);
  });

  it('gives the 404 page, served at any missing address, no address of its own and keeps it out of indexes', () => {
    const head = pageHead({ ...base, path: '/404/', title: 'Không tìm thấy trang', notFound: true });
    expect(head.canonical).toBeUndefined();
    expect(values(head.tags, 'og:url')).toEqual([]);
    expect(values(head.tags, 'robots')).toEqual(['noindex']);
    expect(values(pageHead({ ...base, path: '/' }).tags, 'robots')).toEqual([]);
  });

  it('links the site feed from every page and the page feed after it', () => {
    expect(pageHead({ ...base, path: '/' }).feeds).toEqual([{ title: 'Sổ tay Xây dựng Đảng', href: '/rss.xml' }]);
    const feed = { title: 'Hậu Giang | Sổ tay Xây dựng Đảng', href: '/dia-phuong/hau-giang/rss.xml' };
    expect(pageHead({ ...base, path: '/dia-phuong/hau-giang/', feed }).feeds).toEqual([
      { title: 'Sổ tay Xây dựng Đảng', href: '/rss.xml' },
      feed,
    ]);
  });
});
