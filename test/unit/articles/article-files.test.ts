import { describe, expect, it } from 'vitest';
import {
  articleSlug,
  checkArticleFiles,
  frontmatterText,
  rawScalar,
  splitArticle,
  withRawDates,
} from '../../../src/lib/articles/article-files.ts';

describe('articleSlug', () => {
  it.each([
    ['chi-dao-to-chuc.md', 'chi-dao-to-chuc'],
    ['Lào Cai 6 giải pháp.md', 'lao-cai-6-giai-phap'],
    ['2021/Đảng bộ Hậu Giang.mdx', 'dang-bo-hau-giang'],
    ['bai-co-anh/index.md', 'bai-co-anh'],
    ['Bài Có Ảnh/INDEX.md', 'bai-co-anh'],
  ])('%s → %s', (path, slug) => expect(articleSlug(path)).toBe(slug));
});

describe('checkArticleFiles', () => {
  it('accepts articles and the pictures beside them', () => {
    expect(checkArticleFiles(['a.md', 'b/index.md', 'b/anh.jpg', 'c.mdx'])).toEqual([]);
  });

  it('names both files when two fold to the same slug', () => {
    const problems = checkArticleFiles(['Lào Cai.md', 'lao-cai.md']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('/bai-viet/lao-cai/');
    expect(`${problems[0]!.file} ${problems[0]!.message}`).toMatch(/Lào Cai\.md.*lao-cai\.md|lao-cai\.md.*Lào Cai\.md/);
  });

  it('refuses files that would otherwise be skipped quietly', () => {
    const problems = checkArticleFiles(['bai.markdown', 'ghi-chu.txt', '---.md']);
    expect(problems.map((p) => p.file)).toEqual(['---.md', 'bai.markdown', 'ghi-chu.txt']);
  });
});

describe('raw frontmatter values', () => {
  const source =
    '---\ntitle: "A: b"\ndate: 2024-02-30 # sai\nupdated: "2024-03-01T08:00"\nlocality:\n  date: nested\n---\nBody\n';

  it('returns the text YAML would have turned into another date', () => {
    const fm = frontmatterText(source);
    expect(rawScalar(fm, 'date')).toBe('2024-02-30');
    expect(rawScalar(fm, 'updated')).toBe('2024-03-01T08:00');
    expect(rawScalar(fm, 'missing')).toBeUndefined();
  });

  it('reads nothing without frontmatter', () => {
    expect(frontmatterText('# Title\n')).toBe('');
  });
});

describe('splitArticle', () => {
  it('gives the line where the frontmatter and the body start', () => {
    const parts = splitArticle('---\ntitle: a\ndate: b\n---\n\nBody\n');
    expect(parts).toEqual({ frontmatter: 'title: a\ndate: b', frontmatterLine: 2, body: '\nBody\n', bodyLine: 5 });
  });

  it('treats a file without frontmatter as all body', () => {
    expect(splitArticle('# Title\n')).toEqual({ frontmatter: '', frontmatterLine: 1, body: '# Title\n', bodyLine: 1 });
  });
});

describe('withRawDates', () => {
  it('swaps only the dates that are written for their text', () => {
    const data = { title: 'A', date: new Date('2024-03-01'), locality: 'Huế' };
    expect(withRawDates(data, 'title: A\ndate: 2024-02-30\nlocality: Huế')).toEqual({
      title: 'A',
      date: '2024-02-30',
      locality: 'Huế',
    });
    expect(withRawDates({ title: 'A' }, 'title: A')).toEqual({ title: 'A' });
  });
});
