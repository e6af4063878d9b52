import { describe, expect, it } from 'vitest';
import {
  bylineNames,
  headline,
  MAX_HEADLINE,
  newsArticleLd,
  type NewsArticleInput,
} from '../../../src/lib/publishing/news-article-ld.ts';
import { jsonLd } from '../../../src/lib/publishing/json-ld.ts';
import { parseVnDateTime } from '../../../src/lib/dates/vn-date.ts';

function vn(raw: string): Date {
  const parsed = parseVnDateTime(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.date;
}

const input: NewsArticleInput = {
  url: 'https://example.vn/bai-viet/chi-dao/',
  title: 'Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ',
  description: 'Thời gian qua, nhờ Huyện ủy Vị Thủy quan tâm…',
  published: vn('2021-12-06T08:09'),
  byline: 'Bài, ảnh: TRƯỜNG SƠN',
  source: { name: 'Báo Hậu Giang', url: 'https://baohaugiang.com.vn/xay-dung-dang/chi-dao-123.html' },
  images: ['https://example.vn/anh-chia-se/chi-dao.png', 'https://example.vn/_astro/anh-bia.jpg'],
  place: 'tỉnh Hậu Giang',
  documents: [
    {
      name: 'Nghị quyết 22-NQ/TW: Về nâng cao năng lực lãnh đạo…',
      identifier: '22-NQ/TW',
      url: 'https://example.vn/van-ban/22-nq-tw-2008/',
      date: '2008-02-02',
    },
    {
      name: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
      url: 'https://example.vn/van-ban/nq-dai-hoi-xiii-2021/',
    },
  ],
  publisher: {
    name: 'Sổ tay Xây dựng Đảng',
    url: 'https://example.vn/',
    logo: { url: 'https://example.vn/logo.png', width: 512, height: 512 },
  },
};

describe('headline', () => {
  it('keeps a title that fits', () => {
    expect(headline('  Chỉ đạo   tổ chức cơ sở đảng ')).toBe('Chỉ đạo tổ chức cơ sở đảng');
  });

  it('cuts a long title between words, within 110 characters, with an ellipsis', () => {
    const title =
      'Đảng bộ tỉnh Hậu Giang nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên trong giai đoạn mới';
    const cut = headline(title);
    expect([...cut].length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(cut).toBe(
      'Đảng bộ tỉnh Hậu Giang nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ…',
    );
    // A word running over the limit is left out whole.
    expect(headline(`${title.slice(0, 105)}abcdefgh tiếp`)).toBe(`${title.slice(0, 101)}…`);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('cuts inside a word only when there is no space to cut at', () => {
    expect(headline('x'.repeat(200))).toBe(`${'x'.repeat(109)}…`);
  });
});

describe('bylineNames', () => {
  it.each([
    ['Bài, ảnh: TRƯỜNG SƠN', ['Trường Sơn']],
    ['Trần Thanh', ['Trần Thanh']],
    ['Bài và ảnh: NGUYỄN VĂN AN, LÊ THỊ ĐÀO', ['Nguyễn Văn An', 'Lê Thị Đào']],
    ['Minh Anh - Thu Hà', ['Minh Anh', 'Thu Hà']],
    ['Hoàng Long và Mai Lan', ['Hoàng Long', 'Mai Lan']],
    ['PV', []],
    ['Nhóm phóng viên', []],
  ])('reads %s as %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });
});

describe('newsArticleLd', () => {
  const ld = newsArticleLd(input);

  it('is a NewsArticle in Vietnamese about its own page, dated in Vietnam time', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.title,
      description: input.description,
      url: input.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
      inLanguage: 'vi',
      datePublished: '2021-12-06T08:09:00+07:00',
      dateModified: '2021-12-06T08:09:00+07:00',
      image: input.images,
      isBasedOn: input.source!.url,
    });
    expect(newsArticleLd({ ...input, modified: vn('2021-12-07T10:00') }).dateModified).toBe(
      '2021-12-07T10:00:00+07:00',
    );
  });

  it('credits the people of the byline, else the source, else the site', () => {
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Trường Sơn' }]);
    expect(newsArticleLd({ ...input, byline: 'PV' }).author).toEqual([
      { '@type': 'Organization', name: 'Báo Hậu Giang', url: 'https://baohaugiang.com.vn' },
    ]);
    expect(newsArticleLd({ ...input, byline: undefined, source: { name: 'Tạp chí Xây dựng Đảng' } }).author).toEqual([
      { '@type': 'Organization', name: 'Tạp chí Xây dựng Đảng' },
    ]);
    expect(newsArticleLd({ ...input, byline: undefined, source: undefined }).author).toEqual([ld.publisher]);
  });

  it('names the site as publisher with its logo', () => {
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: 'Sổ tay Xây dựng Đảng',
      url: 'https://example.vn/',
      logo: { '@type': 'ImageObject', url: 'https://example.vn/logo.png', width: 512, height: 512 },
    });
  });

  it('is about the cited documents as Legislation, numbered when they have a number', () => {
    expect(ld.about).toEqual([
      {
        '@type': 'Legislation',
        name: 'Nghị quyết 22-NQ/TW: Về nâng cao năng lực lãnh đạo…',
        legislationIdentifier: '22-NQ/TW',
        legislationDate: '2008-02-02',
        url: 'https://example.vn/van-ban/22-nq-tw-2008/',
      },
      {
        '@type': 'Legislation',
        name: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
        url: 'https://example.vn/van-ban/nq-dai-hoi-xiii-2021/',
      },
    ]);
    expect(newsArticleLd({ ...input, documents: [] })).not.toHaveProperty('about');
  });

  it('places the article in its province, in Việt Nam', () => {
    expect(ld.contentLocation).toEqual({
      '@type': 'Place',
      name: 'tỉnh Hậu Giang',
      containedInPlace: { '@type': 'Country', name: 'Việt Nam' },
    });
  });

  it('claims no original when the source has no address', () => {
    expect(newsArticleLd({ ...input, source: { name: 'Báo Hậu Giang' } })).not.toHaveProperty('isBasedOn');
  });

  it('survives serialisation into a script element even with markup in the title', () => {
    const hostile = newsArticleLd({ ...input, title: 'A </script><script>alert(1)</script> & "b"' });
    const text = jsonLd(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
