/**
 * The pages of test/fixtures/import/html/, shaped like Vietnamese CMS templates, each imported and
 * compared with the article written beside it (`<name>.expected.json`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../../../src/lib/import/html/import-page.ts';
import { PROJECT_ROOT } from '../../../helpers/site.ts';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/import/html');

interface Expected {
  title: string;
  titleBasis?: string;
  sapo: string;
  date: string;
  dateBasis?: string;
  updated?: string;
  source: { name?: string; url?: string };
  urlBasis?: string;
  province: string;
  district?: string;
  author?: string;
  review?: string[];
  body: string[];
  notInBody: string[];
}

const pages = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe('HTML pages shaped like Vietnamese CMS templates', () => {
  it('has an expected article beside every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) expect(readdirSync(FIXTURES)).toContain(page.replace(/\.html$/, '.expected.json'));
  });

  for (const name of pages) {
    it(name, () => {
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, name.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const result = importPage(readFileSync(join(FIXTURES, name)), {}, { today: { year: 2026, month: 1, day: 1 } });
      if (!result.ok) throw new Error(result.reason);
      const { frontmatter, markdown, inferred, review } = result.article;
      const basis = (field: string) => inferred.find((i) => i.field === field)?.basis ?? '';
      expect(frontmatter.title).toBe(expected.title);
      expect(basis('Tiêu đề')).toContain(expected.titleBasis ?? 'cấu trúc trang');
      expect(frontmatter.sapo).toBe(expected.sapo);
      expect(frontmatter.date).toBe(expected.date);
      if (expected.dateBasis) expect(basis('Ngày đăng')).toBe(expected.dateBasis);
      if (expected.updated) expect(frontmatter.updated).toBe(expected.updated);
      if (expected.source.name) expect(frontmatter.source?.name).toBe(expected.source.name);
      if (expected.source.url) expect(frontmatter.source?.url).toBe(expected.source.url);
      if (expected.urlBasis) expect(basis('Địa chỉ bài gốc')).toContain(expected.urlBasis);
      expect(frontmatter.locality.province).toBe(expected.province);
      if (expected.district) expect(frontmatter.locality.district).toBe(expected.district);
      expect(frontmatter.author).toBe(expected.author);
      for (const part of expected.review ?? []) expect(review.join('\n')).toContain(part);
      const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
      for (const part of expected.body) expect(body).toContain(part);
      for (const part of expected.notInBody) expect(body).not.toContain(part);
    });
  }
});
