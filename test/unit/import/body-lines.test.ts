import { describe, expect, it } from 'vitest';
import {
  isBrokenLine,
  isCaptionLine,
  isPhotoCredit,
  isPhotoDescription,
  isSalutation,
} from '../../../src/lib/import/body-lines.ts';

describe('isCaptionLine', () => {
  it.each([
    'Quang cảnh hội nghị. (Ảnh: PV)',
    'Đảng ủy thị trấn thực hiện tốt quy chế làm việc. (Ảnh tư liệu)',
    'Xây dựng tổ chức Đảng trong sạch, vững mạnh (Ảnh tư liệu)',
    'Lễ kết nạp đảng viên (ảnh minh họa)',
    'Toàn cảnh phiên họp (Nguồn: TTXVN)',
    'Ảnh: Minh Anh',
    'Ảnh minh họa',
    'Cán bộ xã hướng dẫn người dân - Ảnh: dangcongsan.vn',
    'Chủ tịch Quốc hội kiểm tra công tác bầu cử_Ảnh: TTXVN',
    'Quang cảnh buổi lễ. Ảnh: Hồng Thắng',
    'Lãnh đạo tỉnh cắt băng khánh thành. Ảnh KT',
  ])('%s', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    'Giá phân bón tăng cao đã ảnh hưởng đến sản xuất của bà con (ảnh hưởng kéo dài đến cuối năm).',
    'Huyện đã giải ngân hết kế hoạch vốn (nguồn vốn ngân sách tỉnh).',
    'Những việc cần làm tiếp',
  ])('not: %s', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

describe('lines around pictures', () => {
  it('tells a bare photo credit from a caption that carries one', () => {
    expect(isPhotoCredit('Ảnh: Thanh Nga')).toBe(true);
    expect(isPhotoCredit('(Ảnh: PV)')).toBe(true);
    expect(isPhotoCredit('Quang cảnh hội nghị. (Ảnh: PV)')).toBe(false);
  });

  it('recognises lines that describe who is pictured doing what', () => {
    for (const line of [
      'Quang cảnh Đại hội',
      'Toàn cảnh hội nghị',
      'Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị',
      'Các đại biểu chụp ảnh lưu niệm',
      'Lãnh đạo huyện trao quyết định cho các chi bộ mới',
      'Thứ trưởng Bộ Nội vụ Nguyễn Văn Phúc',
      'Các đại biểu dự hội nghị (thứ ba từ trái sang)',
      'Lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành mới',
    ])
      expect(isPhotoDescription(line), line).toBe(true);
    for (const line of ['Những việc cần làm tiếp', 'Gắn nội dung sinh hoạt với việc của làng', 'Kết quả nổi bật'])
      expect(isPhotoDescription(line), line).toBe(false);
  });
});

describe('salutations and broken lines', () => {
  it('recognises the address that opens a speech', () => {
    for (const line of ['Kính thưa các đồng chí…', 'Thưa các đồng chí', 'Kính gửi: Ban Thường vụ Huyện ủy'])
      expect(isSalutation(line), line).toBe(true);
    expect(isSalutation('Thừa Thiên Huế đổi mới sinh hoạt chi bộ')).toBe(false);
  });

  it('recognises a line broken off mid-sentence', () => {
    for (const line of [
      'và các chi bộ trực thuộc',
      'Thời gian tới, huyện sẽ tiếp tục,',
      'Huyện ủy yêu cầu các chi bộ và',
      'Tuy nhiên, một số chi bộ chưa duy trì sinh hoạt định kỳ',
    ])
      expect(isBrokenLine(line), line).toBe(true);
    expect(isBrokenLine('Những việc cần làm tiếp')).toBe(false);
  });
});
