import { describe, expect, it } from 'vitest';
import { article, findings, lintFixture } from '../../helpers/lint.ts';

const files = (body: string, others: Record<string, string> = {}) => ({
  'bai.md': article({}, body),
  'Lào Cai hội thảo.md': article(),
  'ban-nhap/index.md': article({ draft: 'true' }),
  ...others,
});
const linkFindings = (body: string, others: Record<string, string> = {}) =>
  findings(lintFixture({ files: files(body, others) }), 'bai.md');

describe('link findings', () => {
  it('accepts links to articles in every form, and ignores other addresses', () => {
    const body = [
      '[a](/bai-viet/lao-cai-hoi-thao/) [b](../lao-cai-hoi-thao/#doan-2) [c](https://sotayxaydungdang.vn/bai-viet/lao-cai-hoi-thao/)',
      '[d](https://example.com/bai-viet/khong-co/) [e](/van-ban/22-nq-tw-2008/) [f](./) <https://sotayxaydungdang.vn/>',
    ].join('\n');
    expect(linkFindings(body)).toEqual([]);
  });

  it('reports links to articles that do not exist, in every form, on their lines', () => {
    const body = [
      'Mở đầu.',
      '',
      '[a](/bai-viet/khong-co/) và [b](../cung-khong-co/)',
      '',
      '[c]: https://sotayxaydungdang.vn/bai-viet/mat-tich',
    ].join('\n');
    const hint = 'sửa đường dẫn theo tên tệp của bài trong content/articles (không dấu, nối bằng dấu -)';
    expect(linkFindings(body)).toEqual([
      `9 [thân bài] error: không có bài nào ở /bai-viet/khong-co/: ${hint}`,
      `9 [thân bài] error: không có bài nào ở /bai-viet/cung-khong-co/: ${hint}`,
      `11 [thân bài] error: không có bài nào ở /bai-viet/mat-tich/: ${hint}`,
    ]);
  });

  it('suggests the folded address when the link kept the diacritics', () => {
    expect(
      linkFindings('[a](/bai-viet/lào-cai-hội-thảo/) [b](/bai-viet/l%C3%A0o-cai-h%E1%BB%99i-th%E1%BA%A3o/)'),
    ).toEqual([
      '7 [thân bài] error: không có bài nào ở /bai-viet/lào-cai-hội-thảo/: viết /bai-viet/lao-cai-hoi-thao/',
      '7 [thân bài] error: không có bài nào ở /bai-viet/lào-cai-hội-thảo/: viết /bai-viet/lao-cai-hoi-thao/',
    ]);
  });

  it('refuses a link from a published article to a draft, but not between drafts', () => {
    expect(linkFindings('[a](/bai-viet/ban-nhap/)')).toEqual([
      '7 [thân bài] error: bài /bai-viet/ban-nhap/ còn là bản nháp (draft: true) nên chưa có trang khi đăng: đăng bài đó trước, hoặc bỏ liên kết',
    ]);
    const draftToDraft = {
      'bai.md': article({ draft: 'true' }, '[a](/bai-viet/ban-nhap/)'),
      'ban-nhap/index.md': article({ draft: 'true' }),
    };
    expect(findings(lintFixture({ files: draftToDraft }))).toEqual([]);
  });

  it('knows the articles outside the files being checked', () => {
    const result = lintFixture({
      files: files('[a](/bai-viet/lao-cai-hoi-thao/) [b](/bai-viet/khong-co/)'),
      selected: ['bai.md'],
    });
    expect(findings(result).map((f) => f.replace(/:.*/, ''))).toEqual(['7 [thân bài] error']);
    expect(result.articleCount).toBe(1);
  });
});
