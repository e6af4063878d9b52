import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferLocality, type Locality, type LocalityInput } from '../../../src/lib/import/locality.ts';
import { findProvince } from '../../../src/lib/places/localities.ts';
import { PROJECT_ROOT } from '../../helpers/site.ts';

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

  it('reads the abbreviated district words Q. and H.', () => {
    const l = place({
      title: 'Tin địa phương',
      text: 'Dự án ở P.Đại Kim, Q.Hoàng Mai bị điều tra; Q.Hoàng Mai đã báo cáo.',
    });
    expect([l.province.name, l.district]).toEqual(['Hà Nội', 'quận Hoàng Mai']);
    expect(refusal({ title: 'Tin', text: 'Tại Q.Hoàng Mai và H. Nhà Bè.' })).toMatch(/Hà Nội .*Hồ Chí Minh/);
  });

  it('places a district written without its province, through the registry', () => {
    const l = place({ title: 'Tin địa phương', text: 'Huyện ủy Chư Prông sơ kết; Đảng ủy xã Ia Ga báo cáo.' });
    expect([l.province.name, l.district]).toEqual(['Gia Lai', 'huyện Chư Prông']);
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

/** A page of test/fixtures/import: its first line is the title, the rest the text. */
function page(file: string): { title: string; text: string } {
  const [title = '', ...lines] = readFileSync(join(PROJECT_ROOT, 'test/fixtures/import', file), 'utf8')
    .trim()
    .split('\n');
  return { title, text: lines.join('\n') };
}

const refusal = (input: Partial<LocalityInput> & { title: string }): string => {
  const result = inferLocality({ text: '', date: '2023-05-01', ...input });
  if (result.ok) throw new Error(`expected a refusal, got ${result.locality.province.name}`);
  return result.reason;
};

const baoGiaLai = { name: 'Báo Gia Lai', provinceId: 'gia-lai' };

describe('inferLocality: never a province from something that is not a place', () => {
  it('files a Gia Lai article that names Chủ tịch Hồ Chí Minh under Gia Lai (issue 13)', () => {
    const l = place({ ...page('place-gia-lai-chu-tich-ho-chi-minh.txt'), publication: baoGiaLai });
    expect([l.province.name, l.district, l.review]).toEqual(['Gia Lai', 'huyện Chư Prông', []]);
    expect(place(page('place-gia-lai-chu-tich-ho-chi-minh.txt')).province.name).toBe('Gia Lai');
  });

  it('never reads Hồ Chí Minh the man or Bác Hồ as the city', () => {
    expect(
      refusal({ title: 'Học tập và làm theo Bác', text: 'Tư tưởng Hồ Chí Minh soi đường; Bác Hồ kính yêu.' }),
    ).toMatch(/không nêu địa danh nào/);
    expect(refusal({ title: 'Làm theo tấm gương Hồ Chí Minh', text: 'Chủ tịch Hồ Chí Minh dạy.' })).toMatch(
      /không nêu địa danh nào/,
    );
    expect(
      place({ title: 'Tin địa phương', text: 'Thành ủy TP. Hồ Chí Minh chỉ đạo; UBND TP.HCM triển khai.' }).province
        .name,
    ).toBe('Hồ Chí Minh');
  });

  it('reads the Pacific (Thái Bình Dương) and biển Đông as no province', () => {
    const l = place(page('place-pacific-thai-binh-duong.txt'));
    expect(l.province.name).toBe('Đà Nẵng');
    expect(
      refusal({
        title: 'Bão trên Thái Bình Dương',
        text: 'Cơn bão mạnh dần trên Thái Bình Dương, chưa vào biển Đông.',
      }),
    ).toMatch(/không nêu địa danh nào/);
  });

  it('reads a person’s name as no province, even one that ends in a province name (Trương Hòa Bình)', () => {
    const reason = refusal(page('place-truong-hoa-binh-nhieu-tinh.txt'));
    expect(reason).toMatch(/^không chắc tỉnh\/thành phố của bài: bài nêu địa danh của nhiều nơi — /);
    expect(reason).toMatch(/Nam Định \(“tỉnh Nam Định” ở bài, “huyện Ý Yên” ở bài\); Hưng Yên \(/);
    expect(reason).toMatch(/; Quảng Ngãi \(“tỉnh Quảng Ngãi” ở bài, “huyện Bình Sơn” ở bài\)\./);
    expect(reason).not.toMatch(/Hòa Bình/);
    expect(reason).toMatch(/Chạy lại với --province <tên tỉnh>\.$/);
    // A name without its tone marks is a person, not Thanh Hóa.
    expect(refusal({ title: 'Thu Hiền, Thanh Hoa tái ngộ', text: 'Hai người mẫu gặp lại nhau.' })).toMatch(/không nêu/);
  });

  it('reads a company or a club named after a province as no province (CTCP Đường Quảng Ngãi)', () => {
    expect(refusal(page('place-ctcp-duong-quang-ngai.txt'))).toMatch(/không nêu địa danh nào/);
    expect(
      refusal({ title: 'Công ty Môi trường đô thị Hà Nội trúng thầu', text: 'CLB Hà Nội thắng Than Quảng Ninh.' }),
    ).toMatch(/không nêu địa danh nào/);
  });

  it('reads a team named with a unit word as no province (CLB TP.HCM, TP.HCM vs SLNA)', () => {
    const text = 'Cổ động viên chuẩn bị quà trước trận TP.HCM vs SLNA; CLB TP.HCM đang xếp thứ 5.';
    expect(refusal({ title: 'Quà tặng đặc biệt', text })).toMatch(/không nêu địa danh nào/);
  });

  it('reads a street, a river or a market named after a province as no province', () => {
    const text = 'Cửa hàng trên đường Hà Nội và phố Huế; hàng khô ở chợ Đồng Xuân; nước sông Đồng Nai dâng cao.';
    expect(refusal({ title: 'Giá cả tuần qua', text })).toMatch(/không nêu địa danh nào/);
    expect(
      place({ title: 'Sá sùng bán đầy chợ Đồng Xuân', text: 'Tại quận Hoàn Kiếm, TP. Hà Nội.' }).province.name,
    ).toBe('Hà Nội');
  });

  it('ignores the places of related-story links', () => {
    const text =
      'Hội nghị của Huyện ủy Chư Prông.\n>> Xem thêm: Tỉnh ủy Thanh Hóa, Tỉnh ủy Thanh Hóa, Tỉnh ủy Thanh Hóa họp';
    expect(place({ title: 'Tin địa phương', text }).province.name).toBe('Gia Lai');
  });

  it('never lets a name that repeats across provinces decide alone (huyện Châu Thành, xã An Khánh)', () => {
    expect(refusal({ title: 'Tin địa phương', text: 'Huyện ủy Châu Thành họp; Đảng ủy xã An Khánh báo cáo.' })).toMatch(
      /không nêu địa danh nào/,
    );
  });
});

describe('inferLocality: weak and conflicting evidence', () => {
  it('asks rather than guess from a single passing mention', () => {
    const reason = refusal({
      title: 'Bộ Công Thương họp báo',
      text: 'Thứ trưởng trả lời báo chí về xuất khẩu.\nMột doanh nghiệp ở TP.HCM đã được kiểm tra.',
    });
    expect(reason).toBe(
      'không chắc tỉnh/thành phố của bài: bài chỉ nhắc địa danh một lần — Hồ Chí Minh (“TP.HCM” ở bài). Chạy lại với --province <tên tỉnh>.',
    );
  });

  it('asks when province names stand alone, listing them', () => {
    expect(refusal({ title: 'Tin tổng hợp', text: 'Người dân Hà Nội và Sài Gòn đón Tết.' })).toBe(
      'không chắc tỉnh/thành phố của bài: bài chỉ nhắc tên, không kèm “tỉnh”, “thành phố”, “huyện”… — Hà Nội (“Hà Nội” ở đầu bài); Hồ Chí Minh (“Sài Gòn” ở đầu bài). Chạy lại với --province <tên tỉnh>.',
    );
  });

  it('takes the text over the publisher, and says they differ', () => {
    const l = place({ ...page('place-bao-gia-lai-ve-kon-tum.txt'), publication: baoGiaLai });
    expect([l.province.name, l.district]).toEqual(['Kon Tum', 'huyện Sa Thầy']);
    expect(l.review).toEqual([
      'Bài nêu địa danh của Kon Tum, khác nơi xuất bản của Báo Gia Lai (Gia Lai): đã ghi theo bài, kiểm tra lại.',
    ]);
  });

  it('lets the publisher break a tie between provinces the text names, for review', () => {
    const text =
      'Tỉnh ủy Gia Lai và Tỉnh ủy Kon Tum ký kết chương trình phối hợp; tỉnh Gia Lai, tỉnh Kon Tum cùng thực hiện.';
    const l = place({ title: 'Hai tỉnh phối hợp', text, publication: baoGiaLai });
    expect(l.province.name).toBe('Gia Lai');
    expect(l.review).toEqual([
      'Địa danh trong bài không đủ rõ; bài còn nêu Kon Tum (“Tỉnh ủy Kon Tum” ở đầu bài, “tỉnh Kon Tum” ở đầu bài); đã ghi Gia Lai, nơi xuất bản của Báo Gia Lai: kiểm tra lại.',
    ]);
    expect(refusal({ title: 'Hai tỉnh phối hợp', text })).toMatch(/nhiều nơi — Gia Lai .*; Kon Tum /);
  });

  it('asks when one passing mention contradicts the publisher', () => {
    const reason = refusal({
      title: 'Tin ngắn',
      text: 'Hội nghị thành công tốt đẹp.\nĐại biểu tỉnh Kon Tum dự.',
      publication: baoGiaLai,
    });
    expect(reason).toMatch(/Kon Tum \(“tỉnh Kon Tum” ở bài\); Gia Lai \(nơi xuất bản của Báo Gia Lai\)/);
  });

  it('reads a dateline that opens the lead', () => {
    const l = place({ title: 'Tin địa phương', text: 'GIA LAI - Sáng 5/9, đại biểu tỉnh Kon Tum đến thăm.' });
    expect([l.province.name, l.provinceBasis]).toEqual(['Gia Lai', 'dòng nơi đưa tin “GIA LAI -” ở đầu bài']);
  });

  it('after the merger, counts two old provinces of one new unit as one', () => {
    const text = 'Tỉnh ủy Tuyên Quang chỉ đạo; các xã thuộc tỉnh Hà Giang (cũ) và tỉnh Hà Giang cũ triển khai.';
    const l = place({ title: 'Tin địa phương', text, date: '2025-08-01' });
    expect(l.province.name).toBe('Tuyên Quang');
  });
});
