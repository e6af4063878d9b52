import { describe, expect, it } from 'vitest';
import { chooseSource, type SourceInput } from '../../../src/lib/import/source-choice.ts';
import { printedSource, type PrintedSource } from '../../../src/lib/import/source-markers.ts';

const printed = (...lines: string[]): PrintedSource[] => lines.map((line) => printedSource(line)!);
const choose = (input: Partial<SourceInput>) => chooseSource({ dropped: [], printed: [], ...input });

describe('chooseSource', () => {
  it('names the publisher of --url, with the address and its province', () => {
    const source = choose({ url: 'https://baogialai.com.vn/chu-prong-123.html', date: '2024-05-02' });
    expect(source).toMatchObject({
      name: 'Báo Gia Lai',
      url: 'https://baogialai.com.vn/chu-prong-123.html',
      publication: { provinceId: 'gia-lai' },
      review: [],
    });
  });

  it('names a merged paper’s address after 1/7/2025 as its successor', () => {
    const source = choose({ url: 'https://baogialai.com.vn/a.html', date: '2025-09-10' });
    expect(source.name).toBe('Báo và Phát thanh, Truyền hình Gia Lai');
  });

  it('agrees with a marker of the same publisher without review', () => {
    const source = choose({ url: 'https://baogialai.com.vn/a.html', leadMarker: '(GLO)', date: '2024-05-02' });
    expect(source.name).toBe('Báo Gia Lai');
    expect(source.review).toEqual([]);
  });

  it('reports an address and a marker of different publishers, keeping the address', () => {
    const source = choose({ url: 'https://baogialai.com.vn/a.html', leadMarker: 'NDO', date: '2024-05-02' });
    expect(source.name).toBe('Báo Gia Lai');
    expect(source.url).toBe('https://baogialai.com.vn/a.html');
    expect(source.review).toEqual([
      expect.stringMatching(/^Địa chỉ bài là của Báo Gia Lai nhưng trang ghi nguồn Báo Nhân Dân/),
    ]);
  });

  it('gives no home province when the address and the marker are of two provinces', () => {
    const source = choose({ url: 'https://baogialai.com.vn/a.html', leadMarker: 'ĐTO', date: '2024-05-02' });
    expect(source.publication?.provinceId).toBeUndefined();
    expect(source.review).toHaveLength(1);
  });

  it('never names the aggregator when the page names the original', () => {
    const byLine = choose({
      url: 'https://baomoi.com/x/c/123.epi',
      printed: printed('Theo TTXVN'),
      date: '2024-01-01',
    });
    expect(byLine.name).toBe('Thông tấn xã Việt Nam');
    expect(byLine.url).toBeUndefined();
    expect(byLine.review).toEqual([expect.stringMatching(/^Trang lấy từ Báo Mới \(trang tổng hợp\)/)]);
    const byMarker = choose({ url: 'https://baomoi.com/x/c/123.epi', leadMarker: '(GLO)', date: '2024-01-01' });
    expect(byMarker.name).toBe('Báo Gia Lai');
    expect(byMarker.publication?.provinceId).toBe('gia-lai');
  });

  it('names the aggregator only when the page names no original, and asks for it', () => {
    const source = choose({ url: 'https://baomoi.com/x/c/123.epi', date: '2024-01-01' });
    expect(source.name).toBe('Báo Mới');
    expect(source.review).toEqual([expect.stringMatching(/không ghi báo gốc/)]);
  });

  it('reads the source from a closing line when there is no address', () => {
    const source = choose({ printed: printed('Nguồn tin: VOV1'), date: '2024-01-01' });
    expect(source).toMatchObject({ name: 'Đài Tiếng nói Việt Nam', basis: 'dòng “Nguồn tin: VOV1” cuối bài' });
  });

  it('takes the address the page prints when there is no --url', () => {
    const source = choose({ printed: printed('Link bài gốc: https://baophutho.vn/tin-123.htm'), date: '2024-01-01' });
    expect(source).toMatchObject({ name: 'Báo Phú Thọ', url: 'https://baophutho.vn/tin-123.htm' });
  });

  it('names a commune portal and carries its commune', () => {
    const source = choose({ url: 'https://saovang.thanhhoa.gov.vn/tin/1', date: '2025-08-20' });
    expect(source).toMatchObject({
      name: 'Cổng Thông tin điện tử xã Sao Vàng, tỉnh Thanh Hóa',
      publication: { provinceId: 'thanh-hoa', commune: 'xã Sao Vàng' },
    });
  });

  it('keeps an unknown marker as the source but flags it', () => {
    const source = choose({ leadMarker: '(XYZ)', date: '2024-01-01' });
    expect(source.name).toBe('XYZ');
    expect(source.review).toEqual([expect.stringMatching(/^Dấu nguồn “\(XYZ\)” chưa có trong bảng dấu nguồn/)]);
  });

  it('flags an inferred registry entry', () => {
    const source = choose({ leadMarker: 'TTYB', date: '2024-01-01' });
    expect(source.name).toBe('Cổng Thông tin điện tử tỉnh Yên Bái');
    expect(source.review).toEqual([expect.stringMatching(/chưa được xác nhận: kiểm tra lại/)]);
  });

  it('lets --source name it, and keeps the address', () => {
    const source = choose({ override: 'Tạp chí X', url: 'https://baogialai.com.vn/a', date: '2024-01-01' });
    expect(source).toMatchObject({ name: 'Tạp chí X', url: 'https://baogialai.com.vn/a' });
  });
});
