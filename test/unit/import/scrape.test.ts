import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../../src/lib/import/raw-text.ts';
import { bylineBasis, parseScrape, titleBasis, type Block, type Scrape } from '../../../src/lib/import/scrape.ts';

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

/** A page's text: the title line, then the given lines. */
const withTitle = (title: string, ...rest: string[]) => [title, ...rest].join('\n');
const texts = (blocks: readonly Block[], kind?: Block['kind']) =>
  blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => b.text);

describe('parseScrape: the headline is never page furniture', () => {
  it.each([
    'Skip to main content',
    'Bỏ qua nội dung',
    '• Loading...',
    'Đang tải',
    'Banner',
    'Quảng cáo',
    'Thời sự',
    'Xây dựng Đảng',
    'Chính trị',
    'Thời sự Chính trị Kinh tế Xã hội Văn hóa',
    'Xã hội | Y tế | Giáo dục',
    'Trang chủ',
    'Trang chủ > Tin tức > Xây dựng Đảng',
    'Trang chủ / Chính trị',
    'Tin tức › Xây dựng Đảng',
    'Đăng nhập',
    'Tìm kiếm',
    'Thứ Năm, ngày 03/12/2026',
    'Hôm nay: 03/12/2026',
    'Hà Nội 28°C',
    'Hotline: 0912 345 678',
    'Đường dây nóng: 0269 3824 000',
    'Báo Gia Lai điện tử',
    'CỔNG THÔNG TIN ĐIỆN TỬ XÃ SAO VÀNG',
    'Lượt xem: 688',
    '2 giờ trước',
  ])('skips “%s” above the headline', (furniture) => {
    const s = scrape([furniture, 'Tiêu đề thật của bài', LEAD, P1, P2].join('\n'));
    expect(s.title).toBe('Tiêu đề thật của bài');
    expect(s.furnitureAboveTitle).toBeGreaterThanOrEqual(furniture.startsWith('Thứ') ? 0 : 1);
    expect(texts(s.blocks)).not.toContain(furniture);
  });

  it('takes the line right above the date line when unknown header lines come first, and says so', () => {
    const s = scrape(
      [
        'Thứ Năm, ngày 03/12/2026',
        'SỔ TAY ĐẢNG VIÊN TRỰC TUYẾN',
        'Ban Tuyên giáo Huyện ủy',
        'Chi bộ là nền tảng của Đảng ở khu dân cư',
        'Thứ Hai, ngày 06/12/2021 | 08:09',
        LEAD,
        P1,
        P2,
      ].join('\n'),
    );
    expect(s.title).toBe('Chi bộ là nền tảng của Đảng ở khu dân cư');
    expect(s.titleFrom).toBe('above-date-line');
    expect(s.dateLine?.printed).toBe('Thứ Hai, ngày 06/12/2021 | 08:09');
    expect(s.dropped).toEqual(expect.arrayContaining(['SỔ TAY ĐẢNG VIÊN TRỰC TUYẾN', 'Ban Tuyên giáo Huyện ủy']));
    expect(titleBasis(s)).toMatch(/^dòng ngay trên dòng ngày đăng, bỏ qua 2 dòng đầu trang/);
  });

  it('keeps the first line when a sapo, not a headline, stands above a second date line', () => {
    const s = scrape(
      ['Tiêu đề bài', 'Ngày đăng: 06/12/2021', `${LEAD}`, 'Cập nhật: 07/12/2021 09:00', P1, P2].join('\n'),
    );
    expect(s.title).toBe('Tiêu đề bài');
    expect(s.titleFrom).toBe('first-line');
    expect(titleBasis(s)).toBe('dòng đầu của trang');
  });

  it('accepts a headline of any length, and one ending with an ellipsis', () => {
    const long =
      'Đảng bộ huyện tập trung nâng cao chất lượng sinh hoạt chi bộ thôn, làng, gắn trách nhiệm của từng cấp ủy viên với kết quả thực hiện nhiệm vụ chính trị ở vùng đồng bào dân tộc thiểu số của tỉnh';
    expect(long.length).toBeGreaterThan(180);
    expect(scrape(withTitle(long, 'Thứ Hai, ngày 06/12/2021 | 08:09', LEAD, P1, P2)).title).toBe(long);
    expect(scrape(withTitle(long, LEAD, P1, P2)).title).toBe(long);
    expect(scrape(withTitle('Chiến sự: Lính biên phòng ở tiền tiêu (ảnh)', LEAD, P1, P2)).title).toBe(
      'Chiến sự: Lính biên phòng ở tiền tiêu (ảnh)',
    );
    expect(scrape(withTitle('Cổng thông tin tuyển sinh chung 2024: Nỗi lo nghẽn mạng', LEAD, P1, P2)).title).toBe(
      'Cổng thông tin tuyển sinh chung 2024: Nỗi lo nghẽn mạng',
    );
    expect(scrape(withTitle('Ngư dân vùng biển: Quẩn quanh trong lộng...', LEAD, P1, P2)).title).toBe(
      'Ngư dân vùng biển: Quẩn quanh trong lộng...',
    );
  });

  it('refuses a paragraph or a caption as the headline, saying what is missing', () => {
    const paragraph = failure(`${P1}\n${P2}`);
    expect(paragraph).toMatch(/^không tìm thấy tiêu đề: dòng đầu của bài “Thời gian qua/);
    expect(paragraph).toMatch(/là một đoạn văn \(\d+ ký tự, kết thúc bằng dấu chấm\)/);
    expect(paragraph).toMatch(/Thêm tiêu đề bài thành một dòng riêng ở đầu tệp/);
    expect(failure(`Quang cảnh hội nghị (Ảnh: PV)\n${P1}`)).toMatch(/là chú thích ảnh/);
    expect(failure('Skip to main content\nTrang chủ\nĐăng nhập')).toMatch(/tệp chỉ có phần thừa của trang/);
  });
});

