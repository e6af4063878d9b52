import { describe, expect, it } from 'vitest';
import { decodeRawText, textLines } from '../../../src/lib/import/raw-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeRawText', () => {
  it('refuses an empty file and a file of blanks', () => {
    expect(decodeRawText(new Uint8Array())).toEqual({ ok: false, reason: 'tệp rỗng' });
    expect(decodeRawText(utf8(' \n\t\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/không có chữ/) });
  });

  it('refuses binary data and text that is not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeRawText(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-8/) });
    // Legacy 8-bit text: the byte 0xD0 (Đ in Windows-1258) followed by ASCII is not UTF-8.
    expect(decodeRawText(new Uint8Array([0xd0, 0x61, 0xd2, 0x6e, 0x67]))).toMatchObject({ ok: false });
    // Valid UTF-8, but with NUL bytes: a binary file that happens to decode.
    expect(decodeRawText(utf8('ab\u0000cd'))).toMatchObject({ ok: false, reason: expect.stringMatching(/nhị phân/) });
  });

  it('accepts UTF-8 text and drops a byte-order mark', () => {
    expect(decodeRawText(utf8('\ufeffĐảng bộ'))).toEqual({ ok: true, text: 'Đảng bộ' });
  });
});

describe('textLines', () => {
  it('normalises to NFC, tidies spaces and drops blank lines, without changing a word', () => {
    const nfd = 'Đảng ủy thị trấn'.normalize('NFD');
    const lines = textLines(`  ${nfd}\u00a0 Nàng  Mau.  (Ảnh tư liệu)\r\n\r\n\tThứ hai\r`);
    expect(lines).toEqual(['Đảng ủy thị trấn Nàng Mau. (Ảnh tư liệu)', 'Thứ hai']);
    expect(lines[0]).toBe(lines[0]!.normalize('NFC'));
  });
});
