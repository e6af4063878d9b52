import { describe, expect, it } from 'vitest';
import type { Scrape } from '../../../../src/lib/import/scrape.ts';
import {
  preferPageAuthor,
  preferPageDate,
  preferPageSource,
  preferPageStructure,
} from '../../../../src/lib/import/html/prefer-page.ts';

const scrape = (fields: Partial<Scrape> = {}): Scrape => ({
  title: 'Tiêu đề',
  titleFrom: 'first-line',
  furnitureAboveTitle: 0,
  blocks: [],
  dropped: [],
  ...fields,
});
const PRINTED = {
  printed: 'Thứ Ba, 21/05/2024 | 06:30',
  parsed: { year: 2024, month: 5, day: 21, hour: 6, minute: 30 },
};
const META = { value: '2024-05-20T16:45', basis: 'siêu dữ liệu của trang (article:published_time)' };

describe('preferPageStructure', () => {
  it('takes the headline and the block kinds the markup gives', () => {
    const revised = preferPageStructure(
      scrape({
        title: 'Dòng khác',
        blocks: [
          { kind: 'caption', text: 'Câu văn ngắn in trong thẻ p.' },
          { kind: 'heading', text: 'Chú thích ảnh' },
          { kind: 'caption', text: 'Tiêu đề phụ' },
        ],
      }),
      {
        title: { value: 'Tiêu đề thật', basis: 'cấu trúc trang (<h1>)' },
        paragraphs: ['Câu văn ngắn in trong thẻ p.'],
        captions: ['Chú thích ảnh'],
        headings: ['Tiêu đề phụ'],
      },
    );
    expect(revised.title).toBe('Tiêu đề thật');
    expect(revised.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'heading']);
  });
});

describe('preferPageDate', () => {
  it('keeps the declared date and reports a printed date line that disagrees', () => {
    const outcome = preferPageDate(
      { ok: true, date: { value: '2024-05-21T06:30', basis: 'dòng ngày' } },
      scrape({ dateLine: PRINTED }),
      { date: META },
    );
    expect(outcome.ok && outcome.date.value).toBe('2024-05-20T16:45');
    expect(outcome.ok && outcome.date.review).toEqual([
      expect.stringContaining(
        'nhưng dòng ngày in trên trang “Thứ Ba, 21/05/2024 | 06:30” ghi 21/05/2024 06:30',
      ) as string,
    ]);
  });

  it('says nothing when they agree, and dates a page the text could not date', () => {
    const agreeing = preferPageDate({ ok: false, reason: 'không có ngày' }, scrape({ dateLine: PRINTED }), {
      date: { ...META, value: '2024-05-21T06:30' },
    });
    expect(agreeing).toEqual({ ok: true, date: { value: '2024-05-21T06:30', basis: META.basis } });
    expect(preferPageDate({ ok: false, reason: 'x' }, scrape(), {})).toEqual({ ok: false, reason: 'x' });
  });
});

describe('preferPageAuthor', () => {
  it('prefers the page’s author and reports a different printed byline', () => {
    const author = { value: 'Minh Châu', basis: 'siêu dữ liệu của trang (JSON-LD author)' };
    expect(preferPageAuthor(scrape({ byline: 'MINH CHÂU' }), { author })).toEqual({ author, review: [] });
    const other = preferPageAuthor(scrape({ byline: 'Lê Hà' }), { author });
    expect(other.author).toEqual(author);
    expect(other.review[0]).toContain('dòng ký tên trên trang là “Lê Hà”');
    expect(preferPageAuthor(scrape({ byline: 'Lê Hà' }), undefined).author?.value).toBe('Lê Hà');
  });
});

interface Source {
  name?: string;
  url?: string;
  basis: string;
  review: string[];
}

describe('preferPageSource', () => {
  const none: Source = { basis: 'không có dấu nguồn', review: ['Không xác định được nguồn: thêm source.'] };

  it('names a publisher the page names itself, as the registry does on the article’s date', () => {
    const source = preferPageSource(
      none,
      { publisher: { value: 'Báo Gia Lai điện tử', basis: 'siêu dữ liệu của trang (og:site_name)' } },
      true,
      '2024-09-12',
    );
    expect(source).toEqual({
      name: 'Báo Gia Lai',
      basis: 'siêu dữ liệu của trang (og:site_name), theo danh mục báo',
      review: [],
    });
  });

  it('keeps an unknown site name for review, and says where the address came from', () => {
    const source = preferPageSource<Source>(
      { url: 'https://a.vn/b', basis: 'địa chỉ https://a.vn/b (tùy chọn --url)', review: [] },
      {
        url: { value: 'https://a.vn/b', basis: 'siêu dữ liệu của trang (og:url)' },
        publisher: { value: 'Trang A', basis: 'siêu dữ liệu của trang (og:site_name)' },
      },
      true,
    );
    expect(source.name).toBe('Trang A');
    expect(source.review[0]).toContain('chưa có trong content/publishers.json');
    const addressed = preferPageSource(
      { name: 'Báo X', url: 'https://a.vn/b', basis: 'địa chỉ https://a.vn/b (tùy chọn --url)', review: [] },
      { url: { value: 'https://a.vn/b', basis: 'siêu dữ liệu của trang (og:url)' } },
      true,
    );
    expect(addressed.basis).toBe('địa chỉ https://a.vn/b (siêu dữ liệu của trang (og:url))');
  });
});