describe('parseScrape: bylines go to the author, at the top or the end', () => {
  const forms: [printed: string, author: string][] = [
    ['NGUYÊN ĐOAN |', 'NGUYÊN ĐOAN'],
    ['T.T', 'T.T'],
    ['Hồng Thắng', 'Hồng Thắng'],
    ['Quang Huy', 'Quang Huy'],
    ['Bài, ảnh: Minh Anh', 'Bài, ảnh: Minh Anh'],
    ['Bài và ảnh: Thu Hà - Văn Long', 'Bài và ảnh: Thu Hà - Văn Long'],
    ['Nhóm PV', 'Nhóm PV'],
    ['PV', 'PV'],
    ['Thu Hòa/VOV4', 'Thu Hòa/VOV4'],
    ['Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành', 'Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành'],
  ];

  it.each(forms)('“%s” under the last paragraph', (printed, author) => {
    const s = scrape(withTitle('Tiêu đề', LEAD, P1, 'Những việc cần làm tiếp', P2, printed, 'Lượt xem: 688'));
    expect(s.byline).toBe(author);
    expect(s.bylineFrom).toBe('end');
    expect(bylineBasis(s)).toBe('dòng ký tên cuối bài');
    expect(texts(s.blocks)).toEqual([P1, 'Những việc cần làm tiếp', P2]);
  });

  it.each(forms)('“%s” between the headline and the lead', (printed, author) => {
    const s = scrape(withTitle('Tiêu đề', printed, 'Thứ Hai, ngày 06/12/2021 | 08:09', `NDO - ${LEAD}`, P1, P2));
    expect(s.title).toBe('Tiêu đề');
    expect(s.byline).toBe(author);
    expect(s.bylineFrom).toBe('top');
    expect(bylineBasis(s)).toBe('dòng ký tên đầu bài');
    expect(texts(s.blocks)).toEqual([P1, P2]);
  });

  it('takes a byline printed above the headline', () => {
    const over = scrape(withTitle('NGUYÊN ĐOAN |', 'Tiêu đề bài', `NDO - ${LEAD}`, P1, P2));
    expect([over.title, over.byline, over.bylineFrom]).toEqual(['Tiêu đề bài', 'NGUYÊN ĐOAN', 'top']);
    const underHeader = scrape(
      ['Hồng Thắng', 'Sổ tay trực tuyến', 'Tiêu đề bài', 'Thứ Hai, ngày 06/12/2021 | 08:09', LEAD, P1, P2].join('\n'),
    );
    expect([underHeader.title, underHeader.byline]).toEqual(['Tiêu đề bài', 'Hồng Thắng']);
    // A name followed by a sentence is the headline of a page about that person.
    expect(scrape(withTitle('Lê Văn Tám', 'Một tấm gương sáng của thiếu niên.', P1, P2)).title).toBe('Lê Văn Tám');
  });

  it('joins a top and an end byline, once each', () => {
    const s = scrape(withTitle('Tiêu đề', 'NGUYÊN ĐOAN |', `NDO - ${LEAD}`, P1, P2, 'T.T', 'NGUYÊN ĐOAN'));
    expect(s.byline).toBe('NGUYÊN ĐOAN; T.T');
    expect(s.bylineFrom).toBe('top-and-end');
  });

  it('leaves a “Theo …” source line to the source reader, as text, and takes the byline above it', () => {
    const s = scrape(withTitle('Tiêu đề', LEAD, P1, P2, 'Hồng Thắng', 'Theo Tạp chí Tuyên giáo'));
    expect(s.byline).toBe('Hồng Thắng');
    expect(s.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Theo Tạp chí Tuyên giáo' });
  });

  it('keeps a lone photo credit as a caption, and headings in capitals as headings', () => {
    expect(scrape(withTitle('Tiêu đề', LEAD, P1, P2, 'Ảnh: Internet')).byline).toBeUndefined();
    const caps = scrape(withTitle('Tiêu đề', LEAD, P1, 'KẾT QUẢ NỔI BẬT', P2));
    expect(caps.byline).toBeUndefined();
    expect(caps.blocks[1]).toEqual({ kind: 'heading', text: 'KẾT QUẢ NỔI BẬT' });
  });
});

describe('parseScrape: what is never a subheading', () => {
  it.each([
    ['a comment prompt', 'Gửi bình luận của bạn'],
    ['a comment prompt', 'Ý kiến bạn đọc'],
    ['a comment count', 'Bình luận (0)'],
    ['a view counter', 'Lượt xem: 688'],
    ['a view counter', 'Lượt đọc: 1.234'],
    ['a view counter', '24114 Lượt xem'],
    ['a print button', 'In bài viết'],
    ['font size buttons', 'A- A A+'],
    ['a font size label', 'Cỡ chữ'],
    ['a share button', 'Chia sẻ'],
    ['tags', 'Từ khóa: sinh hoạt chi bộ, đảng viên'],
    ['tags', 'Tags: xây dựng Đảng'],
    ['a related-stories box', 'Tin liên quan'],
  ])('%s: “%s”', (_what, line) => {
    const s = scrape(withTitle('Tiêu đề', LEAD, P1, line, P2));
    expect(texts(s.blocks, 'heading')).toEqual([]);
    expect(texts(s.blocks)).not.toContain(line);
  });

  it('a salutation is text, not a subheading, a caption or the sapo', () => {
    const s = scrape(withTitle('Tiêu đề', 'Kính thưa các đồng chí lãnh đạo Huyện ủy', P1, 'Thưa các đồng chí', P2));
    expect(s.sapo).toBeUndefined();
    expect(s.blocks).toEqual([
      { kind: 'paragraph', text: 'Kính thưa các đồng chí lãnh đạo Huyện ủy' },
      { kind: 'paragraph', text: P1 },
      { kind: 'paragraph', text: 'Thưa các đồng chí' },
      { kind: 'paragraph', text: P2 },
    ]);
  });

  it('a line cut off at the end of the body is a paragraph', () => {
    const s = scrape(withTitle('Tiêu đề', LEAD, P1, P2, 'Thời gian tới, huyện sẽ tiếp tục rà soát, gắn với việc'));
    expect(s.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Thời gian tới, huyện sẽ tiếp tục rà soát, gắn với việc',
    });
    const broken = scrape(withTitle('Tiêu đề', LEAD, P1, 'và các chi bộ trực thuộc', P2));
    expect(broken.blocks[1]?.kind).toBe('paragraph');
  });

  it('photo descriptions and credits are captions', () => {
    const credit = scrape(
      withTitle('Tiêu đề', LEAD, P1, 'Lãnh đạo huyện với các gia đình chính sách', 'Ảnh: Minh Anh', P2),
    );
    expect(credit.blocks.slice(1, 3)).toEqual([
      { kind: 'caption', text: 'Lãnh đạo huyện với các gia đình chính sách' },
      { kind: 'caption', text: 'Ảnh: Minh Anh' },
    ]);
    for (const line of [
      'Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị',
      'Quang cảnh buổi sinh hoạt chi bộ',
      'Các đại biểu chụp ảnh lưu niệm',
      'Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hùng',
      'Cán bộ xã hướng dẫn người dân làm thủ tục - Ảnh: dangcongsan.vn',
      'Đảng viên trẻ trong buổi sinh hoạt chuyên đề về chuyển đổi số của chi bộ thôn Đồng Văn, xã Đông Thành, huyện Thanh Ba, tỉnh Phú Thọ',
    ]) {
      expect(scrape(withTitle('Tiêu đề', LEAD, P1, line, P2)).blocks[1], line).toEqual({ kind: 'caption', text: line });
    }
  });

  it('of two short lines in a row only the one followed by paragraphs can head a section', () => {
    const s = scrape(withTitle('Tiêu đề', LEAD, P1, 'Những con đường bê tông mới', 'Kết quả nổi bật', P2));
    expect(s.blocks.slice(1, 3)).toEqual([
      { kind: 'caption', text: 'Những con đường bê tông mới' },
      { kind: 'heading', text: 'Kết quả nổi bật' },
    ]);
  });
});

