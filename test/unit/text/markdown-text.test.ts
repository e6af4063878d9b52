import { describe, expect, it } from 'vitest';
import { proseParagraphs, truncateWords } from '../../../src/lib/text/markdown-text.ts';

describe('proseParagraphs', () => {
  it('keeps prose and drops captions, headings and code', () => {
    const md =
      '*Quang cảnh hội thảo.*\n\n## Tiêu đề phụ\n\nĐoạn **một** với [liên kết](https://x.vn).\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| ô | ư |\n';
    expect(proseParagraphs(md)).toEqual(['Đoạn một với liên kết.']);
  });

  it('reads GFM footnotes and strikethrough as text', () => {
    expect(proseParagraphs('Chữ ~~gạch~~ và chú thích[^1].\n\n[^1]: Ghi chú.\n')).toEqual([
      'Chữ gạch và chú thích.',
      'Ghi chú.',
    ]);
  });
});

describe('truncateWords', () => {
  it('cuts at a word and marks the cut', () => {
    expect(truncateWords('một hai, ba bốn', 2)).toBe('một hai…');
    expect(truncateWords('một hai', 5)).toBe('một hai');
  });
});
