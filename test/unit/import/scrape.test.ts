import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../../src/lib/import/raw-text.ts';
import { parseScrape, type Scrape } from '../../../src/lib/import/scrape.ts';

// Paragraphs long enough (≥ 200 characters) to start the body.
const P1 =
  'Thời gian qua, Ban Thường vụ Huyện ủy thường xuyên quan tâm lãnh đạo, chỉ đạo các chi bộ đổi mới nội dung sinh hoạt, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị, nhờ đó chất lượng sinh hoạt chi bộ có nhiều chuyển biến.';
const P2 =
  'Cùng với đó, cấp ủy các cấp tăng cường kiểm tra, giám sát việc thực hiện quy chế làm việc, kịp thời chấn chỉnh những hạn chế, thiếu sót; biểu dương những chi bộ làm tốt, tạo sức lan tỏa trong toàn Đảng bộ huyện thời gian qua.';
const LEAD =
  'Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, đánh giá kết quả thực hiện các chỉ tiêu và đề ra nhiệm vụ trọng tâm.';

function scrape(text: string): Scrape {
  const result = parseScrape(textLines(text));
  if (!result.ok) throw new Error(result.reason);
  return result.scrape;
}

function failure(text: string): string {
  const result = parseScrape(textLines(text));
  if (result.ok) throw new Error('expected a failure');
  return result.reason;
}

describe('parseScrape: title first', () => {
  it('finds title, date line, marked lead, captions, subheadings, byline, and stops at the comments', () => {
    const page = [
      'Tiêu đề bài viết về sinh hoạt chi bộ',
      'Thứ Hai, ngày 06/12/2021 | 08:09',
      `NDO - ${LEAD}`,
      'Quang cảnh hội nghị. (Ảnh: PV)',
      P1,
      'Những việc cần làm tiếp',
      P2,
      'Bài, ảnh: TRƯỜNG SƠN',
      'Viết bình luận mới',
      'Tin khác',
      `(HGO) - ${P1.replace('Thời gian qua', 'Chiều ngày 20-11')}`,
    ].join('\n');
    const s = scrape(page);
    expect(s.title).toBe('Tiêu đề bài viết về sinh hoạt chi bộ');
    expect(s.titleFrom).toBe('first-line');
    expect(s.dateLine?.printed).toBe('Thứ Hai, ngày 06/12/2021 | 08:09');
    expect(s.sapo).toBe(LEAD);
    expect(s.leadMarker).toBe('NDO');
    expect(s.blocks).toEqual([
      { kind: 'caption', text: 'Quang cảnh hội nghị. (Ảnh: PV)' },
      { kind: 'paragraph', text: P1 },
      { kind: 'heading', text: 'Những việc cần làm tiếp' },
      { kind: 'paragraph', text: P2 },
    ]);
    expect(s.byline).toBe('Bài, ảnh: TRƯỜNG SƠN');
    expect(s.dropped).toContain('Tin khác');
    expect(s.dropped.at(-1)).toMatch(/^\(HGO\)/);
  });

  it('drops a box of related stories between two paragraphs and goes on with the article', () => {
    const s = scrape(
      [
        'Tiêu đề',
        P1,
        P2,
        'Tin liên quan',
        'Một tin khác về xây dựng Đảng',
        '» Tin thứ hai',
        '09:15 21/11/2024',
        P1.replace('Thời gian qua', 'Năm nay'),
      ].join('\n'),
    );
    expect(s.blocks.map((b) => b.text)).toEqual([P2, P1.replace('Thời gian qua', 'Năm nay')]);
    expect(s.dropped).toEqual(['Tin liên quan', 'Một tin khác về xây dựng Đảng', '» Tin thứ hai', '09:15 21/11/2024']);
  });

  it('takes short lines before the body as captions, and a line printed twice in a row as a caption', () => {
    const s = scrape(
      ['Tiêu đề', `NDO - ${P1}`, '0:00 / 0:00', 'Quang cảnh hội thảo.', 'Quang cảnh hội thảo.', P2].join('\n'),
    );
    expect(s.blocks).toEqual([
      { kind: 'caption', text: 'Quang cảnh hội thảo.' },
      { kind: 'paragraph', text: P2 },
    ]);
    const before = scrape(
      ['Tiêu đề', 'Các đồng chí trong Đảng ủy xã trao đổi công tác xây dựng đảng với phóng viên', P1, P2].join('\n'),
    );
    expect(before.blocks[0]).toEqual({
      kind: 'caption',
      text: 'Các đồng chí trong Đảng ủy xã trao đổi công tác xây dựng đảng với phóng viên',
    });
    expect(before.sapo).toBeUndefined();
  });

  it('takes an unmarked opening paragraph of lead length as the sapo, but not a long one', () => {
    expect(scrape(['Tiêu đề', LEAD, P1].join('\n')).sapo).toBe(LEAD);
    expect(scrape(['Tiêu đề', `${P1} ${P2}`, P2].join('\n')).sapo).toBeUndefined();
  });

  it('only drops a tail marker that comes before the body', () => {
    const s = scrape(['Tiêu đề', 'Địa phương', `${P1} ${P2}`, P2].join('\n'));
    expect(s.blocks.map((b) => b.text)).toEqual([`${P1} ${P2}`, P2]);
  });
});

describe('parseScrape: lead first (seed 002, Báo Thanh Hóa)', () => {
  it('takes the short line printed twice as the title and the first line as the lead', () => {
    const s = scrape(readFileSync('test/fixtures/seeds/002_14730a6d586eb5d4.txt', 'utf8'));
    expect(s.titleFrom).toBe('repeated-line');
    expect(s.title).toBe('Huyện Thường Xuân nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng');
    expect(s.leadMarker).toBe('(Baothanhhoa.vn)');
    expect(s.sapo).toMatch(/^Xác định việc đổi mới/);
    expect(s.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(s.byline).toBe('Trần Thanh');
  });
});

describe('parseScrape: unusable pages', () => {
  it('needs a title', () => {
    expect(failure(`${P1}\n${P2}`)).toMatch(/không tìm thấy tiêu đề/);
    expect(failure('Bình luận\nTrả lời\n0:00')).toMatch(/không tìm thấy tiêu đề/);
  });

  it('needs a body', () => {
    expect(failure('Tiêu đề\nViết bình luận mới')).toMatch(/không tìm thấy thân bài/);
  });
});