interface PageCase {
  file: string;
  title: string;
  titleFrom: Scrape['titleFrom'];
  byline?: string;
  sapo?: RegExp;
  leadMarker?: string;
  headings: string[];
  captions: string[];
  paragraphs: number;
  /** Printed lines that are furniture, bylines or dates: none may reach the body. */
  notInBody: string[];
}

const PAGE_CASES: PageCase[] = [
  {
    file: 'page-bao-tinh-tieu-de-dai.txt',
    title:
      'Đảng bộ huyện Chư Prông tập trung nâng cao chất lượng sinh hoạt chi bộ thôn, làng, gắn trách nhiệm của từng cấp ủy viên với kết quả thực hiện nhiệm vụ chính trị ở vùng đồng bào dân tộc thiểu số',
    titleFrom: 'first-line',
    byline: 'NGUYÊN ĐOAN',
    sapo: /^Năm 2021, Ban Thường vụ Huyện ủy Chư Prông/,
    leadMarker: '(GLO)',
    headings: ['Gắn nội dung sinh hoạt với việc của làng'],
    captions: [
      'Buổi sinh hoạt chuyên đề của Chi bộ làng Klăh, xã Ia Ga. (Ảnh: N.Đ)',
      'Đồng chí Bí thư Huyện ủy Chư Prông dự sinh hoạt với Chi bộ làng Klăh',
    ],
    paragraphs: 4,
    notInBody: [
      'Bỏ qua nội dung',
      'Báo Gia Lai điện tử',
      'Xây dựng Đảng',
      'NGUYÊN ĐOAN |',
      'Lượt xem: 688',
      'Gửi bình luận của bạn',
    ],
  },
  {
    file: 'page-dai-truyen-hinh-tinh.txt',
    title: 'Đảng ủy xã Phú Xuyên kết nạp đảng viên là chủ trang trại chè',
    titleFrom: 'first-line',
    byline: 'Hồng Thắng',
    sapo: /^Chiều 13-11, Đảng ủy xã Phú Xuyên/,
    headings: ['Tiếp tục tạo nguồn kết nạp đảng viên'],
    captions: ['Anh Lương Văn Tú tuyên thệ tại lễ kết nạp', 'Ảnh: Hồng Thắng'],
    paragraphs: 4,
    notInBody: [
      '• Loading...',
      'Banner',
      'Trang chủ / Chính trị',
      'Xem với cỡ chữ',
      'A- A A+',
      '0:00 / 0:00',
      'Chia sẻ',
    ],
  },
  {
    file: 'page-cong-thong-tin-xa.txt',
    title: 'Đại hội Chi bộ thôn Yên Trung nhiệm kỳ 2022 - 2025',
    titleFrom: 'first-line',
    byline: 'Bài, ảnh: Minh Anh',
    sapo: /^Ngày 15\/9, Chi bộ thôn Yên Trung/,
    headings: [],
    captions: ['Quang cảnh Đại hội'],
    paragraphs: 2,
    notInBody: [
      'Skip to main content',
      'CỔNG THÔNG TIN ĐIỆN TỬ XÃ SAO VÀNG',
      'Hotline: 0237 3841 555',
      'Tin tức - Sự kiện',
      'Trang chủ > Tin tức > Xây dựng Đảng',
      'Lượt xem: 688',
      'In bài',
    ],
  },
  {
    file: 'page-bao-moi-tong-hop.txt',
    title: 'Tam Nông: Bí thư chi bộ kiêm trưởng khu, việc dân được giải quyết ngay tại khu dân cư',
    titleFrom: 'first-line',
    sapo: /^Thực hiện chủ trương bí thư chi bộ kiêm trưởng khu dân cư/,
    headings: ['Những khó khăn cần tháo gỡ'],
    captions: ['Đồng chí Bí thư Chi bộ kiêm trưởng khu 5, xã Dị Nậu trao đổi với người dân', 'Ảnh: Thanh Nga'],
    paragraphs: 4,
    notInBody: ['Báo Mới', 'Xã hội', 'Báo Phú Thọ', '2 giờ trước', 'Bình luận (0)'],
  },
  {
    file: 'page-bao-quoc-gia-ndo.txt',
    title: 'Hà Giang: Đưa nghị quyết của Đảng đến với đồng bào vùng cao',
    titleFrom: 'first-line',
    byline: 'PV',
    sapo: /^Những năm qua, Tỉnh ủy Hà Giang/,
    leadMarker: 'NDO',
    headings: ['Cách làm riêng ở từng địa phương', 'Còn những việc phải làm tiếp'],
    captions: [
      'Một buổi tuyên truyền nghị quyết bằng tiếng Mông tại huyện Mèo Vạc. (Ảnh: PV)',
      'Đảng viên thôn Sủng Pờ A trao đổi nội dung nghị quyết (Ảnh: PV)',
    ],
    paragraphs: 4,
    notInBody: ['Trang chủ » Xây dựng Đảng', 'Tiếng Việt', 'English', 'Facebook', 'Zalo', 'PV'],
  },
  {
    file: 'page-cong-dang-bo-phat-bieu.txt',
    title: 'Chi bộ là nền tảng, đảng viên là hạt nhân trong mỗi khu dân cư',
    titleFrom: 'above-date-line',
    byline: 'Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành',
    headings: ['Những kết quả nổi bật'],
    captions: [],
    paragraphs: 5,
    notInBody: ['Thứ Năm, ngày 03/12/2026', 'Đang tải', 'Hà Nội 28°C', 'SỔ TAY ĐẢNG VIÊN TRỰC TUYẾN', 'Gửi ý kiến'],
  },
];

