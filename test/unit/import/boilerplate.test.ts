import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boilerplateKind,
  isHeaderLine,
  isLinkLine,
  isListTimestamp,
  isMenuLine,
  isPublicationNameLine,
} from '../../../src/lib/import/boilerplate.ts';

describe('boilerplateKind', () => {
  it.each([
    // Markers seen on the seed pages (docs/domain.md §5.3).
    ['Phản hồi', 'end'],
    ['Các tin khác', 'end'],
    ['Xem nhiều nhất', 'end'],
    ['Viết bình luận mới', 'end'],
    ['Xem thêm', 'end'],
    ['Xem thêm TP.Thanh Hóa', 'end'],
    ['0 bình luận', 'end'],
    ['CÓ THỂ BẠN QUAN TÂM', 'end'],
    ['THÔNG TIN CẦN BIẾT', 'end'],
    ['Chia sẻ thông tin với bạn bè!', 'end'],
    ['Từ khóa: sinh hoạt chi bộ, Thái Bình', 'end'],
    ['Tags: xây dựng Đảng', 'end'],
    ['Tin liên quan', 'list'],
    ['Đọc nhiều', 'list'],
    ['Bài liên quan', 'list'],
    ['Xem thêm:', 'list'],
    ['{name} - {time}', 'noise'],
    ['{body}', 'noise'],
    ['Trả lời', 'noise'],
    ['Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu', 'noise'],
    ['/', 'noise'],
    ['Xác thực', 'noise'],
    ['0:00 / 0:00', 'noise'],
    ['0:00', 'noise'],
    ['Tắt [X]', 'noise'],
    ['Trang chủ » Xây dựng Đảng', 'noise'],
    ['>> Xem thêm: Cần Thơ hoàn thành sắp xếp tổ chức đảng cấp xã', 'noise'],
    ['Cần Thơ 31°C', 'noise'],
    ['In bài viết', 'noise'],
    // Forms of the pages of issue 13: comment prompts, counters, buttons, skip links, loaders.
    ['Gửi bình luận của bạn', 'end'],
    ['Ý kiến bạn đọc', 'end'],
    ['Bình luận (0)', 'end'],
    ['Gửi ý kiến', 'end'],
    ['Tin khác cùng chuyên mục', 'end'],
    ['Từ khoá: Đảng viên', 'end'],
    ['Tin tức liên quan', 'list'],
    ['Lượt xem: 688', 'noise'],
    ['Lượt đọc: 1.234', 'noise'],
    ['24114 Lượt xem', 'noise'],
    ['Skip to main content', 'noise'],
    ['Bỏ qua nội dung', 'noise'],
    ['• Loading...', 'noise'],
    ['Đang tải...', 'noise'],
    ['Banner', 'noise'],
    ['Quảng cáo', 'noise'],
    ['Xem với cỡ chữ', 'noise'],
    ['A- A A+', 'noise'],
    ['Đăng nhập', 'noise'],
    ['Tìm kiếm', 'noise'],
    ['Trang chủ > Tin tức > Xây dựng Đảng', 'noise'],
    ['Trang chủ / Chính trị', 'noise'],
    ['2 giờ trước', 'noise'],
    ['TP. Hồ Chí Minh 32°C', 'noise'],
    // Text that only looks like furniture.
    ['Căn nhà bỗng nhiên nóng 40°C', undefined],
    ['Gửi ý kiến góp ý dự thảo văn kiện đại hội', undefined],
    ['Tin tưởng vào sự lãnh đạo của Đảng', undefined],
  ])('%s → %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it('leaves every paragraph, caption and subheading of the committed articles alone', () => {
    const dir = 'content/articles';
    const lines = readdirSync(dir).flatMap((file) => {
      const body = readFileSync(`${dir}/${file}`, 'utf8').split(/^---$/m)[2] ?? '';
      return body
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => line.replace(/^## |^\*|\*$/g, ''));
    });
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.filter((line) => boilerplateKind(line) !== undefined)).toEqual([]);
  });
});

describe('header furniture above a headline', () => {
  it.each([
    'Thời sự',
    'Xây dựng Đảng',
    'Chính trị',
    'Thời sự Chính trị Kinh tế Xã hội Văn hóa',
    'Xã hội | Y tế | Giáo dục',
    'Tin tức - Sự kiện',
    'Tin tức › Xây dựng Đảng',
    'Trang chủ Tư liệu Đại hội Đảng',
    'Báo Gia Lai điện tử',
    'Báo Quân đội nhân dân',
    'Đài Phát thanh và Truyền hình Thái Nguyên',
    'CỔNG THÔNG TIN ĐIỆN TỬ XÃ SAO VÀNG',
    'Hotline: 0912 345 678',
    'Thứ Năm, ngày 03/12/2026',
  ])('%s', (line) => {
    expect(isHeaderLine(line)).toBe(true);
  });

  it.each([
    'Chi bộ thôn Đồng Văn đổi mới sinh hoạt',
    'Báo Gia Lai ra mắt chuyên trang xây dựng Đảng',
    'Đài Phát thanh và Truyền hình tỉnh tổng kết công tác năm 2024',
    'Thời sự: Đảng bộ tỉnh tổng kết năm 2024',
    'Tăng trưởng GRDP > 8%',
    'Xây dựng Đảng ở cơ sở',
  ])('not: %s', (line) => {
    expect(isHeaderLine(line)).toBe(false);
  });

  it('reads menus as runs of section names and papers by their names', () => {
    expect(isMenuLine('Kinh tế Xã hội')).toBe(true);
    expect(isMenuLine('Kinh tế xã hội phát triển')).toBe(false);
    expect(isPublicationNameLine('Tạp chí Xây dựng Đảng')).toBe(true);
    expect(isPublicationNameLine('Tạp chí Xây dựng Đảng tổ chức tọa đàm')).toBe(false);
  });
});

describe('list lines', () => {
  it('recognises the time stamps and links of story lists, not dates in prose', () => {
    expect(isListTimestamp('09:15 21/11/2024')).toBe(true);
    expect(isListTimestamp('Sáng 21/11/2024, hội nghị')).toBe(false);
    expect(isLinkLine('» Yên Bái trao Huy hiệu Đảng')).toBe(true);
    expect(isLinkLine('Đảng bộ huyện có 43 tổ chức cơ sở')).toBe(false);
  });
});
