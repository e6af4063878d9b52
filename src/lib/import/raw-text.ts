/**
 * The bytes of a scraped page as text lines: refuses what is not UTF-8 text, and tidies whitespace
 * without touching a word (NFC, odd spaces to plain spaces, runs collapsed, lines trimmed).
 */
import { cleanSpaces } from '../text/vi-text.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

// Control characters other than tab, line feed, form feed and carriage return do not occur in text.
// eslint-disable-next-line no-control-regex -- control characters are what this detects
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function decodeRawText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'không phải văn bản UTF-8 (tệp nhị phân hoặc sai bảng mã)' };
  }
  if (CONTROL.test(text))
    return { ok: false, reason: 'không phải văn bản (có ký tự điều khiển, có thể là tệp nhị phân)' };
  if (text.trim() === '') return { ok: false, reason: 'tệp không có chữ nào (chỉ có khoảng trắng)' };
  return { ok: true, text };
}

/** Non-empty lines, NFC, with no-break and other odd spaces made plain, runs collapsed and ends trimmed. */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\f/)
    .map((line) => cleanSpaces(line).trim())
    .filter((line) => line !== '');
}
