import { describe, expect, it } from 'vitest';
import { article, findings, lintFixture } from '../../helpers/lint.ts';

const lintOne = (text: string, extra: Record<string, string> = {}) =>
  findings(lintFixture({ files: { 'bai.md': text, ...extra } }), 'bai.md');

describe('schema findings: the site schema, with the line of each field', () => {
  it('accepts a valid article', () => {
    expect(lintOne(article({ resolutions: '[22-NQ/TW]' }))).toEqual([]);
  });

  it.each([
    ['a missing title', { title: null }, '1 [title] error: bắt buộc phải có (chuỗi ký tự)'],
    ['an empty title', { title: '"  "' }, '2 [title] error: không được để trống'],
    [
      'an impossible unquoted date',
      { date: '2024-02-30' },
      '3 [date] error: ngày 30/2/2024 không tồn tại (ngày "2024-02-30")',
    ],
    [
      'an impossible quoted date',
      { date: '"2024-13-45"' },
      '3 [date] error: tháng 13 không tồn tại (ngày "2024-13-45")',
    ],
    ['a malformed date', { date: 'hôm qua' }, /^3 \[date\] error: "hôm qua" không đúng dạng YYYY-MM-DD/],
    [
      'an unknown province',
      { locality: 'Tỉnh Xứ Lạ' },
      /^4 \[locality\.province\] error: không có tỉnh\/thành phố "Tỉnh Xứ Lạ"/,
    ],
    [
      'a misspelt field',
      { titel: '"x"' },
      '5 [titel] error: trường không được hỗ trợ: titel (kiểm tra chính tả tên trường)',
    ],
    [
      'an updated date before the date',
      { updated: '2024-05-19' },
      '5 [updated] error: ngày cập nhật không được trước ngày đăng (date)',
    ],
    [
      'a source address that is not one',
      { source: '{ name: Báo Hậu Giang, url: baohaugiang } ' },
      /^5 \[source\.url\] error: phải là địa chỉ web đầy đủ/,
    ],
  ])('reports %s', (_, fields, expected) => {
    const [only, ...rest] = lintOne(article(fields));
    expect(rest).toEqual([]);
    if (typeof expected === 'string') expect(only).toBe(expected);
    else expect(only).toMatch(expected);
  });

  it('reports a document number that does not parse on its list item', () => {
    expect(lintOne(article({ resolutions: '\n  - 22-NQ/TW\n  - Nghị quyết hai mươi hai' }))).toEqual([
      '7 [resolutions] error: không đọc được số hiệu văn bản "Nghị quyết hai mươi hai" (viết như 22-NQ/TW, Chỉ thị 29-CT/TU, 100/2019/NĐ-CP)',
    ]);
  });

  it('reports an unknown field inside a group under its full name', () => {
    expect(lintOne(article({ locality: '\n  province: Hậu Giang\n  quan: Vị Thủy' }))).toEqual([
      '6 [locality.quan] error: trường không được hỗ trợ: quan (kiểm tra chính tả tên trường)',
    ]);
  });

  it('checks that the cover picture exists beside the article, and asks for its description', () => {
    const withCover = article({ cover: './anh.jpg' });
    expect(findings(lintFixture({ files: { 'bai/index.md': withCover, 'bai/anh.jpg': '' } }))).toEqual([
      '1 [coverAlt] error: ảnh bìa (cover) cần có mô tả ảnh coverAlt cho người khiếm thị',
    ]);
    expect(
      findings(lintFixture({ files: { 'bai/index.md': article({ cover: './khong-co.jpg', coverAlt: '"Ảnh"' }) } })),
    ).toEqual([
      '5 [cover] error: không tìm thấy ảnh "./khong-co.jpg" (đường dẫn tính từ thư mục chứa bài, ví dụ ./anh-bia.jpg)',
    ]);
  });

  it('points a missing field at the line where it is commented out', () => {
    const text = '---\ntitle: "Bài"\ndate: 2024-05-20\n# locality:\n#   province: Hậu Giang\n---\n\nNội dung.\n';
    expect(lintOne(text)).toEqual([
      '4 [locality] error: bắt buộc phải có (tên tỉnh, hoặc nhóm { province, district, commune })',
    ]);
  });

  it('reports malformed YAML once, on its line, instead of schema findings', () => {
    expect(
      lintOne('---\ntitle: Bắc Giang: kết quả\ndate: 2024-05-20\nlocality: Hậu Giang\n---\n\nNội dung.\n'),
    ).toEqual([
      '2 [title] error: frontmatter không đọc được: giá trị có dấu hai chấm và dấu cách (": "): đặt cả giá trị trong ngoặc kép, ví dụ title: "Bắc Giang: Kết quả…"',
    ]);
  });
});