describe('parseScrape: pages as provincial papers, broadcasters, portals and aggregators print them', () => {
  it.each(PAGE_CASES)('$file', (c) => {
    const raw = readFileSync(`test/fixtures/import/${c.file}`, 'utf8');
    const s = scrape(raw);
    expect(s.title).toBe(c.title);
    expect(s.titleFrom).toBe(c.titleFrom);
    expect(s.byline).toBe(c.byline);
    if (c.sapo) expect(s.sapo).toMatch(c.sapo);
    else expect(s.sapo).toBeUndefined();
    expect(s.leadMarker).toBe(c.leadMarker);
    expect(texts(s.blocks, 'heading')).toEqual(c.headings);
    expect(texts(s.blocks, 'caption')).toEqual(c.captions);
    expect(texts(s.blocks, 'paragraph')).toHaveLength(c.paragraphs);
    for (const line of c.notInBody) expect(texts(s.blocks), line).not.toContain(line);
    // The body keeps the page's wording: every block is a whole line of the page.
    const lines = new Set(textLines(raw));
    expect(texts(s.blocks).filter((text) => !lines.has(text))).toEqual([]);
    // A subheading is never the last block.
    expect(s.blocks.at(-1)?.kind).not.toBe('heading');
  });

  it('keeps the name of an aggregated paper among the dropped lines, for the source reader', () => {
    const s = scrape(readFileSync('test/fixtures/import/page-bao-moi-tong-hop.txt', 'utf8'));
    expect(s.dropped).toContain('Báo Phú Thọ');
  });

  it('never takes the header’s date of today for the article’s date line', () => {
    const s = scrape(readFileSync('test/fixtures/import/page-cong-dang-bo-phat-bieu.txt', 'utf8'));
    expect(s.dateLine?.printed).not.toBe('Thứ Năm, ngày 03/12/2026');
  });
});
