/**
 * Rules for the files in content/articles: which files are articles, the URL slug each one gets,
 * and the raw frontmatter values that YAML would otherwise silently rewrite.
 */
import { slugify } from '../text/vi-text.ts';

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];
/** Files that may sit beside articles (pictures of folder articles). */
export const ASSET_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];

function extensionOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isArticleFile(path: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extensionOf(path));
}

export function isAssetFile(path: string): boolean {
  return ASSET_EXTENSIONS.includes(extensionOf(path));
}

/**
 * Slug of an article from its path relative to content/articles: the folded file name, or the folded
 * folder name for `<folder>/index.md`. Folders above it only organise files (e.g. by year).
 */
export function articleSlug(relativePath: string): string {
  const parts = relativePath.split('/');
  const file = parts.pop() ?? '';
  const stem = file.replace(/\.(md|mdx)$/i, '');
  const name = stem.toLowerCase() === 'index' && parts.length > 0 ? parts[parts.length - 1]! : stem;
  return slugify(name);
}

export interface ArticleFileProblem {
  file: string;
  message: string;
}

/**
 * Checks the list of files under content/articles: every file must be an article or a picture, every
 * article must get a non-empty slug, and no two articles may get the same slug. Nothing is skipped quietly.
 */
export function checkArticleFiles(relativePaths: readonly string[]): ArticleFileProblem[] {
  const problems: ArticleFileProblem[] = [];
  const bySlug = new Map<string, string>();
  for (const file of [...relativePaths].sort()) {
    if (isAssetFile(file)) continue;
    if (!isArticleFile(file)) {
      problems.push({
        file,
        message:
          'không phải bài viết (.md hoặc .mdx) cũng không phải ảnh: đổi đuôi thành .md hoặc chuyển tệp ra khỏi content/articles',
      });
      continue;
    }
    const slug = articleSlug(file);
    if (!slug) {
      problems.push({ file, message: 'tên tệp không tạo được đường dẫn (slug): đặt tên có chữ cái hoặc chữ số' });
      continue;
    }
    const other = bySlug.get(slug);
    if (other) {
      problems.push({
        file,
        message: `trùng đường dẫn /bai-viet/${slug}/ với ${other}: hai bài không được có cùng slug, hãy đổi tên một tệp`,
      });
    } else {
      bySlug.set(slug, file);
    }
  }
  return problems;
}

export interface ArticleParts {
  /** The YAML text between the opening `---` and the closing `---`, or '' when there is none. */
  frontmatter: string;
  /** Line number (from 1) of the first line of `frontmatter`. */
  frontmatterLine: number;
  body: string;
  /** Line number (from 1) of the first line of `body`. */
  bodyLine: number;
}

export function splitArticle(source: string): ArticleParts {
  const m = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { frontmatter: '', frontmatterLine: 1, body: source, bodyLine: 1 };
  // m[0] ends with the newline after the closing `---` (or at the end of the file).
  return { frontmatter: m[1]!, frontmatterLine: 2, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** The YAML text between the opening `---` and the closing `---`, or '' when there is none. */
export function frontmatterText(source: string): string {
  return splitArticle(source).frontmatter;
}

/**
 * The value of a top-level scalar key exactly as written (quotes and trailing comment removed).
 * YAML parsers turn `date: 2024-02-30` into 1 March; reading the raw text lets validation refuse it.
 */
export function rawScalar(frontmatter: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(frontmatter);
  if (!m) return undefined;
  let value = m[1]!.trim();
  const quoted = /^(['"])(.*)\1(?:\s+#.*)?$/.exec(value);
  if (quoted) return quoted[2];
  value = value.replace(/\s+#.*$/, '').trim();
  return value === '' ? undefined : value;
}

/** Frontmatter keys whose raw text is validated instead of the value YAML makes of it. */
const RAW_DATE_KEYS = ['date', 'updated'] as const;

/** The frontmatter data with the dates swapped for the text the editor wrote (same keys, nothing added). */
export function withRawDates(data: Record<string, unknown>, frontmatter: string): Record<string, unknown> {
  const result = { ...data };
  for (const key of RAW_DATE_KEYS) {
    const raw = rawScalar(frontmatter, key);
    if (raw !== undefined) result[key] = raw;
  }
  return result;
}

/** Whether an article has no text after its frontmatter (HTML comments and blank lines do not count). */
export function hasEmptyBody(source: string): boolean {
  return (
    splitArticle(source)
      .body.replace(/<!--[\s\S]*?-->/g, '')
      .trim() === ''
  );
}
