import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusArticles, isCorpusFolder } from '../../scripts/generate-articles.ts';
import { groupSentences, markdownSafe, parseCorpusFile, splitSentences } from '../../scripts/lib/corpus-text.ts';

// Text written for this test (never corpus text).

describe('splitSentences', () => {
  it('cuts at sentence ends followed by a capital, a digit or an opening quote', () => {
    expect(
      splitSentences('Hội nghị khai mạc sáng nay. Đại biểu thảo luận! 120 người dự? "Tốt lắm," ông nói. Hết'),
    ).toEqual(['Hội nghị khai mạc sáng nay.', 'Đại biểu thảo luận!', '120 người dự?', '"Tốt lắm," ông nói.', 'Hết']);
  });

  it('does not cut inside a number, before a lower-case word or after TP.', () => {
    expect(splitSentences('Thu 1.234 tỷ đồng. xã Tân Hòa tăng. Đoàn về TP. Cần Thơ ngày 3.')).toEqual([
      'Thu 1.234 tỷ đồng. xã Tân Hòa tăng.',
      'Đoàn về TP. Cần Thơ ngày 3.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('Ông nói: "Phải làm ngay." Mọi người đồng ý.')).toEqual([
      'Ông nói: "Phải làm ngay."',
      'Mọi người đồng ý.',
    ]);
  });
});

describe('groupSentences', () => {
  it('joins sentences a few at a time', () => {
    expect(groupSentences(['A.', 'B.', 'C.', 'D.'], 3)).toEqual(['A. B. C.', 'D.']);
    expect(groupSentences([], 3)).toEqual([]);
  });
});

describe('markdownSafe', () => {
  it('keeps news text from becoming a heading, a list, a quote or HTML', () => {
    expect(markdownSafe('# Số 1 trong năm')).toBe('\\# Số 1 trong năm');
    expect(markdownSafe('1. Tuổi Thìn gặp may')).toBe('1\\. Tuổi Thìn gặp may');
    expect(markdownSafe('- Một ý')).toBe('\\- Một ý');
    expect(markdownSafe('Giá <b>tăng</b>  mạnh')).toBe('Giá &lt;b>tăng&lt;/b> mạnh');
    expect(markdownSafe('Bình thường.')).toBe('Bình thường.');
  });
});

describe('parseCorpusFile', () => {
  it('reads a baomoi file: title, sapo, one-line body cut into paragraphs', () => {
    const text = parseCorpusFile(
      'baomoi',
      'Tỉnh A họp bàn kế hoạch\nSáng nay, tỉnh A họp.\nMột. Hai. Ba. Bốn. Năm. Sáu. Bảy.\n',
    );
    expect(text).toEqual({
      title: 'Tỉnh A họp bàn kế hoạch',
      sapo: 'Sáng nay, tỉnh A họp.',
      date: undefined,
      paragraphs: ['Một. Hai. Ba.', 'Bốn. Năm. Sáu.', 'Bảy.'],
    });
  });

  it('reads a dantri file: title, date dd/mm/yyyy, one sentence a line', () => {
    const text = parseCorpusFile('dantri', 'Xã B đón chuẩn\n5/3/2021\nCâu một.\nCâu hai.\n\nCâu ba.\nCâu bốn.\n');
    expect(text).toEqual({
      title: 'Xã B đón chuẩn',
      sapo: undefined,
      date: '2021-03-05',
      paragraphs: ['Câu một. Câu hai. Câu ba.', 'Câu bốn.'],
    });
  });

  it('skips a file with no body or no title', () => {
    expect(parseCorpusFile('baomoi', 'Chỉ có tiêu đề\nVà sapo\n')).toBeUndefined();
    expect(parseCorpusFile('dantri', 'Tiêu đề\n01/02/2020\n')).toBeUndefined();
    expect(parseCorpusFile('baomoi', '\n\n')).toBeUndefined();
  });

  it('normalises to NFC', () => {
    const decomposed = 'Ho\u0323p ba\u0300n\nSapo\nNô\u0323i dung.'.normalize('NFD');
    expect(parseCorpusFile('baomoi', decomposed)?.title).toBe('Họp bàn'.normalize('NFC'));
  });
});

describe('corpusArticles', () => {
  it('skips files with no body, cycles with distinct titles and paths, and is deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-text-test-'));
    try {
      mkdirSync(join(dir, 'baomoi'));
      mkdirSync(join(dir, 'dantri'));
      writeFileSync(join(dir, 'baomoi/baomoi-1.txt'), 'Chi bộ A sinh hoạt\nSapo A.\nCâu một. Câu hai.\n');
      writeFileSync(join(dir, 'baomoi/baomoi-2.txt'), 'Tiêu đề không có thân bài\nSapo B.\n');
      writeFileSync(join(dir, 'dantri/dantri-1.txt'), 'Xã C về đích\n02/03/2021\nCâu một.\nCâu hai.\n');
      const articles = corpusArticles(dir, 5, 1);
      const titles = articles.map((a) => /^title: (.+)$/m.exec(a.content)?.[1]);
      expect(titles).toEqual([
        '"Chi bộ A sinh hoạt"',
        '"Xã C về đích"',
        '"Chi bộ A sinh hoạt (2)"',
        '"Xã C về đích (2)"',
        '"Chi bộ A sinh hoạt (3)"',
      ]);
      expect(new Set(articles.map((a) => a.path)).size).toBe(5);
      expect(articles[1]!.content).toMatch(/^date: 2021-03-02/m);
      expect(articles[0]!.content).toContain('\n---\n\nCâu một. Câu hai.\n');
      expect(corpusArticles(dir, 5, 1)).toEqual(articles);
      expect(isCorpusFolder(dir)).toBe(true);
      expect(isCorpusFolder(join(dir, 'baomoi'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
