/**
 * Imports raw text copied or scraped from a news page (like test/fixtures/seeds/*.txt), a page saved
 * from a browser (.html) or a page's address (http:// or https://, fetched) as a Markdown article in
 * content/articles/, and tells the editor what it inferred and what to check.
 *
 *   npm run import -- <file.txt | page.html | https://… | folder> [--dry-run] [--source NAME]
 *                     [--date YYYY-MM-DD[THH:mm]] [--province NAME] [--url ADDRESS] [--out DIR]
 *
 * A folder imports every .txt and .html file in it; the good files are written even when others fail. A page
 * that cannot be fetched writes nothing. Exit status: 0 when every file was imported, 1 when a file failed,
 * 2 for a wrong command line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleSlug, isArticleFile } from '../src/lib/articles/article-files.ts';
import { importArticle, type ImportOptions, type ImportResult } from '../src/lib/import/import-article.ts';
import { decodeRawText } from '../src/lib/import/raw-text.ts';
import { importPage } from '../src/lib/import/html/import-page.ts';
import { fetchPage } from './lib/fetch-page.ts';
import { reportLines } from '../src/lib/import/report.ts';
import { findProvince } from '../src/lib/places/localities.ts';
import { parseVnDateTime } from '../src/lib/dates/vn-date.ts';
import { vnCalendarDay } from '../src/lib/import/dates.ts';

const USAGE =
  'Cách dùng: npm run import -- <tệp .txt, trang .html, địa chỉ https://… hoặc thư mục> [--dry-run] [--source TÊN] [--date YYYY-MM-DD[THH:mm]] [--province TÊN] [--url ĐỊA_CHỈ] [--out THƯ_MỤC]';
const DEFAULT_OUT = fileURLToPath(new URL('../content/articles/', import.meta.url));

function usageError(message: string): never {
  console.error(`Lỗi: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        source: { type: 'string' },
        date: { type: 'string' },
        province: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(`tùy chọn không hợp lệ (${(error as Error).message})`);
  }
}

/** `--url`: a whole http(s) address, as the editor copied it from the browser. */
function checkedUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return usageError(`--url: "${raw}" không phải địa chỉ web (ví dụ https://baogialai.com.vn/...)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    usageError(`--url: chỉ nhận địa chỉ http:// hoặc https://, nhận được "${raw}"`);
  if (!url.hostname.includes('.')) usageError(`--url: "${raw}" không có tên miền đầy đủ`);
  return url.href;
}

function readArguments(): { path: string; out: string; dryRun: boolean; options: ImportOptions } {
  const { values, positionals } = parseCommandLine();
  if (positionals.length === 0) usageError('thiếu đường dẫn tệp hoặc thư mục cần nhập');
  if (positionals.length > 1) usageError(`chỉ nhận một tệp hoặc một thư mục, nhận được ${positionals.length}`);
  const options: ImportOptions = { today: vnCalendarDay() };
  if (values.date !== undefined) {
    const date = parseVnDateTime(values.date);
    if (!date.ok) usageError(`--date: ${date.reason}`);
    options.date = values.date.trim();
  }
  if (values.province !== undefined) {
    const province = findProvince(values.province);
    if (!province)
      usageError(`--province: không có tỉnh/thành phố "${values.province}" trong danh mục content/localities.json`);
    options.province = province;
  }
  if (values.source !== undefined) {
    if (values.source.trim() === '') usageError('--source: tên nguồn không được để trống');
    options.source = values.source.trim();
  }
  if (values.url !== undefined) options.url = checkedUrl(values.url);
  return {
    path: isAddress(positionals[0]!) ? positionals[0]!.trim() : resolve(positionals[0]!),
    out: values.out === undefined ? DEFAULT_OUT : resolve(values.out),
    dryRun: values['dry-run'],
    options,
  };
}

/** Relative to the working folder when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Article slugs already taken in the output folder, with the file that takes each. */
function takenSlugs(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
  return new Map(files.filter(isArticleFile).map((file) => [articleSlug(file), join(dir, file)]));
}

/** An input that is a web address to fetch rather than a file. */
const isAddress = (input: string) => /^https?:\/\//i.test(input.trim());
const isPageFile = (name: string) => /\.x?html?$/i.test(name);

/** One input as an article: a fetched page, a saved page, or copied text. */
async function importInput(input: string): Promise<ImportResult> {
  if (isAddress(input)) {
    const fetched = await fetchPage(input);
    if (!fetched.ok) return fetched;
    return importPage(
      fetched.bytes,
      { address: fetched.address, ...(fetched.contentType !== undefined && { contentType: fetched.contentType }) },
      options,
    );
  }
  if (isPageFile(input)) return importPage(readFileSync(input), {}, options);
  const decoded = decodeRawText(readFileSync(input));
  return decoded.ok ? importArticle(decoded.text, options) : decoded;
}

function inputFiles(path: string): string[] {
  if (isAddress(path)) {
    try {
      new URL(path);
    } catch {
      return usageError(`"${path}" không phải địa chỉ web hợp lệ`);
    }
    return [path];
  }
  if (!existsSync(path)) {
    console.error(`Lỗi: không tìm thấy tệp hoặc thư mục ${shown(path)}`);
    process.exit(1);
  }
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.txt') || isPageFile(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) {
    console.error(`Lỗi: thư mục ${shown(path)} không có tệp .txt hay .html nào`);
    process.exit(1);
  }
  return files;
}

const { path, out, dryRun, options } = readArguments();
const files = inputFiles(path);
const taken = takenSlugs(out);
let failed = 0;

for (const file of files) {
  console.log(`\n== ${isAddress(file) ? file : shown(file)}`);
  const fail = (reason: string) => {
    console.error(`Lỗi: ${isAddress(file) ? file : shown(file)}: ${reason}`);
    failed++;
  };
  const result = await importInput(file);
  if (!result.ok) {
    fail(result.reason);
    continue;
  }
  const { article } = result;
  const target = join(out, `${article.slug}.md`);
  if (dryRun) console.log(`Bản xem trước (--dry-run, không ghi tệp) của ${shown(target)}:\n\n${article.markdown}`);
  const existing = taken.get(article.slug);
  if (existing !== undefined) {
    fail(
      `đã có bài ${shown(existing)} cùng đường dẫn /bai-viet/${article.slug}/; không ghi đè. Đổi tiêu đề hoặc xóa bài cũ trước.`,
    );
    continue;
  }
  if (!dryRun) {
    mkdirSync(out, { recursive: true });
    writeFileSync(target, article.markdown, { flag: 'wx' });
    taken.set(article.slug, target);
    console.log(`Đã ghi ${shown(target)}`);
  }
  console.log(reportLines(article).join('\n'));
}

if (files.length > 1) console.log(`\nXong: ${files.length - failed} tệp nhập được, ${failed} tệp lỗi.`);
process.exit(failed > 0 ? 1 : 0);
