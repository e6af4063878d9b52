import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  leadMarker,
  listMarkerPublication,
  printedSource,
  publicationOf,
  takePrintedSources,
} from '../../../src/lib/import/source-markers.ts';

const LEAD =
  'Tích cực, đổi mới và chủ động tìm tòi, triển khai trong công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị.';

describe('leadMarker', () => {
  it('reads the three forms of the seeds and strips them from the lead', () => {
    expect(leadMarker(`(ĐCSVN) - ${LEAD}`)).toEqual({ marker: '(ĐCSVN)', rest: LEAD });
    expect(leadMarker(`NDO - ${LEAD}`)).toEqual({ marker: 'NDO', rest: LEAD });
    expect(leadMarker(`(Baothanhhoa.vn) – ${LEAD}`)).toEqual({ marker: '(Baothanhhoa.vn)', rest: LEAD });
    expect(leadMarker(`(Baoyenbai.com.vn)—${LEAD}`)?.marker).toBe('(Baoyenbai.com.vn)');
  });

  it.each([
    [`ĐTO - ${LEAD}`, 'ĐTO'],
    [`YênBái - ${LEAD}`, 'YênBái'],
    [`TTYB: ${LEAD}`, 'TTYB'],
    [`(TTV) ${LEAD}`, '(TTV)'],
    [`HYTV ${LEAD}`, 'HYTV'],
    [`(GLO)-${LEAD}`, '(GLO)'],
    [`NDO – ${LEAD}`, 'NDO'],
    [`QBĐT - ${LEAD}`, 'QBĐT'],
  ])('reads the marker of %s', (line, marker) => {
    expect(leadMarker(line)).toEqual({ marker, rest: LEAD });
  });

  it('ignores captions, short teaser lines and ordinary words before a dash', () => {
    expect(leadMarker(`(Ảnh: PV) - ${LEAD}`)).toBeUndefined();
    expect(leadMarker('(HGO) - Chiều ngày 20-11, hội nghị.')).toBeUndefined();
    expect(leadMarker(`Hậu Giang - ${LEAD}`)).toBeUndefined();
    expect(leadMarker(LEAD)).toBeUndefined();
  });

  it('takes a marker without a dash only when the registry knows it and a sentence follows', () => {
    expect(leadMarker(`(XYZ) ${LEAD}`)).toBeUndefined();
    expect(leadMarker(`VTV.vn đưa tin, ${LEAD}`)).toBeUndefined();
    expect(leadMarker(`Mặt trận Tổ quốc Việt Nam huyện đã ${LEAD}`)).toBeUndefined();
  });
});

