/**
 * Each editor mistake, put in a fresh article file, must fail the build with a Vietnamese message that
 * names the file and the field. A well-formed document number missing from the registry must not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createSite, runAstro } from '../helpers/site.ts';

const VALID = {
  title: 'title: "Bài kiểm tra hợp lệ"',
  date: 'date: 2024-05-20',
  locality: 'locality: Thanh Hóa',
};

function article(fields: Partial<Record<keyof typeof VALID, string | null>> & { extra?: string }): string {
  const lines = (Object.keys(VALID) as Array<keyof typeof VALID>)
    .map((key) => (key in fields ? fields[key] : VALID[key]))
    .filter((line): line is string => typeof line === 'string');
  if (fields.extra) lines.push(fields.extra);
  return `---\n${lines.join('\n')}\n---\n\nNội dung bài viết.\n`;
}

interface FailureCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** The file the message must name. */
  file: string;
  field: string;
  message: RegExp;
}

const tinyPng = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a4161a' } })
  .png()
  .toBuffer();

const failures: FailureCase[] = [
  {
    name: 'missing title',
    files: { 'thieu-tieu-de.md': article({ title: null }) },
    file: 'thieu-tieu-de.md',
    field: 'title',
    message: /bắt buộc/,
  },
  {
    name: 'empty title',
    files: { 'tieu-de-rong.md': article({ title: 'title: "  "' }) },
    file: 'tieu-de-rong.md',
    field: 'title',
    message: /không được để trống/,
  },
  {
    name: 'missing date',
    files: { 'thieu-ngay.md': article({ date: null }) },
    file: 'thieu-ngay.md',
    field: 'date',
    message: /bắt buộc/,
  },
  {
    name: 'malformed date',
    files: { 'ngay-sai-dang.md': article({ date: 'date: hôm qua' }) },
    file: 'ngay-sai-dang.md',
    field: 'date',
    message: /không đúng dạng/,
  },
  {
    name: 'impossible unquoted date',
    files: { 'ngay-30-2.md': article({ date: 'date: 2024-02-30' }) },
    file: 'ngay-30-2.md',
    field: 'date',
    message: /không tồn tại/,
  },
  {
    name: 'impossible quoted date',
    files: { 'thang-13.md': article({ date: 'date: "2024-13-45"' }) },
    file: 'thang-13.md',
    field: 'date',
    message: /không tồn tại/,
  },
  {
    name: 'missing locality',
    files: { 'thieu-dia-phuong.md': article({ locality: null }) },
    file: 'thieu-dia-phuong.md',
    field: 'locality',
    message: /bắt buộc phải có \(tên tỉnh/,
  },
  {
    name: 'unknown province',
    files: { 'tinh-la.md': article({ locality: 'locality: Tỉnh Xứ Lạ' }) },
    file: 'tinh-la.md',
    field: 'locality',
    message: /không có tỉnh\/thành phố "Tỉnh Xứ Lạ"/,
  },
  {
    name: 'document number that does not parse',
    files: { 'so-hieu-sai.md': article({ extra: 'resolutions:\n  - 22-NQ/TW\n  - Nghị quyết hai mươi hai' }) },
    file: 'so-hieu-sai.md',
    field: 'resolutions',
    message: /không đọc được số hiệu văn bản "Nghị quyết hai mươi hai"/,
  },
  {
    name: 'cover image without alt text',
    files: { 'bai-co-anh/index.md': article({ extra: 'cover: ./anh.png' }), 'bai-co-anh/anh.png': tinyPng },
    file: 'bai-co-anh/index.md',
    field: 'coverAlt',
    message: /cần có mô tả ảnh/,
  },
  {
    name: 'two articles with the same slug',
    files: { 'Lào Cai hội thảo.md': article({}), 'lao-cai-hoi-thao.md': article({}) },
    file: 'Lào Cai hội thảo.md',
    field: '/bai-viet/lao-cai-hoi-thao/',
    message: /trùng đường dẫn/,
  },
  {
    name: 'misspelt field',
    files: { 'sai-ten-truong.md': article({ extra: 'titel: "Tiêu đề"' }) },
    file: 'sai-ten-truong.md',
    field: 'titel',
    message: /không được hỗ trợ/,
  },
];

describe('the build refuses editor mistakes, naming file and field', { concurrent: true, timeout: 120_000 }, () => {
  it.each(failures)('$name', async ({ name, files, file, field, message }) => {
    const site = createSite(`invalid-${name.replace(/\W+/g, '-')}`, { articles: files });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(false);
    expect(output).toContain(file);
    expect(output).toContain(field);
    expect(output).toMatch(message);
  });
});

describe('a document number missing from the registry', { timeout: 120_000 }, () => {
  it('still gets a page titled by its number, with a warning naming the article', async () => {
    const site = createSite('unregistered-document', {
      articles: { 'van-ban-moi.md': article({ extra: 'resolutions:\n  - 99-NQ/TW\n  - 22-NQ/TW' }) },
    });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    expect(output).toMatch(/99-NQ\/TW chưa có trong content\/documents\.json.*van-ban-moi\.md/);
    const page = join(site, 'dist/van-ban/99-nq-tw/index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('Nghị quyết 99-NQ/TW');
    expect(readFileSync(join(site, 'dist/bai-viet/van-ban-moi/index.html'), 'utf8')).toContain(
      'href="/van-ban/22-nq-tw-2008/"',
    );
  });
});
