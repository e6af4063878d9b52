import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../../src/lib/import/html/decode-html.ts';
import { PROJECT_ROOT } from '../../../helpers/site.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('declaredCharset', () => {
  it('reads <meta charset> and <meta http-equiv>, after a saved-page comment', () => {
    expect(declaredCharset(bytes('<!-- saved from url=(0020)https://a.vn/ --><meta charset="windows-1258">'))).toBe(
      'windows-1258',
    );
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe(
      'iso-8859-1',
    );
  });

  it('prefers a byte-order mark, then the HTTP header, and falls back to UTF-8', () => {
    expect(declaredCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=latin1')).toBe('utf-8');
    expect(declaredCharset(bytes('<meta charset="utf-8">'), 'text/html; charset=windows-1258')).toBe('windows-1258');
    expect(declaredCharset(bytes('<html><body>x</body></html>'))).toBe('utf-8');
  });
});

describe('decodeHtml', () => {
  it('decodes a windows-1258 page (tone marks as combining characters) to NFC text', () => {
    const file = join(PROJECT_ROOT, 'test/fixtures/import/html/trang-windows-1258.html');
    const decoded = decodeHtml(readFileSync(file));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.charset).toBe('windows-1258');
    expect(decoded.html).toContain('Văn Chấn: Nâng cao chất lượng đội ngũ bí thư chi bộ thôn, bản');
    expect(decoded.html).toBe(decoded.html.normalize('NFC'));
  });

  it('refuses an empty file, bytes that are not the declared UTF-8, and text that is not a page', () => {
    expect(decodeHtml(new Uint8Array())).toEqual({ ok: false, reason: 'tệp rỗng' });
    const latin = decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe0, 0xe1]));
    expect(latin.ok).toBe(false);
    const plain = decodeHtml(bytes('Tiêu đề\nĐoạn văn thứ nhất.'));
    expect(plain).toEqual({ ok: false, reason: expect.stringContaining('không phải trang HTML') as string });
  });

  it('names a charset it cannot read', () => {
    const result = decodeHtml(bytes('<meta charset="x-khong-co"><p>a</p>'));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('x-khong-co') as string });
  });
});