describe('publicationOf', () => {
  it('names the publication of known markers, with or without parentheses', () => {
    expect(publicationOf('(ĐCSVN)')?.name).toBe('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(publicationOf('NDO')?.name).toBe('Báo Nhân Dân');
    expect(publicationOf('(baothanhhoa.vn)')).toEqual({
      name: 'Báo Thanh Hóa',
      id: 'bao-thanh-hoa',
      provinceId: 'thanh-hoa',
    });
    expect(publicationOf('(HG)')).toEqual(publicationOf('HGO'));
    expect(publicationOf('(GLO)')).toMatchObject({ name: 'Báo Gia Lai', provinceId: 'gia-lai' });
    expect(publicationOf('(Baoyenbai.com.vn)')).toMatchObject({ name: 'Báo Yên Bái', provinceId: 'yen-bai' });
    expect(publicationOf('(XYZ)')).toBeUndefined();
  });

  it('names a merged paper as the publisher it had become on the article’s date', () => {
    expect(publicationOf('GLO', '2025-03-01')?.name).toBe('Báo Gia Lai');
    expect(publicationOf('GLO', '2025-08-15')).toMatchObject({
      name: 'Báo và Phát thanh, Truyền hình Gia Lai',
      provinceId: 'gia-lai',
    });
  });

  it('says when the registry entry is inferred', () => {
    expect(publicationOf('TTYB')?.inferred).toBe(true);
    expect(publicationOf('NDO')?.inferred).toBeUndefined();
  });
});

describe('listMarkerPublication', () => {
  it('names the page of seed 001 from the markers of its other stories', () => {
    const lines = readFileSync('test/fixtures/seeds/001_68bbb75da05f07e3.txt', 'utf8').split('\n');
    expect(listMarkerPublication(lines)?.publication.name).toBe('Báo Hậu Giang');
    expect(listMarkerPublication(['Tin khác', 'Một dòng không có dấu nguồn'])).toBeUndefined();
  });
});

describe('printedSource', () => {
  it.each([
    ['Theo Báo Nhân Dân', 'Báo Nhân Dân', 'nhan-dan'],
    ['(Theo TTXVN)', 'TTXVN', 'ttxvn'],
    ['Theo TTXVN.', 'TTXVN', 'ttxvn'],
    ['Nguồn: Báo Gia Lai', 'Báo Gia Lai', 'bao-gia-lai'],
    ['Nguồn tin: VOV1', 'VOV1', 'vov'],
    ['Theo Thu Hà/VnExpress', 'Thu Hà/VnExpress', 'vnexpress'],
    ['Theo Minh Châu (Dân trí)', 'Minh Châu (Dân trí)', 'dan-tri'],
  ])('%s names %s', (line, name, id) => {
    const source = printedSource(line);
    expect(source?.name).toBe(name);
    expect(source?.publisher?.id).toBe(id);
  });

  it('reads an address in a line of its own or after “Nguồn:” / “Link bài gốc:”', () => {
    expect(printedSource('https://baogialai.com.vn/chu-prong-ra-quan-123.html')).toMatchObject({
      url: 'https://baogialai.com.vn/chu-prong-ra-quan-123.html',
      publisher: { id: 'bao-gia-lai' },
    });
    expect(printedSource('Link bài gốc: https://nhandan.vn/bai-456')?.publisher?.id).toBe('nhan-dan');
    expect(printedSource('Nguồn: https://saovang.thanhhoa.gov.vn/tin/1')?.url).toBe(
      'https://saovang.thanhhoa.gov.vn/tin/1',
    );
  });

  it('keeps an unknown name of a “Nguồn:” line, without a publisher', () => {
    expect(printedSource('Nguồn: Ban Tuyên giáo Huyện ủy')).toEqual({
      line: 'Nguồn: Ban Tuyên giáo Huyện ủy',
      name: 'Ban Tuyên giáo Huyện ủy',
    });
  });

  it('is not a source line elsewhere', () => {
    expect(printedSource('Theo ông Nguyễn Văn Bình, Bí thư Huyện ủy, nhiệm vụ năm nay rất nặng.')).toBeUndefined();
    expect(printedSource('Theo Reuters')).toBeUndefined();
    expect(printedSource('https://www.facebook.com/sharer.php?u=abc')).toBeUndefined();
    expect(printedSource(LEAD)).toBeUndefined();
  });
});

describe('takePrintedSources', () => {
  const body = `${LEAD} ${LEAD}`;

  it('takes the source lines closing the article, before the page furniture', () => {
    const lines = ['Tiêu đề bài', body, 'Hồng Thắng', 'Theo Báo Nhân Dân', 'Bình luận', 'Theo TTXVN'];
    const { lines: kept, sources } = takePrintedSources(lines);
    // After the page's furniture starts ("Bình luận"), a "Theo …" line is a comment's or a teaser's.
    expect(kept).toEqual(['Tiêu đề bài', body, 'Hồng Thắng', 'Bình luận', 'Theo TTXVN']);
    expect(sources.map((s) => s.publisher?.id)).toEqual(['nhan-dan']);
  });

  it('takes the page’s address pasted above it', () => {
    const url = 'https://baophutho.vn/chi-bo-khu-dan-cu-123.htm';
    const { lines, sources } = takePrintedSources([url, 'Tiêu đề bài', body, 'PV']);
    expect(lines).toEqual(['Tiêu đề bài', body, 'PV']);
    expect(sources).toEqual([{ line: url, url, publisher: expect.objectContaining({ id: 'bao-phu-tho' }) }]);
  });

  it('leaves a credit line between paragraphs in the body', () => {
    const lines = ['Tiêu đề bài', body, 'Nguồn: Cục Thống kê tỉnh', body, 'PV'];
    expect(takePrintedSources(lines)).toEqual({ lines, sources: [] });
  });
});
