/**
 * Content lint of content/articles for editors: schema, citations, links between articles, NFC and the
 * spelling of province names, each finding as `file:line [field] …` in Vietnamese (rules in
 * src/lib/content-lint/). `npm run check` runs it after `astro check`.
 *
 *   npm run check                               # every article
 *   npm run check -- content/articles/bai.md    # only these files (or folders)
 *   npm run check -- --fix                      # also rewrite text that is not NFC
 *   npm run check -- --strict                   # warnings fail too
 *
 * Exit code: 0 when there is no error (warnings allowed unless --strict), 1 otherwise, 2 on bad arguments.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isArticleFile } from '../src/lib/articles/article-files.ts';
import { lintArticles } from '../src/lib/content-lint/lint.ts';
import { exitCode, formatMessage, sortMessages, summary } from '../src/lib/content-lint/report.ts';
import { listFiles } from '../src/loaders/list-files.ts';

const DIR = 'content/articles';
const FLAGS = new Set(['--fix', '--strict']);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
for (const flag of args.filter((a) => a.startsWith('--') && !FLAGS.has(a))) {
  fail(`không hiểu tùy chọn ${flag}; dùng: npm run check -- [--fix] [--strict] [tệp hoặc thư mục trong ${DIR}]`);
}
if (!existsSync(DIR)) fail(`không có thư mục ${DIR} (chạy lệnh trong thư mục gốc của dự án)`);

const files = listFiles(DIR);
const texts = new Map(files.filter(isArticleFile).map((file) => [file, readFileSync(join(DIR, file), 'utf8')]));

function selection(paths: string[]): Set<string> | undefined {
  if (paths.length === 0) return undefined;
  const selected = new Set<string>();
  for (const path of paths) {
    if (!existsSync(path)) fail(`không tìm thấy ${path}`);
    const inside = relative(resolve(DIR), resolve(path)).split(sep).join('/');
    if (inside.startsWith('..')) fail(`${path} không nằm trong ${DIR}`);
    const folder = statSync(path).isDirectory();
    for (const file of files)
      if (folder ? inside === '' || file.startsWith(`${inside}/`) : file === inside) selected.add(file);
  }
  return selected;
}

const fix = args.includes('--fix');
const result = lintArticles({
  files,
  texts,
  selected: selection(args.filter((a) => !a.startsWith('--'))),
  fix,
  imageExists: (file, reference) => existsSync(resolve(DIR, dirname(file), reference)),
});
for (const [file, text] of result.rewrites) writeFileSync(join(DIR, file), text);
const messages = sortMessages(result.messages);
for (const message of messages) console.log(formatMessage(message, DIR));
console.log(summary(messages, result.articleCount));
process.exitCode = exitCode(messages, args.includes('--strict'));
