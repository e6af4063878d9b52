import { describe, expect, it } from 'vitest';
import { article, findings, lintFixture } from '../../helpers/lint.ts';

describe('NFC findings', () => {
  const nfd = article(
    { title: '"Đảng bộ Hậu Giang"'.normalize('NFD') },
    'Dòng một.\n\nHội nghị ở Hậu Giang.'.normalize('NFD'),
  );

  it('warns once per file, at the first line that is not NFC', () => {
    const result = lintFixture({ files: { 'bai.md': nfd } });
    expect(findings(result)).toEqual([
      '2 [title] warning: chữ có dấu không ở dạng chuẩn NFC (3 dòng, từ dòng 2), thường do dán từ Word hoặc máy Mac; tìm kiếm sẽ không khớp: chạy npm run check -- --fix',
    ]);
    expect(result.rewrites.size).toBe(0);
  });

  it('rewrites the file in NFC with --fix, and says so', () => {
    const result = lintFixture({ files: { 'bai.md': nfd }, fix: true });
    expect(findings(result)).toEqual(['2 [title] fixed: đã chuyển chữ sang dạng chuẩn NFC (3 dòng, từ dòng 2)']);
    expect(result.rewrites.get('bai.md')).toBe(nfd.normalize('NFC'));
  });
});

describe('province spelling findings', () => {
  it('flags a tone mark placed otherwise than in the registry, in frontmatter and body', () => {
    const text = article(
      { title: '"Thanh Hoá đổi mới"', locality: '\n  province: Thanh Hoá' },
      'Tỉnh Khánh Hoà và THANH HOÁ.\n\nThanh Hóa, Hòa Bình và Thanh Hoá.',
    );
    expect(findings(lintFixture({ files: { 'bai.md': text } }))).toEqual([
      '2 [title] warning: "Thanh Hoá" đặt dấu thanh khác danh mục địa phương: viết "Thanh Hóa"',
      '5 [locality] warning: "Thanh Hoá" đặt dấu thanh khác danh mục địa phương: viết "Thanh Hóa"',
      '8 [thân bài] warning: "Khánh Hoà" đặt dấu thanh khác danh mục địa phương: viết "Khánh Hòa"',
      '8 [thân bài] warning: "THANH HOÁ" đặt dấu thanh khác danh mục địa phương: viết "THANH HÓA"',
      '10 [thân bài] warning: "Thanh Hoá" đặt dấu thanh khác danh mục địa phương: viết "Thanh Hóa"',
    ]);
  });

  it('leaves common words and the registry spellings alone', () => {
    const body = 'Giữ vững hoà bình, hòa bình. Tỉnh Hòa Bình, Thanh Hóa, Khánh Hòa, Bà Rịa - Vũng Tàu.';
    expect(findings(lintFixture({ files: { 'bai.md': article({}, body) } }))).toEqual([]);
  });
});
