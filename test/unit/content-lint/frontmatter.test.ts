import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../../src/lib/articles/article-files.ts';
import { readFrontmatter } from '../../../src/lib/content-lint/frontmatter.ts';

const read = (source: string) => readFrontmatter(splitArticle(source));

const SOURCE = [
  '---', //                                  1
  'title: "Bài"', //                          2
  'date: 2024-02-30', //                      3
  'locality:', //                             4
  '  province: Hậu Giang', //                 5
  '  district: huyện Vị Thủy', //             6
  'resolutions:', //                          7
  '  - 22-NQ/TW', //                          8
  '  - 29-CT/TU', //                          9
  '# source: Báo Hậu Giang', //              10
  '---', //                                  11
  '', //                                     12
  'Thân bài.', //                            13
].join('\n');

describe('readFrontmatter', () => {
  const fm = read(SOURCE);

  it('gives the data the build gives the schema, dates as written', () => {
    expect(fm.error).toBeUndefined();
    expect(fm.data).toEqual({
      title: 'Bài',
      date: '2024-02-30',
      locality: { province: 'Hậu Giang', district: 'huyện Vị Thủy' },
      resolutions: ['22-NQ/TW', '29-CT/TU'],
    });
  });

  it('reads YAML timestamps in other fields as dates, as Astro does', () => {
    expect(read('---\ntitle: 2024-05-20\n---\n').data.title).toBeInstanceOf(Date);
  });

  it('finds the line of a field, a nested field and a list item', () => {
    expect(fm.lineOf(['date'])).toBe(3);
    expect(fm.lineOf(['locality', 'district'])).toBe(6);
    expect(fm.lineOf(['resolutions', 1])).toBe(9);
  });

  it('falls back to the nearest written ancestor, a commented-out field, or line 1', () => {
    expect(fm.lineOf(['locality', 'commune'])).toBe(4);
    expect(fm.lineOf(['source', 'name'])).toBe(10);
    expect(fm.lineOf(['sapo'])).toBe(1);
    expect(read('Không có frontmatter.\n').lineOf(['title'])).toBe(1);
  });

  it('tells which field or part of the file a line belongs to', () => {
    expect([1, 2, 4, 5, 8, 9, 10, 11, 12, 13].map((line) => fm.fieldAt(line))).toEqual([
      'frontmatter',
      'title',
      'locality',
      'locality',
      'resolutions',
      'resolutions',
      'frontmatter',
      'frontmatter',
      'thân bài',
      'thân bài',
    ]);
  });

  it.each([
    [
      'a colon in an unquoted title',
      '---\ntitle: Bắc Giang: kết quả\ndate: 2024-05-20\n---\n',
      2,
      /đặt cả giá trị trong ngoặc kép/,
    ],
    ['a field written twice', '---\ntitle: a\ndate: 2024-05-20\ntitle: b\n---\n', 4, /được viết hai lần/],
    ['a tab as indentation', '---\nlocality:\n\tprovince: Huế\n---\n', 3, /Tab/],
    ['an unclosed quote', '---\ntitle: "Bài\ndate: 2024-05-20\n---\n', 3, /thiếu dấu đóng/],
  ])('reports %s on its line, in Vietnamese', (_, source, line, message) => {
    const { error } = read(source);
    expect(error?.line).toBe(line);
    expect(error?.message).toMatch(/^frontmatter không đọc được: /);
    expect(error?.message).toMatch(message);
  });
});
