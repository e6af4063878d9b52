import { describe, expect, it } from 'vitest';
import { articleTemplate } from '../../../src/lib/articles/article-template.ts';
import { findProvince } from '../../../src/lib/places/localities.ts';
import { findings, lintFixture } from '../../helpers/lint.ts';

// 20:30 UTC on 31 Dec 2024 is already 1 Jan 2025 in Vietnam.
const date = new Date('2024-12-31T20:30:00Z');

describe('articleTemplate', () => {
  it('fills in the title, the date in Vietnam time and the draft flag', () => {
    const text = articleTemplate({ title: '  Hội nghị  "tổng kết"  ', date });
    expect(text).toMatch(/^---\ntitle: "Hội nghị \\"tổng kết\\""\n/);
    expect(text).toMatch(/\ndate: 2025-01-01T03:30 /);
    expect(text).toMatch(/\ndraft: true /);
  });

  it('with a province, passes the content lint as it is', () => {
    const text = articleTemplate({ title: 'Bài mới', date, province: findProvince('thanh hoa') });
    expect(text).toContain('\n  province: Thanh Hóa\n');
    expect(findings(lintFixture({ files: { 'bai-moi.md': text } }))).toEqual([]);
  });

  it('without one, leaves only the province to fill in, where it is commented out', () => {
    const text = articleTemplate({ title: 'Bài mới', date });
    const line = text.split('\n').findIndex((l) => l.startsWith('# locality:')) + 1;
    expect(findings(lintFixture({ files: { 'bai-moi.md': text } }))).toEqual([
      `${line} [locality] error: bắt buộc phải có (tên tỉnh, hoặc nhóm { province, district, commune })`,
    ]);
  });
});
