/**
 * `npm run check`'s content lint as editors run it: scripts/check-content.ts in a folder of its own
 * (the seed articles plus broken ones), reading and rewriting real files.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../helpers/lint.ts';
import { runScript } from '../helpers/run-script.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const tempDir = useTempDirs('check-content-');

/** A project folder with content/articles holding the seed articles (optionally) and `files`. */
function fixture(files: Record<string, string>, { withSeeds = true } = {}): string {
  const root = tempDir();
  const dir = join(root, 'content/articles');
  mkdirSync(dir, { recursive: true });
  if (withSeeds) cpSync(join(PROJECT_ROOT, 'content/articles'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return root;
}

const check = (root: string, ...args: string[]) => runScript('check-content.ts', args, root);
const NFD_ARTICLE = article({ title: '"Hội nghị ở Hậu Giang"'.normalize('NFD') });

describe('npm run check: content lint', { timeout: 60_000 }, () => {
  it('finds nothing in the seed articles', async () => {
    const { code, stdout, stderr } = await check(fixture({}));
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '0 lỗi, 0 cảnh báo trong 5 bài\n', stderr: '' });
  });

  it('reports every rule with file, line and field, sorted, and fails on errors', async () => {
    const root = fixture({
      'ngay-sai.md': article({ date: '2024-02-30' }),
      'yaml-sai.md': '---\ntitle: Bắc Giang: kết quả\ndate: 2024-05-20\nlocality: Bắc Giang\n---\n\nNội dung.\n',
      'ghi-chu.txt': 'ghi chú',
      'Trùng tên.md': article(),
      'trung-ten.md': article(),
      'trich-dan.md': article({ resolutions: '\n  - 22-NQ/TW\n  - 99-NQ/TW' }, 'Thực hiện Chỉ thị 05-CT/TW.'),
      'lien-ket.md': article({}, 'Xem [bài trước](/bai-viet/khong-co/).'),
      'nfd.md': NFD_ARTICLE,
      'thanh-hoa.md': article({ locality: 'Thanh Hoá' }),
    });
    const { code, stdout } = await check(root);
    const a = 'content/articles';
    expect(stdout.split('\n')).toEqual([
      `${a}/ghi-chu.txt:1 [tên tệp] lỗi: không phải bài viết (.md hoặc .mdx) cũng không phải ảnh: đổi đuôi thành .md hoặc chuyển tệp ra khỏi content/articles`,
      `${a}/lien-ket.md:7 [thân bài] lỗi: không có bài nào ở /bai-viet/khong-co/: sửa đường dẫn theo tên tệp của bài trong content/articles (không dấu, nối bằng dấu -)`,
      `${a}/nfd.md:2 [title] cảnh báo: chữ có dấu không ở dạng chuẩn NFC (dòng 2), thường do dán từ Word hoặc máy Mac; tìm kiếm sẽ không khớp: chạy npm run check -- --fix`,
      `${a}/ngay-sai.md:3 [date] lỗi: ngày 30/2/2024 không tồn tại (ngày "2024-02-30")`,
      `${a}/thanh-hoa.md:4 [locality] cảnh báo: "Thanh Hoá" đặt dấu thanh khác danh mục địa phương: viết "Thanh Hóa"`,
      `${a}/trich-dan.md:7 [resolutions] cảnh báo: 99-NQ/TW chưa có trong content/documents.json (trang /van-ban/99-nq-tw/ dùng số hiệu làm tiêu đề): kiểm tra lại số hiệu; nếu đúng, thêm văn bản vào content/documents.json`,
      `${a}/trich-dan.md:10 [resolutions] cảnh báo: thân bài nhắc Chỉ thị 05-CT/TW nhưng trường resolutions chưa có: thêm "05-CT/TW" vào resolutions`,
      `${a}/trung-ten.md:1 [tên tệp] lỗi: trùng đường dẫn /bai-viet/trung-ten/ với Trùng tên.md: hai bài không được có cùng slug, hãy đổi tên một tệp`,
      `${a}/yaml-sai.md:2 [title] lỗi: frontmatter không đọc được: giá trị có dấu hai chấm và dấu cách (": "): đặt cả giá trị trong ngoặc kép, ví dụ title: "Bắc Giang: Kết quả…"`,
      '5 lỗi, 4 cảnh báo trong 13 bài',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('checks only the files given, against the whole folder', async () => {
    const root = fixture({ 'a.md': article({}, '[x](/bai-viet/b/)'), 'b.md': article({ date: null }) });
    const { code, stdout } = await check(root, 'content/articles/a.md');
    expect({ code, stdout }).toEqual({ code: 0, stdout: '0 lỗi, 0 cảnh báo trong 1 bài\n' });
    const other = await check(root, 'content/articles/b.md', 'content/articles/a.md');
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(
      /^content\/articles\/b\.md:1 \[date\] lỗi: bắt buộc phải có .*\n1 lỗi, 0 cảnh báo trong 2 bài\n$/,
    );
    writeFileSync(join(root, 'nhap.md'), article());
    expect(await check(root, 'nhap.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nhap.md không nằm trong content/articles\n',
    });
    expect(await check(root, 'content/articles/khong-co.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'không tìm thấy content/articles/khong-co.md\n',
    });
  });

  it('rewrites NFD text in NFC with --fix, and says so', async () => {
    const root = fixture({ 'nfd.md': NFD_ARTICLE }, { withSeeds: false });
    const file = join(root, 'content/articles/nfd.md');
    const fixed = await check(root, '--fix');
    expect(fixed).toEqual({
      code: 0,
      stdout:
        'content/articles/nfd.md:2 [title] đã sửa: đã chuyển chữ sang dạng chuẩn NFC (dòng 2)\n0 lỗi, 0 cảnh báo trong 1 bài; đã sửa 1 tệp\n',
      stderr: '',
    });
    expect(readFileSync(file, 'utf8')).toBe(NFD_ARTICLE.normalize('NFC'));
    expect((await check(root)).stdout).toBe('0 lỗi, 0 cảnh báo trong 1 bài\n');
  });

  it('passes warnings unless --strict', async () => {
    const root = fixture({ 'thanh-hoa.md': article({ locality: 'Thanh Hoá' }) }, { withSeeds: false });
    const relaxed = await check(root);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/\n0 lỗi, 1 cảnh báo trong 1 bài\n$/);
    const strict = await check(root, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(relaxed.stdout);
  });
});
