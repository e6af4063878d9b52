import { describe, expect, it } from 'vitest';
import {
  excerpt,
  hasScriptProtocol,
  isUnsafeMdxElement,
  judgeRawHtml,
} from '../../../src/lib/articles/raw-html-policy.ts';
import { encodingProblem } from '../../../src/lib/articles/article-encoding.ts';
import { hasEmptyBody } from '../../../src/lib/articles/article-files.ts';

describe('raw HTML in articles', () => {
  it('allows HTML comments only', () => {
    expect(judgeRawHtml('<!-- ghi chú cho biên tập viên -->')).toBe('comment');
    expect(judgeRawHtml('<!-- a -->\n')).toBe('comment');
    expect(judgeRawHtml('<script>alert(1)</script>')).toBe('forbidden');
    expect(judgeRawHtml('<div class="share">Chia sẻ</div>')).toBe('forbidden');
    expect(judgeRawHtml('<!-- a --><script>x</script>')).toBe('forbidden');
  });

  it('refuses MDX elements and attributes that run code', () => {
    expect(isUnsafeMdxElement('script', [])).toBe(true);
    expect(isUnsafeMdxElement('IFRAME', [])).toBe(true);
    expect(isUnsafeMdxElement('img', ['src', 'onError'])).toBe(true);
    expect(isUnsafeMdxElement('Callout', ['kind'])).toBe(false);
  });

  it('refuses script links however they are written', () => {
    expect(hasScriptProtocol('javascript:alert(1)')).toBe(true);
    expect(hasScriptProtocol(' JaVa\tScRiPt:alert(1)')).toBe(true);
    expect(hasScriptProtocol('data:text/html,<script>x</script>')).toBe(true);
    expect(hasScriptProtocol('https://baohaugiang.com.vn/')).toBe(false);
    expect(hasScriptProtocol('/bai-viet/x/')).toBe(false);
  });

  it('quotes offending markup on one short line', () => {
    expect(excerpt('<div>\n  <script>\n</div>')).toBe('<div> <script> </div>');
    expect(excerpt('x'.repeat(100))).toHaveLength(61);
  });
});

describe('encodingProblem', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts Unicode Vietnamese, including a few Latin-1 symbols', () => {
    expect(encodingProblem(bytes('Đảng bộ tỉnh Thanh Hóa tổ chức hội nghị « sơ kết » lúc 25 °C'))).toBeUndefined();
  });

  it('refuses TCVN3 and VNI text, binary files and other encodings', () => {
    expect(encodingProblem(bytes('Thanh Ho¸ tæ chøc héi nghÞ s¬ kÕt c«ng t¸c x©y dùng §¶ng'))).toMatch(/bảng mã cũ/);
    expect(encodingProblem(bytes('Ñaûng boä tænh Thanh Hoùa toå chöùc hoäi nghò sô keát'))).toMatch(/bảng mã cũ/);
    expect(encodingProblem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatch(/nhị phân/);
    expect(encodingProblem(new Uint8Array([0x54, 0x68, 0xe0, 0x6e, 0x68]))).toMatch(/UTF-8/); // "Thành" in Windows-1258-like bytes
  });
});

describe('hasEmptyBody', () => {
  it('sees an article with nothing but frontmatter, blank lines or comments as empty', () => {
    expect(hasEmptyBody('---\ntitle: a\n---\n')).toBe(true);
    expect(hasEmptyBody('---\ntitle: a\n---\n\n<!-- viết nội dung ở đây -->\n\n')).toBe(true);
    expect(hasEmptyBody('---\ntitle: a\n---\n\nMột câu.\n')).toBe(false);
  });
});
