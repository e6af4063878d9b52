import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode, formatMessage, sortMessages, summary } from '../../../src/lib/content-lint/report.ts';
import type { LintMessage } from '../../../src/lib/content-lint/types.ts';
import { listFiles } from '../../../src/loaders/list-files.ts';
import { isArticleFile } from '../../../src/lib/articles/article-files.ts';
import { article, findings, lintFixture } from '../../helpers/lint.ts';
import { PROJECT_ROOT } from '../../helpers/site.ts';

describe('lintArticles', () => {
  it('finds nothing in the committed articles', () => {
    const dir = join(PROJECT_ROOT, 'content/articles');
    const files = Object.fromEntries(
      listFiles(dir).map((file) => [file, readFileSync(join(dir, file), isArticleFile(file) ? 'utf8' : 'latin1')]),
    );
    const result = lintFixture({ files });
    expect(result.messages).toEqual([]);
    expect(result.articleCount).toBe(Object.keys(files).filter(isArticleFile).length);
  });

  it('applies the file-name rules of the build to the folder', () => {
    const result = lintFixture({
      files: { 'Lào Cai.md': article(), 'lao-cai.md': article(), 'ghi-chu.txt': '', 'b/anh.jpg': '' },
    });
    expect(findings(result).map((f) => f.replace(/:.*/s, ''))).toEqual(['1 [tên tệp] error', '1 [tên tệp] error']);
    expect(result.messages.map((m) => m.file)).toEqual(['ghi-chu.txt', 'lao-cai.md']);
    expect(result.articleCount).toBe(2);
  });

  it('reports on the selected files only', () => {
    const files = { 'a.md': article({ title: null }), 'b.md': article({ date: null }), 'ghi-chu.txt': '' };
    const result = lintFixture({ files, selected: ['b.md'] });
    expect(result.messages.map((m) => `${m.file} ${m.field}`)).toEqual(['b.md date']);
    expect(result.articleCount).toBe(1);
  });
});

describe('report', () => {
  const message = (file: string, line: number, severity: LintMessage['severity']): LintMessage => ({
    file,
    line,
    field: 'date',
    severity,
    message: 'x',
  });
  const messages = [
    message('b.md', 3, 'warning'),
    message('a.md', 10, 'error'),
    message('a.md', 2, 'fixed'),
    message('b.md', 1, 'error'),
  ];

  it('sorts by file, then line', () => {
    expect(sortMessages(messages).map((m) => `${m.file}:${m.line}`)).toEqual(['a.md:2', 'a.md:10', 'b.md:1', 'b.md:3']);
  });

  it('prints path, line and field', () => {
    expect(formatMessage(messages[1]!, 'content/articles')).toBe('content/articles/a.md:10 [date] lỗi: x');
    expect(formatMessage(messages[0]!, 'content/articles')).toBe('content/articles/b.md:3 [date] cảnh báo: x');
  });

  it('sums up in Vietnamese', () => {
    expect(summary(messages, 12)).toBe('2 lỗi, 1 cảnh báo trong 12 bài; đã sửa 1 tệp');
    expect(summary([], 5)).toBe('0 lỗi, 0 cảnh báo trong 5 bài');
  });

  it('fails on errors, and on warnings when strict', () => {
    expect(exitCode(messages, false)).toBe(1);
    expect(exitCode([message('a.md', 1, 'warning'), message('a.md', 1, 'fixed')], false)).toBe(0);
    expect(exitCode([message('a.md', 1, 'warning')], true)).toBe(1);
    expect(exitCode([message('a.md', 1, 'fixed')], true)).toBe(0);
  });
});
