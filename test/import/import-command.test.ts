/**
 * `npm run import` as editors run it: the CLI in a child process on the five seeds (the output must be
 * the committed articles), on raw pages made for these tests (test/fixtures/import/), on unusable input,
 * and a throwaway site built from its output.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textLines } from '../../src/lib/import/raw-text.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts/import.ts');
const SEEDS = join(PROJECT_ROOT, 'test/fixtures/seeds');
const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/import');
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with the project's Node (the one running the tests), from the project folder. */
function runImport(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

interface Article {
  front: Record<string, unknown>;
  /** Paragraphs, captions and subheadings, in order, as written. */
  blocks: string[];
}

function readArticle(path: string): Article {
  const [, yaml = '', body = ''] = readFileSync(path, 'utf8').split(/^---$/m);
  return {
    front: parse(yaml) as Record<string, unknown>,
    blocks: body
      .split(/\n{2,}/)
      .map((b) => b.trim())
      .filter((b) => b !== ''),
  };
}

/** The only article the run wrote into `dir`. */
function written(dir: string): { file: string; article: Article } {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return { file: files[0]!, article: readArticle(join(dir, files[0]!)) };
}

/** The fields the import must get right, in comparable form (YAML dates of committed files are read raw). */
function comparable(front: Record<string, unknown>, raw: string): Record<string, unknown> {
  const rawDate = /^date: (.+)$/m.exec(raw)?.[1];
  return {
    title: front.title,
    date: rawDate,
    locality: front.locality,
    resolutions: new Set(front.resolutions as string[]),
    source: front.source,
    author: front.author,
  };
}

const seedFiles = readdirSync(SEEDS).sort();
const committedFor = (slugFile: string) => join(PROJECT_ROOT, 'content/articles', slugFile);

describe('import of the five seeds', { concurrent: true, timeout: 30_000 }, () => {
  // What a tool cannot know from these pages: the committed articles were dated and sourced by hand.
  const overrides: Record<string, string[]> = {
    '000_5f78bbd37e0fcba4.txt': ['--date', '2013-06-15', '--source', 'Tạp chí Xây dựng Đảng'],
    '002_14730a6d586eb5d4.txt': ['--date', '2021-01-15'],
  };

  it.each(seedFiles)('%s gives the committed article', async (seed) => {
    const out = tempDir();
    const run = await runImport(join(SEEDS, seed), '--out', out, ...(overrides[seed] ?? []));
    expect(run.status, run.stderr).toBe(0);
    const { file, article } = written(out);
    const committedPath = committedFor(file);
    expect(existsSync(committedPath), `${file} is not a committed article`).toBe(true);
    const committed = readArticle(committedPath);
    expect(comparable(article.front, readFileSync(join(out, file), 'utf8'))).toEqual(
      comparable(committed.front, readFileSync(committedPath, 'utf8')),
    );
    expect(article.front.sapo).toEqual(committed.front.sapo);
    expect(article.blocks).toEqual(committed.blocks);
    expect(run.stdout).toContain(`Đã ghi ${join(out, file)}`);
  });

  it('refuses the undated seeds, saying what they print and how to give the date', async () => {
    // A lower bound is not the publication date: the editor gets it as a hint, with the option to pass.
    const cases = [
      ['000_5f78bbd37e0fcba4.txt', 'mốc muộn nhất bài nhắc là 21/3/2013, Chỉ thị 29-CT/TU'],
      ['002_14730a6d586eb5d4.txt', 'trang không có dòng ngày đăng và đầu bài không ghi ngày'],
    ];
    for (const [seed, printed] of cases) {
      const out = tempDir();
      const run = await runImport(join(SEEDS, seed!), '--out', out);
      expect(run.status).toBe(1);
      expect(readdirSync(out)).toEqual([]);
      expect(run.stderr).toContain('không xác định được ngày đăng: ');
      expect(run.stderr).toContain(printed);
      expect(run.stderr).toContain('chạy lại với --date YYYY-MM-DD');
    }
  });

  it('dates seed 003 from its anniversary with the committed note, and tells the editor what it inferred', async () => {
    const out = tempDir();
    const run = await runImport(join(SEEDS, '003_a3837a240afc45cb.txt'), '--out', out);
    const committed = readArticle(committedFor(written(out).file));
    expect(written(out).article.front.dateNote).toBe(committed.front.dateNote);
    expect(run.stdout).toContain('  - Nguồn: Báo Nhân Dân — dấu nguồn “NDO” ở đầu bài');
    expect(run.stdout).toContain('  - Tỉnh/thành phố: Lào Cai — tiền tố “Lào Cai:” của tiêu đề');
    expect(run.stdout).toContain(
      '  - Không có tác giả: trang gốc không ghi tên người viết ở cuối bài; thêm author nếu biết.',
    );
  });
});

interface FixtureCase {
  file: string;
  slug: string;
  front: Record<string, unknown>;
  /** Page furniture of the raw text that must not reach the article. */
  furniture: string[];
  review: RegExp[];
}

const FIXTURE_CASES: FixtureCase[] = [
  {
    file: 'kien-xuong-ndo-ngay-gio.txt',
    slug: 'kien-xuong-doi-moi-sinh-hoat-chi-bo-gan-voi-chuyen-doi-so',
    front: {
      date: '2024-03-15T14:30',
      locality: { province: 'Thái Bình', district: 'huyện Kiến Xương', commune: 'xã Quang Minh' },
      resolutions: ['10-CT/TW', '12-HD/BTCTW'],
      source: { name: 'Báo Nhân Dân' },
      author: 'MINH HÀ',
    },
    furniture: [
      'Trang chủ',
      'Zalo',
      '0:00',
      'Tin liên quan',
      'Thái Bình triển khai ứng dụng sổ tay',
      'Từ khóa',
      'Họ và tên',
    ],
    review: [/chưa có trong danh mục content\/documents\.json: 12-HD\/BTCTW/],
  },
  {
    file: 'vi-thuy-dcsvn-sau-sap-xep.txt',
    slug: 'xa-vi-thuy-kien-toan-to-chuc-dang-sau-sap-xep-don-vi-hanh-chinh',
    front: {
      date: '2025-07-15T10:20',
      locality: { province: 'Cần Thơ', commune: 'xã Vị Thủy' },
      resolutions: ['60-NQ/TW', '21-KL/TW'],
      source: { name: 'Báo điện tử Đảng Cộng sản Việt Nam' },
      author: 'Ngọc Trâm - Hữu Phước',
    },
    furniture: [
      'In bài viết',
      'Xem thêm',
      'Đọc thêm',
      'công bố quyết định thành lập',
      'Trung tâm phục vụ',
      'THÔNG TIN CẦN BIẾT',
      '31°C',
      'mưa rào',
    ],
    review: [/60-NQ\/TW/],
  },
  {
    file: 'chau-thanh-a-hgo-sang-5-9.txt',
    slug: 'chau-thanh-a-nang-chat-sinh-hoat-chi-bo-ap',
    front: {
      date: '2024-09-05',
      dateNote:
        'Bài chỉ ghi “Sáng 5-9” mà không ghi năm; năm 2024 được suy ra từ ngày giờ của các tin khác trên cùng trang (6/9/2024).',
      locality: { province: 'Hậu Giang', district: 'huyện Châu Thành A', commune: 'thị trấn Một Ngàn' },
      resolutions: ['45-KH/HU', 'Nghị quyết Đại hội Đảng bộ huyện Châu Thành A lần thứ XII'],
      source: { name: 'Báo Hậu Giang' },
      author: 'Bài, ảnh: HOÀNG LONG',
    },
    furniture: ['Gửi bài viết', 'Viết bình luận mới', 'nghỉ hưu', '08:10 06/09/2024', 'Phụng Hiệp', 'mưa rào'],
    review: [/Năm đăng bài \(2024\) được suy ra/, /45-KH\/HU/],
  },
  {
    file: 'van-chan-nguon-la-chieu-ngay.txt',
    slug: 'van-chan-ket-nap-215-dang-vien-moi-sau-mot-nam',
    front: {
      date: '2024-02-03',
      dateNote:
        'Bài chỉ ghi “Chiều ngày 3-2” mà không ghi năm; năm 2024 được suy ra từ dịp kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (1930).',
      locality: { province: 'Yên Bái', district: 'huyện Văn Chấn' },
      resolutions: ['28-CT/TW', '21-NQ/TW'],
      // The marker is the paper's own address: the registry knows whose it is.
      source: { name: 'Báo Yên Bái' },
    },
    furniture: [
      'Trang chủ',
      'Quảng cáo',
      'Bài liên quan',
      'Huy hiệu Đảng cho hơn',
      '09:15 01/02/2024',
      'Ý kiến bạn đọc',
      'bình luận',
    ],
    review: [/Không có tác giả/, /28-CT\/TW/],
  },
];

describe('import of raw pages in other forms (test/fixtures/import)', { concurrent: true, timeout: 30_000 }, () => {
  it.each(FIXTURE_CASES)('$file', async ({ file, slug, front, furniture, review }) => {
    const out = tempDir();
    const run = await runImport(join(FIXTURES, file), '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const result = written(out);
    expect(result.file).toBe(`${slug}.md`);
    expect(result.article.front).toMatchObject(front);
    if (!('dateNote' in front)) expect(result.article.front.dateNote).toBeUndefined();
    if (!('author' in front)) expect(result.article.front.author).toBeUndefined();

    // Wording is the source's: every paragraph, caption and subheading is a line of the raw page.
    const rawLines = new Set(textLines(readFileSync(join(FIXTURES, file), 'utf8')));
    const texts = result.article.blocks.map((block) => block.replace(/^## |^\*|\*$/g, ''));
    expect(texts.filter((text) => !rawLines.has(text))).toEqual([]);
    const article = readFileSync(join(out, result.file), 'utf8');
    for (const text of furniture) expect(article, text).not.toContain(text);

    const reviewList = run.stdout.slice(run.stdout.indexOf('Biên tập viên cần xem lại:'));
    for (const item of review) expect(reviewList).toMatch(item);
  });
});

describe('command line behaviour', { concurrent: true, timeout: 30_000 }, () => {
  const seed001 = join(SEEDS, '001_68bbb75da05f07e3.txt');

  it('prints the article with --dry-run and writes nothing', async () => {
    const out = tempDir();
    const run = await runImport(seed001, '--out', out, '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual([]);
    expect(run.stdout).toContain('Bản xem trước (--dry-run, không ghi tệp)');
    expect(run.stdout).toContain('title: "Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ"');
    expect(run.stdout).toContain('  - Ngày đăng: 2021-12-06T08:09 — dòng ngày “Thứ Hai, ngày 06/12/2021 | 08:09”');
  });

  it('refuses to overwrite an article, naming the file', async () => {
    const out = tempDir();
    expect((await runImport(seed001, '--out', out)).status).toBe(0);
    const path = join(out, 'chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu.md');
    writeFileSync(path, 'bản đã sửa');
    const again = await runImport(seed001, '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /đã có bài .*chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu\.md .*không ghi đè/,
    );
    expect(readFileSync(path, 'utf8')).toBe('bản đã sửa');
  });

  it('refuses an article whose slug an existing folder article already has', async () => {
    const out = tempDir();
    mkdirSync(join(out, '2021/Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ'), { recursive: true });
    writeFileSync(
      join(out, '2021/Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ/index.md'),
      '---\n---\n',
    );
    const run = await runImport(seed001, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('index.md');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /rong\.txt: tệp rỗng/],
    [
      'a binary file',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]),
      /không phải văn bản UTF-8/,
    ],
    [
      'a page without a title',
      Buffer.from(`${'Một đoạn văn dài không có tiêu đề. '.repeat(8)}\n${'Đoạn thứ hai. '.repeat(20)}`),
      /không tìm thấy tiêu đề/,
    ],
  ])('fails on %s with a Vietnamese message', async (_name, bytes, message) => {
    const dir = tempDir();
    const file = join(dir, 'rong.txt');
    writeFileSync(file, bytes);
    const out = tempDir();
    const run = await runImport(file, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Lỗi: /);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('fails on a missing path and on a wrong command line', async () => {
    const missing = await runImport(join(tempDir(), 'khong-co.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/không tìm thấy tệp hoặc thư mục .*khong-co\.txt/);
    const none = await runImport();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/thiếu đường dẫn[\s\S]*Cách dùng: npm run import/);
    expect((await runImport(seed001, '--date', '2021-13-06')).stderr).toMatch(/--date: tháng 13 không tồn tại/);
    expect((await runImport(seed001, '--province', 'Xứ Lạ')).stderr).toMatch(
      /--province: không có tỉnh\/thành phố "Xứ Lạ"/,
    );
    expect((await runImport(seed001, '--bogus')).status).toBe(2);
  });

  it('imports every .txt file of a folder, reports each, and fails if one failed', async () => {
    const dir = tempDir();
    for (const file of ['kien-xuong-ndo-ngay-gio.txt', 'chau-thanh-a-hgo-sang-5-9.txt'])
      copyFileSync(join(FIXTURES, file), join(dir, file));
    writeFileSync(join(dir, 'rong.txt'), '');
    writeFileSync(join(dir, 'ghi-chu.md'), '# không phải bài cần nhập');
    const out = tempDir();
    const run = await runImport(dir, '--out', out);
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      'chau-thanh-a-nang-chat-sinh-hoat-chi-bo-ap.md',
      'kien-xuong-doi-moi-sinh-hoat-chi-bo-gan-voi-chuyen-doi-so.md',
    ]);
    expect(run.stdout.match(/^== /gm)).toHaveLength(3);
    expect(run.stderr).toMatch(/rong\.txt: tệp rỗng/);
    expect(run.stdout).toContain('Xong: 2 tệp nhập được, 1 tệp lỗi.');
  });
});

describe('--url and the source lines a page prints', { concurrent: true, timeout: 30_000 }, () => {
  const glo = join(FIXTURES, 'glo-khong-dia-danh-url.txt');
  const GLO_URL = 'https://baogialai.com.vn/chi-bo-thon-lang-doi-moi-cach-sinh-hoat-chuyen-de-post123456.html';

  it('fills source.name, source.url and the province the text does not name', async () => {
    const out = tempDir();
    const run = await runImport(glo, '--out', out, '--date', '2024-05-14', '--url', GLO_URL);
    expect(run.status, run.stderr).toBe(0);
    const { article } = written(out);
    expect(article.front.source).toEqual({ name: 'Báo Gia Lai', url: GLO_URL });
    expect((article.front.locality as { province: string }).province).toBe('Gia Lai');
    // The marker and the closing "Nguồn:" line are the source's, not the article's; after the comments
    // heading, "Theo TTXVN" is furniture and names nothing.
    const text = readFileSync(join(out, written(out).file), 'utf8');
    expect(text).not.toContain('(GLO)');
    expect(text).not.toContain('Nguồn: Báo Gia Lai');
    expect(text).not.toContain('Theo TTXVN');
    expect(run.stdout).not.toContain('Chưa có địa chỉ bài gốc');
  });

  it('names a merged paper after 1/7/2025 as its successor', async () => {
    const out = tempDir();
    const run = await runImport(glo, '--out', out, '--date', '2025-08-14', '--url', GLO_URL);
    expect(run.status, run.stderr).toBe(0);
    expect(written(out).article.front.source).toEqual({ name: 'Báo và Phát thanh, Truyền hình Gia Lai', url: GLO_URL });
  });

  it('reports an address and a printed marker of different publishers instead of choosing silently', async () => {
    const out = tempDir();
    // The page names no place and the two publishers do not agree on one: the tool asks.
    const asked = await runImport(glo, '--out', out, '--date', '2024-05-14', '--url', 'https://nhandan.vn/bai-1.html');
    expect(asked.status).toBe(1);
    expect(asked.stderr).toMatch(/--province/);
    const run = await runImport(
      glo,
      ...['--out', out, '--date', '2024-05-14', '--province', 'Gia Lai'],
      '--url',
      'https://nhandan.vn/bai-1.html',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(written(out).article.front.source).toEqual({ name: 'Báo Nhân Dân', url: 'https://nhandan.vn/bai-1.html' });
    expect(run.stdout).toMatch(/Địa chỉ bài là của Báo Nhân Dân nhưng trang ghi nguồn Báo Gia Lai/);
  });

  it('takes the original publisher of an aggregator page from its “Theo …” line', async () => {
    const out = tempDir();
    const file = join(FIXTURES, 'baomoi-theo-nhan-dan.txt');
    const run = await runImport(
      file,
      '--out',
      out,
      '--date',
      '2024-09-20',
      '--province',
      'Hà Nội',
      '--url',
      'https://baomoi.com/dang-uy-phuong/c/4567.epi',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(written(out).article.front.source).toEqual({ name: 'Báo Nhân Dân' });
    expect(readFileSync(join(out, written(out).file), 'utf8')).not.toContain('Theo Báo Nhân Dân');
    expect(run.stdout).toMatch(/Trang lấy từ Báo Mới \(trang tổng hợp\); nguồn gốc là Báo Nhân Dân/);
  });

  it('refuses an address that is not one', async () => {
    const run = await runImport(glo, '--url', 'baogialai');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--url: "baogialai" không có tên miền đầy đủ/);
    expect((await runImport(glo, '--url', 'ftp://baogialai.com.vn/a')).stderr).toMatch(/--url: chỉ nhận địa chỉ http/);
  });
});

describe('a site built from imported articles', () => {
  it('accepts them and lists every cited document', { timeout: 180_000 }, async () => {
    const out = tempDir();
    for (const { file } of FIXTURE_CASES) expect((await runImport(join(FIXTURES, file), '--out', out)).status).toBe(0);
    const articles = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    const site = createSite('imported-articles', { articles });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    for (const { slug } of FIXTURE_CASES)
      expect(existsSync(join(site, 'dist/bai-viet', slug, 'index.html')), slug).toBe(true);
    // The build warns about documents an article's text cites but its resolutions leave out: none here.
    expect(output).not.toContain('[trích dẫn]');
    const page = readFileSync(
      join(site, 'dist/bai-viet/chau-thanh-a-nang-chat-sinh-hoat-chi-bo-ap/index.html'),
      'utf8',
    );
    expect(page).toContain('class="photo-caption"');
  });
});
