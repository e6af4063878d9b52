/**
 * The bytes of a saved or fetched page as text, in the charset the page declares: a byte-order mark,
 * then the HTTP `Content-Type` of a fetched page, then `<meta charset>` or `<meta http-equiv>` in the first
 * bytes, else UTF-8 (as browsers do for a file without a declaration). Windows-1258 and other legacy
 * Vietnamese pages put tone marks as combining characters: the text is normalised to NFC.
 */
import { nfc } from '../../text/vi-text.ts';

export type HtmlDecodeResult = { ok: true; html: string; charset: string } | { ok: false; reason: string };

// Browsers look for the declaration in the first 1024 bytes; saved pages often put a comment first.
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset a page declares, by the order above; `utf-8` when it declares none. */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string {
  const fromBom = bomCharset(bytes);
  if (fromBom) return fromBom;
  const fromHeader = contentType === undefined ? undefined : HEADER_CHARSET.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Looks like HTML: a doctype or an `<html>`, `<head>`, `<body>`, `<article>` or `<p>` tag near the start. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|article|meta|title|p)[\s>]/i.test(text.slice(0, SNIFF_BYTES * 4));
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): HtmlDecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng' };
  const charset = declaredCharset(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: charset === 'utf-8' });
  } catch {
    return { ok: false, reason: `trang khai báo bảng mã “${charset}” mà chương trình không đọc được` };
  }
  let html: string;
  try {
    html = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'trang không phải UTF-8 và không khai báo bảng mã khác (<meta charset>): lưu lại trang bằng trình duyệt',
    };
  }
  if (!looksLikeHtml(html)) return { ok: false, reason: 'không phải trang HTML (không có thẻ <html>, <body> hay <p>)' };
  return { ok: true, html: nfc(html), charset };
}
