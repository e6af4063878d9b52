import { describe, expect, it } from 'vitest';
import { bylineOf, isSourceLine } from '../../../src/lib/import/byline.ts';

describe('bylineOf', () => {
  it.each([
    ['NGUYÊN ĐOAN |', 'NGUYÊN ĐOAN'],
    ['T.T', 'T.T'],
    ['PV', 'PV'],
    ['PV.', 'PV.'],
    ['Nhóm PV', 'Nhóm PV'],
    ['Nhóm phóng viên', 'Nhóm phóng viên'],
    ['Hồng Thắng', 'Hồng Thắng'],
    ['Trần Thanh', 'Trần Thanh'],
    ['Cao Văn Năm', 'Cao Văn Năm'],
    ['Ngọc Trâm - Hữu Phước', 'Ngọc Trâm - Hữu Phước'],
    ['Minh Anh và Thu Hà', 'Minh Anh và Thu Hà'],
    ['Bài, ảnh: TRƯỜNG SƠN', 'Bài, ảnh: TRƯỜNG SƠN'],
    ['Bài và ảnh: Minh Anh', 'Bài và ảnh: Minh Anh'],
    ['BÀI, ẢNH: MINH ANH', 'BÀI, ẢNH: MINH ANH'],
    ['Tin, ảnh: Văn Long', 'Tin, ảnh: Văn Long'],
    ['Thực hiện: Thanh Hà', 'Thực hiện: Thanh Hà'],
    ['Thu Hòa/VOV4', 'Thu Hòa/VOV4'],
    ['PV/VOV-Tây Bắc', 'PV/VOV-Tây Bắc'],
    ['Lan Hương (tổng hợp)', 'Lan Hương (tổng hợp)'],
    ['Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành', 'Đỗ Thuần – Bí thư Chi bộ thôn Đồng Văn, xã Đông Thành'],
    ['Nguyễn Văn Hùng, Phó Chủ tịch UBND xã', 'Nguyễn Văn Hùng, Phó Chủ tịch UBND xã'],
    ['Đại tá Lê Văn Minh – Học viện Chính trị', undefined],
  ])('%s → %s', (line, byline) => {
    expect(bylineOf(line)).toBe(byline);
  });

  it.each([
    'Những việc cần làm tiếp',
    'Quang cảnh hội nghị',
    'KẾT NẠP ĐẢNG VIÊN MỚI',
    'KẾT QUẢ NỔI BẬT',
    'Tin Liên Quan',
    'Báo Gia Lai',
    'Theo TTXVN',
    'Nguồn: Báo Phú Thọ',
    'Kính thưa các đồng chí',
    'Đổi mới sinh hoạt chi bộ – Kinh nghiệm từ cơ sở',
    'Thời gian qua, huyện đã làm tốt công tác này.',
  ])('“%s” is no byline', (line) => {
    expect(bylineOf(line)).toBeUndefined();
  });
});

describe('isSourceLine', () => {
  it('recognises the lines that name a source, not a writer', () => {
    for (const line of ['Theo TTXVN', '(Theo Báo Nhân Dân)', 'Nguồn: baophutho.vn', 'Nguồn tin: VOV1', 'Theo BBC'])
      expect(isSourceLine(line), line).toBe(true);
    for (const line of ['Hồng Thắng', 'Nguồn lực cho xây dựng nông thôn mới', 'Thời gian qua, theo báo cáo…'])
      expect(isSourceLine(line), line).toBe(false);
  });
});
