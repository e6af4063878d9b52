import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boilerplateKind, isLinkLine, isListTimestamp } from '../../../src/lib/import/boilerplate.ts';

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

describe('list lines', () => {
  it('recognises the time stamps and links of story lists, not dates in prose', () => {
    expect(isListTimestamp('09:15 21/11/2024')).toBe(true);
    expect(isListTimestamp('Sáng 21/11/2024, hội nghị')).toBe(false);
    expect(isLinkLine('» Yên Bái trao Huy hiệu Đảng')).toBe(true);
    expect(isLinkLine('Đảng bộ huyện có 43 tổ chức cơ sở')).toBe(false);
  });
});
