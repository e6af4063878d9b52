import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../src/lib/import/html/page-article.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPH =
  'Đoạn văn thứ nhất của bài viết kể lại buổi sinh hoạt chi bộ ở thôn, với đủ câu chữ để trình đọc nhận ra đây là nội dung chính của trang. ';

describe('readPage', () => {
  it('puts the headline, the printed date line and the marked sapo first, then the story', () => {
    const read = readPage({
      html: page(
        '<meta property="og:title" content="Tiêu đề bài viết mẫu">',
        `<nav><a href="/">Trang chủ</a></nav><h1>Tiêu đề bài viết mẫu</h1><div class="date">Thứ Hai, 02/09/2024 07:00</div>` +
          `<div class="sapo">Đoạn mở đầu của bài viết, tóm tắt nội dung chính cho người đọc.</div>` +
          `<div class="content"><p>${PARAGRAPH.repeat(3)}</p><p>${PARAGRAPH.repeat(2)}</p></div>`,
      ),
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const lines = read.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Tiêu đề bài viết mẫu',
      'Thứ Hai, 02/09/2024 07:00',
      'Đoạn mở đầu của bài viết, tóm tắt nội dung chính cho người đọc.',
    ]);
    expect(lines).not.toContain('Trang chủ');
    expect(read.page.title).toEqual({ value: 'Tiêu đề bài viết mẫu', basis: 'cấu trúc trang (<h1>, khớp og:title)' });
    expect(read.page.sapo?.basis).toBe('cấu trúc trang (khối sapo .sapo)');
  });

  it('writes a date an inline script puts into an empty element where the reader sees it', () => {
    const read = readPage({
      html: page(
        '<title>Tiêu đề có ngày viết bằng script - Báo X</title>',
        `<h1>Tiêu đề có ngày viết bằng script</h1><span id="pDate"></span><div><p>${PARAGRAPH.repeat(4)}</p></div>` +
          '<script>document.getElementById("pDate").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7";</script>',
      ),
    });
    expect(read.ok && read.text.split('\n')[1]).toBe('Thứ năm, 20/12/2012, 16:10 GMT+7');
  });

  it('reads a two-digit year and a clock with the part of the day that the text reader does not know', () => {
    const read = readPage({
      html: page(
        '<title>Tiêu đề bài có năm hai chữ số</title>',
        `<h1>Tiêu đề bài có năm hai chữ số</h1><div>Cập nhật thứ hai, ngày 24/12/12 11:05 tối</div><div><p>${PARAGRAPH.repeat(4)}</p></div>`,
      ),
    });
    expect(read.ok && read.page.date).toEqual({
      value: '2012-12-24T23:05',
      basis: 'cấu trúc trang (dòng ngày in trên trang “Cập nhật thứ hai, ngày 24/12/12 11:05 tối”)',
    });
  });

  it('takes the bold right-aligned signature under the story as the author, out of the body', () => {
    const read = readPage({
      html: page(
        '<title>Tiêu đề bài có chữ ký cuối bài</title>',
        `<h1>Tiêu đề bài có chữ ký cuối bài</h1><div><p>${PARAGRAPH.repeat(4)}</p><p>${PARAGRAPH.repeat(2)}</p>` +
          '<p align="right"><strong>H.V.<br></strong><em>Ảnh</em>:<strong> Misso</strong></p></div>',
      ),
    });
    expect(read.ok && read.page.author).toEqual({
      value: 'H.V.',
      basis: 'cấu trúc trang (dòng ký tên in đậm, căn phải cuối bài)',
    });
    expect(read.ok && read.text.split('\n')).not.toContain('H.V.');
  });

  it('refuses a page without any headline', () => {
    expect(readPage({ html: page('', '<div>chỉ có chữ</div>') })).toEqual({
      ok: false,
      reason: expect.stringContaining('không có tiêu đề') as string,
    });
  });
});
