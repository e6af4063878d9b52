/**
 * Starts a new article: content/articles/<slug of the title>.md with the frontmatter filled in where it
 * can be (title, date = now in Vietnam time, the province if given) and the other fields as commented
 * examples, marked as a draft. Prints the path of the file.
 *
 *   npm run new -- "Tiêu đề bài viết"
 *   npm run new -- "Tiêu đề bài viết" --province "Hậu Giang"
 *   option for tests: --out DIR (default content/articles)
 *
 * Refuses (exit 1, naming the file) when an article with that slug already exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSlug, isArticleFile } from '../src/lib/articles/article-files.ts';
import { articleTemplate } from '../src/lib/articles/article-template.ts';
import { findProvince } from '../src/lib/places/localities.ts';
import { articleUrl } from '../src/lib/publishing/urls.ts';
import { slugify } from '../src/lib/text/vi-text.ts';
import { listFiles } from '../src/loaders/list-files.ts';

const USAGE = 'dùng: npm run new -- "Tiêu đề bài viết" [--province "Tên tỉnh"]';
const OPTIONS = ['--province', '--out'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const options = new Map<string, string>();
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (!arg.startsWith('--')) {
    words.push(arg);
    continue;
  }
  const value = args[i + 1];
  if (!OPTIONS.includes(arg) || value === undefined) fail(`không hiểu tùy chọn ${arg}; ${USAGE}`);
  options.set(arg, value);
  i++;
}

// Without quotes the shell splits the title into words: take them all.
const title = words.join(' ').trim();
if (title === '') fail(`thiếu tiêu đề bài viết; ${USAGE}`);
const slug = slugify(title);
if (slug === '') fail(`tiêu đề "${title}" không tạo được tên tệp: tiêu đề cần có chữ cái hoặc chữ số`);

const provinceName = options.get('--province');
const province = provinceName === undefined ? undefined : findProvince(provinceName);
if (provinceName !== undefined && !province) {
  fail(
    `không có tỉnh/thành phố "${provinceName}" trong danh mục content/localities.json (ví dụ "Thanh Hóa", "TP. Hồ Chí Minh")`,
  );
}

const out = options.get('--out') ?? 'content/articles';
const existing = existsSync(out)
  ? listFiles(out).find((file) => isArticleFile(file) && articleSlug(file) === slug)
  : undefined;
if (existing) {
  fail(`đã có bài ${join(out, existing)} ở ${articleUrl(slug)}; không ghi đè: đặt tiêu đề khác hoặc sửa bài đó`);
}

const path = join(out, `${slug}.md`);
mkdirSync(out, { recursive: true });
writeFileSync(path, articleTemplate({ title, date: new Date(), province }), { flag: 'wx' });
console.log(path);
