/**
 * The content lint of content/articles: every rule on every selected article, and the file-name rules
 * of the build on the folder. Pure: the caller reads the files, prints and writes the NFC fixes.
 */
import {
  articleSlug,
  checkArticleFiles,
  frontmatterText,
  isArticleFile,
  rawScalar,
  splitArticle,
} from '../articles/article-files.ts';
import { site } from '../../site.config.ts';
import { checkCitations } from './citations.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkLinks } from './links.ts';
import { checkSchema } from './schema.ts';
import { checkNfc, checkProvinceSpelling } from './spelling.ts';
import { FILE_FIELD, type LintMessage } from './types.ts';

export interface LintInput {
  /** Every file under the articles folder, relative to it. */
  files: readonly string[];
  /** The text of every article file (links may point to any of them), by relative path. */
  texts: ReadonlyMap<string, string>;
  /** The files to report on; all of them when absent. */
  selected?: ReadonlySet<string>;
  /** Rewrite text that is not NFC instead of warning about it. */
  fix: boolean;
  /** Whether a picture `reference` (as written in `cover`) exists beside the article `file`. */
  imageExists(file: string, reference: string): boolean;
}

export interface LintResult {
  messages: LintMessage[];
  /** New text of the files the NFC fix changed, by relative path. */
  rewrites: Map<string, string>;
  /** How many articles were checked. */
  articleCount: number;
}

/**
 * Whether each article is a draft, by slug (the first file of a slug; two are an error anyway). Read
 * from the raw text: this runs on every article, also those not checked, and the schema only takes
 * a YAML boolean.
 */
function draftsBySlug(texts: ReadonlyMap<string, string>): Map<string, boolean> {
  const drafts = new Map<string, boolean>();
  for (const [file, text] of texts) {
    const slug = articleSlug(file);
    if (!drafts.has(slug)) drafts.set(slug, rawScalar(frontmatterText(text), 'draft')?.toLowerCase() === 'true');
  }
  return drafts;
}

function lintArticle(file: string, source: string, input: LintInput, drafts: ReadonlyMap<string, boolean>) {
  const original = readFrontmatter(splitArticle(source));
  const nfcResult = checkNfc(file, source, original.fieldAt, input.fix);
  const text = nfcResult.text;
  const parts = splitArticle(text);
  // NFC keeps every line where it was, so only a rewritten text needs reading again.
  const frontmatter = text === source ? original : readFrontmatter(parts);
  const messages: LintMessage[] = nfcResult.message ? [nfcResult.message] : [];
  if (frontmatter.error) {
    const { line, message } = frontmatter.error;
    messages.push({ file, line, field: frontmatter.fieldAt(line), severity: 'error', message });
  } else {
    const schema = checkSchema(file, frontmatter, (reference) => input.imageExists(file, reference));
    messages.push(...schema.messages);
    if (schema.data) messages.push(...checkCitations(file, parts, frontmatter, schema.data));
  }
  const slug = articleSlug(file);
  messages.push(...checkLinks(file, { slug, draft: drafts.get(slug) === true }, parts, drafts, site.url));
  messages.push(...checkProvinceSpelling(file, text, frontmatter.fieldAt));
  return { messages, rewrite: text === source ? undefined : text };
}

export function lintArticles(input: LintInput): LintResult {
  const isSelected = (file: string) => input.selected === undefined || input.selected.has(file);
  const messages: LintMessage[] = checkArticleFiles(input.files)
    .filter((problem) => isSelected(problem.file))
    .map((problem) => ({
      file: problem.file,
      line: 1,
      field: FILE_FIELD,
      severity: 'error',
      message: problem.message,
    }));
  const rewrites = new Map<string, string>();
  const drafts = draftsBySlug(input.texts);
  let articleCount = 0;
  for (const [file, source] of input.texts) {
    if (!isSelected(file) || !isArticleFile(file)) continue;
    articleCount++;
    const result = lintArticle(file, source, input, drafts);
    messages.push(...result.messages);
    if (result.rewrite !== undefined) rewrites.set(file, result.rewrite);
  }
  return { messages, rewrites, articleCount };
}
