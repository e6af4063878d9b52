/**
 * `npm run new` as editors run it: scripts/new-article.ts writing into a folder of its own; the file it
 * writes passes the content lint and, once finished by an editor, builds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVnDateTime } from '../../src/lib/dates/vn-date.ts';
import { runScript } from '../helpers/run-script.ts';
import { createSite, runAstro } from '../helpers/site.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

/** A project folder without content/articles yet, as `npm run new` and `npm run check` see it. */
const project = useTempDirs('new-article-');

const TITLE = 'Đảng bộ Hậu Giang: 5 năm nâng cao chất lượng sinh hoạt chi bộ';
const SLUG = 'dang-bo-hau-giang-5-nam-nang-cao-chat-luong-sinh-hoat-chi-bo';

const newArticle = (root: string, ...args: string[]) =>
  runScript('new-article.ts', args, root, { TZ: 'America/Los_Angeles' });

describe('npm run new', { timeout: 60_000 }, () => {
  it('creates a draft named after the title, dated now in Vietnam time, and prints its path', async () => {
    const root = project();
    const before = Date.now();
    const { code, stdout, stderr } = await newArticle(root, TITLE);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `content/articles/${SLUG}.md\n`, stderr: '' });
    const text = readFileSync(join(root, 'content/articles', `${SLUG}.md`), 'utf8');
    expect(text).toContain(`\ntitle: "${TITLE}"\n`);
    expect(text).toMatch(/\ndraft: true /);
    // Run in Los Angeles: only a date computed in Vietnam time lands within a minute of now.
    const date = parseVnDateTime(/\ndate: (\S+)/.exec(text)![1]!);
    expect(date.ok && date.value.hasTime).toBe(true);
    if (date.ok) expect(Math.abs(date.value.date.getTime() - before)).toBeLessThan(120_000);
  });

  it('refuses to overwrite an article with the same address, naming it', async () => {
    const root = project();
    await newArticle(root, TITLE);
    const file = join(root, 'content/articles', `${SLUG}.md`);
    writeFileSync(file, 'đã sửa');
    const again = await newArticle(root, TITLE.toUpperCase());
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `đã có bài content/articles/${SLUG}.md ở /bai-viet/${SLUG}/; không ghi đè: đặt tiêu đề khác hoặc sửa bài đó\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('đã sửa');
  });

  it.each([
    ['no title', [], /^thiếu tiêu đề bài viết; dùng: npm run new -- "Tiêu đề bài viết"/],
    ['a title without letters or digits', ['!!! …'], /^tiêu đề "!!! …" không tạo được tên tệp/],
    ['an unknown province', ['Bài', '--province', 'Xứ Lạ'], /^không có tỉnh\/thành phố "Xứ Lạ" trong danh mục/],
  ])('stops with a Vietnamese message on %s', async (_, args, message) => {
    const root = project();
    const { code, stdout, stderr } = await newArticle(root, ...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('writes a file the content lint accepts as it is when the province is given', async () => {
    const root = project();
    expect((await newArticle(root, TITLE, '--province', 'hau giang')).code).toBe(0);
    const text = readFileSync(join(root, 'content/articles', `${SLUG}.md`), 'utf8');
    expect(text).toContain('\n  province: Hậu Giang\n');
    const lint = await runScript('check-content.ts', [], root);
    expect({ code: lint.code, stdout: lint.stdout }).toEqual({ code: 0, stdout: '0 lỗi, 0 cảnh báo trong 1 bài\n' });
  });

  it('without a province, the lint asks for it on the line to fill in', async () => {
    const root = project();
    await newArticle(root, TITLE);
    const text = readFileSync(join(root, 'content/articles', `${SLUG}.md`), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('# locality:')) + 1;
    const lint = await runScript('check-content.ts', [], root);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toBe(
      `content/articles/${SLUG}.md:${line} [locality] lỗi: bắt buộc phải có (tên tỉnh, hoặc nhóm { province, district, commune })\n1 lỗi, 0 cảnh báo trong 1 bài\n`,
    );
  });

  it('builds once the draft flag is removed and a locality filled in', async () => {
    const site = createSite('new-article');
    const { code } = await newArticle(site, TITLE, '--out', join(site, 'content/articles'));
    expect(code).toBe(0);
    const file = join(site, 'content/articles', `${SLUG}.md`);
    const finished = readFileSync(file, 'utf8')
      .replace(/^draft: true.*\n/m, '')
      .replace(/^# locality:.*\n# {3}province: Hậu Giang/m, 'locality:\n  province: Hậu Giang');
    writeFileSync(file, finished);
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    const page = readFileSync(join(site, 'dist/bai-viet', SLUG, 'index.html'), 'utf8');
    expect(page).toContain(TITLE);
    expect(page).toContain('Nội dung bài viết.');
  }, 180_000);
});
