import { describe, expect, it } from 'vitest';
import { inferLocality, type Locality, type LocalityInput } from '../../../src/lib/import/locality.ts';
import { findProvince } from '../../../src/lib/places/localities.ts';

function place(input: Partial<LocalityInput> & { title: string }): Locality {
  const result = inferLocality({ text: '', date: '2023-05-01', ...input });
  if (!result.ok) throw new Error(result.reason);
  return result.locality;
}

describe('inferLocality: province', () => {
  it('takes a headline prefix, and then writes no district (seeds 003, 004)', () => {
    const l = place({
      title: 'Bắc Giang: Kết quả tích cực',
      text: 'Huyện ủy Việt Yên ban hành Đề án; Thành ủy Bắc Giang ban hành Quy chế.',
    });
    expect(l.province.name).toBe('Bắc Giang');
    expect(l.provinceBasis).toBe('tiền tố “Bắc Giang:” của tiêu đề');
    expect(l.district).toBeUndefined();
  });

  it('reads a district named in the title, with or without its unit word', () => {
    const withUnit = place({ title: 'Huyện Thường Xuân nâng cao năng lực lãnh đạo' });
    expect([withUnit.province.name, withUnit.district]).toEqual(['Thanh Hóa', 'huyện Thường Xuân']);
    const bare = place({
      title: 'Lào Cai: 6 giải pháp ở Mường Khương',
      text: 'Huyện ủy huyện Mường Khương tổ chức hội thảo.',
    });
    expect([bare.province.name, bare.district]).toEqual(['Lào Cai', 'huyện Mường Khương']);
  });

  it('finds the province of a district the text names only through its Party committee (seed 001)', () => {
    const l = place({
      title: 'Chỉ đạo tổ chức cơ sở đảng',
      text: 'Huyện ủy Vị Thủy có 48 tổ chức cơ sở đảng. Đảng ủy thị trấn Nàng Mau thực hiện tốt quy chế.',
    });
    expect(l).toMatchObject({
      district: 'huyện Vị Thủy',
      commune: 'thị trấn Nàng Mau',
      districtBasis: 'huyện duy nhất được nhắc trong bài',
    });
    expect(l.province.id).toBe('hau-giang');
  });

  it('places a repeated district name in the province the text points to', () => {
    const l = place({
      title: 'Hội nghị sơ kết',
      text: 'Huyện ủy Châu Thành tổ chức hội nghị; đại diện Tỉnh ủy Tiền Giang dự.',
    });
    expect(l.province.id).toBe('tien-giang');
    expect(l.district).toBe('huyện Châu Thành');
  });

  it('counts a provincial capital as a district, a centrally-run city as a province', () => {
    expect(place({ title: 'Tin địa phương', text: 'Thành ủy Bắc Giang ban hành Quy chế.' }).district).toBe(
      'thành phố Bắc Giang',
    );
    const city = place({ title: 'Tin địa phương', text: 'Thành ủy Cần Thơ chỉ đạo; thành phố Cần Thơ triển khai.' });
    expect([city.province.name, city.district]).toEqual(['Cần Thơ', undefined]);
  });

  it('writes no district when the text names several', () => {
    const l = place({ title: 'Tin địa phương', text: 'Huyện ủy Tân Yên và Huyện ủy Lạng Giang tổ chức hội thảo.' });
    expect(l.province.name).toBe('Bắc Giang');
    expect(l.district).toBeUndefined();
    expect(l.districtBasis).toBe('không ghi: bài nhắc nhiều huyện (Tân Yên, Lạng Giang)');
  });

  it('falls back to the home province of a provincial paper, for the editor to check', () => {
    const l = place({
      title: 'Tin ngắn',
      text: 'Hội nghị thành công tốt đẹp.',
      publication: { name: 'Báo Hậu Giang', provinceId: 'hau-giang' },
    });
    expect(l.province.name).toBe('Hậu Giang');
    expect(l.review).toEqual([
      'Bài không nêu địa danh nào; tỉnh Hậu Giang chỉ suy ra từ nơi xuất bản của Báo Hậu Giang: kiểm tra lại.',
    ]);
  });

  it('takes --province over everything', () => {
    const l = place({ title: 'Bắc Giang: Kết quả', province: findProvince('Thanh Hoá')! });
    expect([l.province.name, l.provinceBasis]).toEqual(['Thanh Hóa', 'tùy chọn --province']);
  });

  it('fails when nothing names a place', () => {
    const result = inferLocality({ title: 'Tin ngắn', text: 'Hội nghị thành công tốt đẹp.', date: '2023-05-01' });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/--province/) });
  });
});

describe('inferLocality: the units in force on the article’s date', () => {
  it('writes the merged province and no district after 1/7/2025, with the commune it is about', () => {
    const text =
      'Đảng ủy xã Vị Thủy, thành phố Cần Thơ kiện toàn chi bộ. Xã được lập từ thị trấn Nàng Mau cũ của huyện Vị Thủy, tỉnh Hậu Giang (cũ).';
    const l = place({ title: 'Xã Vị Thủy kiện toàn tổ chức đảng', text, date: '2025-07-15T10:20' });
    expect(l.province.name).toBe('Cần Thơ');
    expect(l.district).toBeUndefined();
    expect(l.districtBasis).toBe('không ghi: cấp huyện không còn từ 1/7/2025');
    expect(l.commune).toBe('xã Vị Thủy');
  });

  it('maps an old province named after the merger to its successor, saying so', () => {
    const l = place({ title: 'Tin địa phương', text: 'Huyện ủy Vị Thủy tổng kết.', date: '2025-08-01' });
    expect(l.province.name).toBe('Cần Thơ');
    expect(l.provinceBasis).toMatch(/→ Cần Thơ \(Hậu Giang từ 1\/7\/2025 thuộc thành phố Cần Thơ\)/);
    expect(
      place({ title: 'Tin địa phương', text: 'Huyện ủy Vị Thủy tổng kết.', date: '2025-06-30' }).province.name,
    ).toBe('Hậu Giang');
  });
});

describe('inferLocality: commune', () => {
  it('takes the one commune named, even when a name runs on into a person’s name', () => {
    const text = 'Tại xã Quang Minh, chi ủy… Bí thư Đảng ủy xã Quang Minh Trần Văn Hưng cho biết.';
    expect(place({ title: 'Kiến Xương đổi mới sinh hoạt chi bộ', text }).commune).toBe('xã Quang Minh');
  });

  it('writes no commune when several are named, or for a province-wide article', () => {
    expect(
      place({ title: 'Huyện Thường Xuân', text: 'xã Xuân Cẩm, thị trấn Thường Xuân, xã Thọ Thanh' }).commune,
    ).toBeUndefined();
    expect(place({ title: 'Bắc Giang: Kết quả', text: 'phường Thọ Xương (TP Bắc Giang)' }).commune).toBeUndefined();
  });
});
