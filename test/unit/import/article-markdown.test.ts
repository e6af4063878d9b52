import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleMarkdown, escapeMarkdown, type ArticleFrontmatter } from '../../../src/lib/import/article-markdown.ts';
import { proseParagraphs } from '../../../src/lib/text/markdown-text.ts';
import { parseMarkdown } from '../../../src/lib/text/markdown-tree.ts';

const FRONT: ArticleFrontmatter = {
  title: 'Lào Cai: 6 giải pháp "mới"',
  sapo: 'Sáng 19/8, hội thảo “Nâng cao năng lực”.',
  date: '2022-08-19',
  dateNote: 'Bài chỉ ghi “Sáng 19/8” mà không ghi năm.',
  locality: { province: 'Lào Cai', district: 'huyện Mường Khương' },
  resolutions: [],
  topics: [],
  source: { name: 'Báo Nhân Dân' },
  author: 'Bài, ảnh: TRƯỜNG SƠN',
};

describe('articleMarkdown', () => {
  it('writes the frontmatter in the committed articles’ form', () => {
    const markdown = articleMarkdown(FRONT, [{ kind: 'paragraph', text: 'Đoạn một.' }]);
    expect(markdown).toBe(`---
title: "Lào Cai: 6 giải pháp \\"mới\\""
sapo: "Sáng 19/8, hội thảo “Nâng cao năng lực”."
date: 2022-08-19
dateNote: "Bài chỉ ghi “Sáng 19/8” mà không ghi năm."
locality:
  province: Lào Cai
  district: huyện Mường Khương
resolutions: []
topics: []
source:
  name: Báo Nhân Dân
author: "Bài, ảnh: TRƯỜNG SƠN"
---

Đoạn một.
`);
    const front = parse(markdown.split('---\n')[1]!) as Record<string, unknown>;
    expect(front).toEqual({ ...FRONT });
  });

  it('leaves out absent fields', () => {
    const { sapo, dateNote, source, author, ...required } = FRONT;
    expect(articleMarkdown(required, [{ kind: 'paragraph', text: 'x' }])).not.toMatch(
      /sapo|dateNote|source|author|null/,
    );
  });

  it('writes captions as italic paragraphs and subheadings as ##, which the site reads as such', () => {
    const markdown = articleMarkdown(FRONT, [
      { kind: 'caption', text: 'Quang cảnh hội thảo. (Ảnh: PV)' },
      { kind: 'heading', text: 'Cách làm mới' },
      { kind: 'paragraph', text: 'Đoạn văn.' },
    ]);
    const body = markdown.split('---\n')[2]!;
    expect(body).toBe('\n*Quang cảnh hội thảo. (Ảnh: PV)*\n\n## Cách làm mới\n\nĐoạn văn.\n');
    const root = parseMarkdown(body);
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(proseParagraphs(body)).toEqual(['Đoạn văn.']);
  });
});

describe('escapeMarkdown', () => {
  it('keeps the text as printed when rendered', () => {
    for (const text of [
      '- Một là, tăng cường',
      '1. Nâng cao',
      '2020. Năm bản lề',
      '# Số 1',
      '> trích',
      'điểm *nhấn* và _gạch_ [1] <b> ~x~ `code`',
    ]) {
      const rendered = proseParagraphs(escapeMarkdown(text));
      expect(rendered, text).toEqual([text]);
    }
  });
});
