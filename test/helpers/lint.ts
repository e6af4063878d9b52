/** Runs the content lint on articles held in memory, as the CLI would on a folder with these files. */
import { posix } from 'node:path';
import { isArticleFile } from '../../src/lib/articles/article-files.ts';
import { lintArticles, type LintResult } from '../../src/lib/content-lint/lint.ts';

export interface LintFixture {
  /** Article texts and other files (pictures: any content), by path relative to content/articles. */
  files: Record<string, string>;
  selected?: string[];
  fix?: boolean;
}

export function lintFixture({ files, selected, fix = false }: LintFixture): LintResult {
  const paths = Object.keys(files);
  return lintArticles({
    files: paths,
    texts: new Map(Object.entries(files).filter(([path]) => isArticleFile(path))),
    selected: selected && new Set(selected),
    fix,
    imageExists: (file, reference) => paths.includes(posix.join(posix.dirname(file), reference)),
  });
}

/** A valid article with the given frontmatter lines replacing or added to the defaults. */
export function article(fields: Record<string, string | null> = {}, body = 'Nội dung bài viết.'): string {
  const defaults: Record<string, string> = { title: '"Bài kiểm tra"', date: '2024-05-20', locality: 'Hậu Giang' };
  const merged: Record<string, string | null> = { ...defaults, ...fields };
  const lines = Object.entries(merged).flatMap(([key, value]) => (value === null ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** Findings as `line [field] severity: message`, for compact assertions. */
export function findings(result: LintResult, file?: string): string[] {
  return result.messages
    .filter((m) => file === undefined || m.file === file)
    .map((m) => `${m.line} [${m.field}] ${m.severity}: ${m.message}`);
}
