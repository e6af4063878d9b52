import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementLines } from '../../../../src/lib/import/html/article-lines.ts';

const linesOf = (html: string) => elementLines(parseHTML(`<html><body>${html}</body></html>`).document.body);

describe('elementLines', () => {
  it('gives one line per block and per <br>, with whitespace tidied', () => {
    expect(linesOf('<div>Đoạn  một.<br>Đoạn\n hai.<p>Đoạn <b>ba</b>.</p></div>').map((l) => l.text)).toEqual([
      'Đoạn một.',
      'Đoạn hai.',
      'Đoạn ba.',
    ]);
  });

  it('marks subheadings, captions and paragraphs as the markup does', () => {
    const lines = linesOf(
      '<h2>Tiêu đề phụ</h2><p>Câu văn.</p><figure><img src="a.jpg"><figcaption>Chú thích ảnh</figcaption></figure>' +
        '<table><tr><td><img src="b.jpg"></td></tr><tr><td>Ảnh trong bảng</td></tr></table><p class="pSubTitle">Mục hai</p>',
    );
    expect(lines).toEqual([
      { text: 'Tiêu đề phụ', kind: 'heading' },
      { text: 'Câu văn.', kind: 'paragraph' },
      { text: 'Chú thích ảnh', kind: 'caption' },
      { text: 'Ảnh trong bảng', kind: 'caption' },
      { text: 'Mục hai', kind: 'heading' },
    ]);
  });

  it('leaves out scripts, styles, forms controls and players, but reads a page wrapped in a <form>', () => {
    const lines = linesOf(
      '<form id="aspnetForm"><script>var a = 1;</script><style>p{}</style><p>Nội dung.</p><button>Gửi</button><video>Trình phát</video></form>',
    );
    expect(lines.map((l) => l.text)).toEqual(['Nội dung.']);
  });

  it('flags a line made only of links', () => {
    const lines = linesOf('<li><a href="/a">Tin khác</a></li><p>Xem <a href="/b">tại đây</a>.</p>');
    expect(lines[0]).toMatchObject({ text: 'Tin khác', link: true });
    expect(lines[1]?.link).toBe(undefined);
  });
});
