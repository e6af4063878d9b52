import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportedArticle, type ImportOptions } from '../../../src/lib/import/import-article.ts';
import { reportLines } from '../../../src/lib/import/report.ts';
import { findProvince } from '../../../src/lib/places/localities.ts';

const TODAY = { year: 2026, month: 1, day: 1 };
const seed = (name: string) => readFileSync(`test/fixtures/seeds/${name}.txt`, 'utf8');
const BODY =
  'Thời gian qua, Ban Thường vụ Huyện ủy thường xuyên quan tâm lãnh đạo, chỉ đạo các chi bộ đổi mới nội dung sinh hoạt, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị, nhờ đó chất lượng sinh hoạt chi bộ có nhiều chuyển biến rõ nét.';

function imported(raw: string, options: Partial<ImportOptions> = {}): ImportedArticle {
  const result = importArticle(raw, { today: TODAY, ...options });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('importArticle', () => {
  it('names the file after the folded title', () => {
    expect(imported(seed('003_a3837a240afc45cb')).slug).toBe(
      'lao-cai-6-giai-phap-nang-cao-nang-luc-lanh-dao-suc-chien-dau-to-chuc-co-so-dang-o-muong-khuong',
    );
  });

  it('tells what it could not know about seed 000 (no date, no source, no author, no sapo)', () => {
    // No date line and no day in the lead: refused, naming the earliest possible date; --date imports it.
    const refused = importArticle(seed('000_5f78bbd37e0fcba4'), { today: TODAY });
    expect(refused.ok ? '' : refused.reason).toMatch(
      /^không xác định được ngày đăng: .*mốc muộn nhất bài nhắc là 21\/3\/2013, Chỉ thị 29-CT\/TU.*--date YYYY-MM-DD$/,
    );
    const article = imported(seed('000_5f78bbd37e0fcba4'), { date: '2013-06-15' });
    expect(article.frontmatter.source).toBeUndefined();
    expect(article.review).toEqual([
      expect.stringMatching(/^Không có sapo/),
      expect.stringMatching(/^Không xác định được nguồn/),
      expect.stringMatching(/^Không có tác giả/),
      'Chưa có chủ đề: thêm topics.',
    ]);
    const report = reportLines(article).join('\n');
    expect(report).toMatch(/^Đã suy ra:\n {2}- Tiêu đề: Đảng bộ Hậu Giang .* — dòng đầu của trang$/m);
    expect(report).toMatch(/^ {2}- Tỉnh\/thành phố: Hậu Giang — tên tỉnh trong tiêu đề$/m);
    expect(report).toMatch(/^Biên tập viên cần xem lại:$/m);
  });

  it('takes --date, --source and --province over what it would infer', () => {
    const article = imported(seed('000_5f78bbd37e0fcba4'), {
      date: '2013-06-15',
      source: 'Tạp chí Xây dựng Đảng',
      province: findProvince('Cần Thơ')!,
    });
    expect(article.frontmatter).toMatchObject({
      date: '2013-06-15',
      source: { name: 'Tạp chí Xây dựng Đảng' },
      locality: { province: 'Cần Thơ' },
    });
    expect(article.frontmatter.dateNote).toBeUndefined();
    expect(article.review.join('\n')).not.toMatch(/ngày đăng|nguồn/);
  });

  it('reads decomposed (NFD) text exactly like composed text', () => {
    const raw = seed('004_85d9c5ec3023bdf5');
    expect(imported(raw.normalize('NFD')).markdown).toBe(imported(raw).markdown);
  });

  it('refuses a page without a title, a date or a place, saying what to do', () => {
    expect(importArticle(`${BODY}\n${BODY} Thêm.`, { today: TODAY })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/không tìm thấy tiêu đề/),
    });
    const undated = `Huyện ủy Vị Thủy đổi mới sinh hoạt chi bộ\n${BODY}\nHuyện ủy Vị Thủy tiếp tục chỉ đạo các chi bộ thực hiện tốt quy chế làm việc, nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới, gắn với nhiệm vụ chính trị.`;
    expect(importArticle(undated, { today: TODAY })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/--date/),
    });
    expect(imported(undated, { date: '2024-05-02' }).frontmatter.locality).toEqual({
      province: 'Hậu Giang',
      district: 'huyện Vị Thủy',
    });
    const nowhere = `Đổi mới sinh hoạt chi bộ\nNgày 2/5/2024\n${BODY}\n${BODY} Thêm.`;
    expect(importArticle(nowhere, { today: TODAY })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/--province/),
    });
  });
});

describe('importArticle on pages as other CMSs print them (test/fixtures/import/page-*)', () => {
  const page = (file: string) => readFileSync(`test/fixtures/import/${file}`, 'utf8');

  it.each([
    [
      'page-bao-tinh-tieu-de-dai.txt',
      'NGUYÊN ĐOAN',
      'dòng ký tên đầu bài',
      ['Gắn nội dung sinh hoạt với việc của làng'],
    ],
    ['page-dai-truyen-hinh-tinh.txt', 'Hồng Thắng', 'dòng ký tên cuối bài', ['Tiếp tục tạo nguồn kết nạp đảng viên']],
    ['page-cong-thong-tin-xa.txt', 'Bài, ảnh: Minh Anh', 'dòng ký tên cuối bài', []],
    ['page-bao-moi-tong-hop.txt', undefined, undefined, ['Những khó khăn cần tháo gỡ']],
    [
      'page-bao-quoc-gia-ndo.txt',
      'PV',
      'dòng ký tên cuối bài',
      ['Cách làm riêng ở từng địa phương', 'Còn những việc phải làm tiếp'],
    ],
    [
      'page-cong-dang-bo-phat-bieu.txt',
      'Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành',
      'dòng ký tên cuối bài',
      ['Những kết quả nổi bật'],
    ],
  ])('%s: author %s, only real subheadings', (file, author, basis, headings) => {
    const article = imported(page(file), { date: '2021-03-30', province: findProvince('Phú Thọ')! });
    expect(article.frontmatter.author).toBe(author);
    expect(article.markdown.match(/^## .*$/gm) ?? []).toEqual(headings.map((h) => `## ${h}`));
    const report = reportLines(article).join('\n');
    if (basis !== undefined) expect(report).toContain(`  - Tác giả: ${author} — ${basis}`);
    else expect(article.review).toContainEqual(expect.stringMatching(/^Không có tác giả/));
    // Bylines and furniture never reach the body.
    const body = article.markdown.split(/^---$/m)[2] ?? '';
    for (const line of ['Lượt xem', 'Gửi bình luận', 'Bình luận (0)', 'NGUYÊN ĐOAN', 'Skip to main content', 'Banner'])
      expect(body, line).not.toContain(line);
  });

  it('names the title’s line in the report, after the header furniture it skipped', () => {
    const report = reportLines(
      imported(page('page-cong-thong-tin-xa.txt'), { date: '2020-09-16', province: findProvince('Thanh Hóa')! }),
    ).join('\n');
    expect(report).toMatch(
      /^ {2}- Tiêu đề: Đại hội Chi bộ thôn Yên Trung nhiệm kỳ 2022 - 2025 — dòng đầu của bài, bỏ qua 10 dòng đầu trang phía trên/m,
    );
  });
});
