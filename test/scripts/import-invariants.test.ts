import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../src/lib/import/import-article.ts';
import {
  changedWording,
  dateOutOfRange,
  provinceOnlyInNames,
  violations,
} from '../../scripts/lib/import-invariants.ts';

const today = { year: 2026, month: 12, day: 3 };

function article(markdownBody: string, front: Partial<ImportedArticle['frontmatter']> = {}): ImportedArticle {
  const frontmatter: ImportedArticle['frontmatter'] = {
    title: 'Huyện ủy Chư Prông sơ kết công tác xây dựng Đảng',
    date: '2020-09-16T17:02',
    locality: { province: 'Gia Lai' },
    resolutions: [],
    topics: [],
    ...front,
  };
  return {
    slug: 'x',
    markdown: `---\ntitle: x\n---\n${markdownBody}`,
    frontmatter,
    inferred: [{ field: 'Tỉnh/thành phố', value: frontmatter.locality.province, basis: 'huyện Chư Prông' }],
    review: [],
  };
}

const PAGE = [
  'Huyện ủy Chư Prông sơ kết công tác xây dựng Đảng',
  'Sáng 16/9, Huyện ủy Chư Prông (tỉnh Gia Lai) tổ chức hội nghị sơ kết.',
  'Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, chi bộ các xã đã sinh hoạt đều đặn.',
].join('\n');

describe('changedWording', () => {
  it('accepts the page text with Markdown syntax, escapes and other line breaks', () => {
    const body = '## Sơ kết\n\nThực hiện lời dạy của Chủ tịch Hồ Chí Minh, chi bộ các xã\nđã sinh hoạt đều đặn\\.';
    expect(changedWording(`${PAGE}\nSơ kết`, article(body))).toEqual([]);
  });

  it('treats zero-width and no-break spaces as the spaces they stand for', () => {
    expect(changedWording(PAGE.replace('đã sinh', 'đã\u200b sinh'), article(''))).toEqual([]);
  });

  it('names a line whose words differ from the page', () => {
    const body = 'Thực hiện lời dạy của Bác, chi bộ các xã đã sinh hoạt đều đặn.';
    expect(changedWording(PAGE, article(body))).toEqual([body]);
  });
});

describe('dateOutOfRange', () => {
  it('allows 1945 to today, in Vietnam-time calendar days', () => {
    expect(dateOutOfRange('1945-09-02', today)).toBe(false);
    expect(dateOutOfRange('2026-12-03T23:59', today)).toBe(false);
    expect(dateOutOfRange('1944-12-31', today)).toBe(true);
    expect(dateOutOfRange('2026-12-04', today)).toBe(true);
  });
});

describe('provinceOnlyInNames', () => {
  it('flags a province named only inside a person, an ocean or a company', () => {
    expect(provinceOnlyInNames('Đồng chí Trương Hòa Bình phát biểu.', 'Hòa Bình')).toBe(true);
    expect(provinceOnlyInNames('Tàu ra khơi trên Thái Bình Dương.', 'Thái Bình')).toBe(true);
    expect(provinceOnlyInNames('Theo lời Chủ tịch Hồ Chí Minh, cán bộ phải gần dân.', 'Hồ Chí Minh')).toBe(true);
    expect(provinceOnlyInNames('Cổ phiếu CTCP Đường Quảng Ngãi tăng.', 'Quảng Ngãi')).toBe(true);
  });

  it('accepts a province named as a place at least once', () => {
    expect(provinceOnlyInNames(PAGE, 'Gia Lai')).toBe(false);
    expect(provinceOnlyInNames('Tỉnh ủy Thái Bình họp. Trên Thái Bình Dương có bão.', 'Thái Bình')).toBe(false);
    expect(provinceOnlyInNames('Báo Gia Lai đưa tin.', 'Gia Lai')).toBe(false);
    expect(provinceOnlyInNames('Tại Q.Hoàng Mai, Hà Nội có mưa.', 'Hà Nội')).toBe(false);
    expect(provinceOnlyInNames('Ông Nguyễn Văn A (Hà Nội) cho biết.', 'Hà Nội')).toBe(false);
    expect(provinceOnlyInNames('Hai cô giáo ở Hà Nội\nTối 5-2, phòng giáo dục họp.', 'Hà Nội')).toBe(false);
    expect(provinceOnlyInNames('Họp tại UBND TP.Hà Nội sáng nay.', 'Hà Nội')).toBe(false);
    expect(provinceOnlyInNames('UBND tỉnh Bà Rịa-Vũng Tàu tổ chức ngày hội.', 'Bà Rịa - Vũng Tàu')).toBe(false);
    expect(provinceOnlyInNames('Sở GD&ĐT Hà Tĩnh khen thưởng.', 'Hà Tĩnh')).toBe(false);
    expect(provinceOnlyInNames('Theo Tuấn Ngọc/Báo Lào Cai', 'Lào Cai')).toBe(false);
    expect(provinceOnlyInNames('Lăng Chủ tịch Hồ Chí Minh đón khách; kẹt xe ở TP.HCM.', 'Hồ Chí Minh')).toBe(false);
    expect(provinceOnlyInNames('Đoàn công tác đến Hòa Bình, làm việc với huyện.', 'Hòa Bình')).toBe(false);
  });

  it('says nothing of a province the text does not name (it came from a district or the publisher)', () => {
    expect(provinceOnlyInNames('Huyện ủy Chư Prông họp.', 'Gia Lai')).toBe(false);
  });
});

describe('violations', () => {
  it('lists each broken invariant of one imported article', () => {
    const wrong = article('Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, chi bộ các xã đã sinh hoạt đều đặn.', {
      date: '2030-01-01',
      locality: { province: 'Hồ Chí Minh' },
    });
    expect(violations(PAGE.replace('(tỉnh Gia Lai) ', ''), wrong, today)).toEqual(['date', 'province']);
    expect(violations(PAGE, article(''), today)).toEqual([]);
  });
});
