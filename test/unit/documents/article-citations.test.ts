import { describe, expect, it } from 'vitest';
import {
  articleCitations,
  unlistedCitationsText,
  unregisteredDocumentText,
} from '../../../src/lib/documents/article-citations.ts';
import { parseDocumentNumber, type DocumentNumber } from '../../../src/lib/documents/document-number.ts';
import { vnInstant } from '../../../src/lib/dates/vn-date.ts';

const numbers = (...written: string[]): DocumentNumber[] => written.map((w) => parseDocumentNumber(w)!);
const context = { date: vnInstant(2024, 5, 20), provinceId: 'hau-giang' };

describe('articleCitations', () => {
  it('resolves every resolutions entry in order, repeats kept in listed and dropped in documents', () => {
    const c = articleCitations(numbers('22-NQ/TW', '29-CT/TU', '22-NQ/TW'), '', context);
    expect(c.listed.map((d) => d.key)).toEqual(['22-nq-tw-2008', '29-ct-tu-hau-giang-2013', '22-nq-tw-2008']);
    expect(c.documents.map((d) => d.key)).toEqual(['22-nq-tw-2008', '29-ct-tu-hau-giang-2013']);
  });

  it('finds body citations missing from resolutions, once each, at their first mention', () => {
    const body = 'Theo Nghị quyết 22-NQ/TW và Chỉ thị 05-CT/TW.\nLại nhắc Chỉ thị 5-CT/TW và Kết luận 21-KL/TW.';
    const c = articleCitations(numbers('22-NQ/TW'), body, context);
    expect(c.unlisted.map((u) => [u.document.key, u.offset])).toEqual([
      ['05-ct-tw-2016', body.indexOf('Chỉ thị 05')],
      ['21-kl-tw-2021', body.indexOf('Kết luận 21')],
    ]);
    expect(c.mentionedNumbers.map((n) => n.canonical)).toEqual(['22-NQ/TW', '05-CT/TW', '05-CT/TW', '21-KL/TW']);
  });

  it('leaves out a local congress named without its unit', () => {
    const c = articleCitations(
      [],
      'Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.',
      context,
    );
    expect(c.mentionedNumbers).toEqual([]);
    expect(c.unlisted).toEqual([]);
  });

  it('words the build warnings', () => {
    const c = articleCitations(numbers('99-NQ/TW'), 'Chỉ thị 05-CT/TW', context);
    expect(unregisteredDocumentText(c.listed[0]!)).toBe(
      '99-NQ/TW chưa có trong content/documents.json (trang /van-ban/99-nq-tw/ dùng số hiệu làm tiêu đề)',
    );
    expect(unlistedCitationsText(c.unlisted.map((u) => u.document))).toBe(
      'thân bài nhắc Chỉ thị 05-CT/TW nhưng trường resolutions chưa có',
    );
  });
});
