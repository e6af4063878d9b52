/**
 * Whether an article file is Unicode text at all. Copied material sometimes arrives as a binary file
 * renamed to .md, or typed in a pre-Unicode Vietnamese encoding (TCVN3/ABC, VNI) that decodes to
 * readable-looking nonsense such as "Thanh Ho¸" or "Vieät Nam": both must stop the build, not publish.
 */

/** Letters of Latin-1 that Vietnamese never uses, and the symbols TCVN3 puts in place of its letters. */
const LEGACY_MARKS =
  /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/g;
/** Characters that Unicode Vietnamese needs beyond ASCII: ă â đ ê ô ơ ư and the tone-marked letters. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;

export function encodingProblem(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'tệp nhị phân, không phải văn bản: lưu bài dưới dạng văn bản (.md, mã UTF-8)';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'tệp không ở mã UTF-8 (có thể là bảng mã cũ hoặc Windows-1258): lưu lại tệp với mã UTF-8';
  }
  const legacy = text.match(LEGACY_MARKS)?.length ?? 0;
  const unicode = text.match(UNICODE_VIETNAMESE)?.length ?? 0;
  if (legacy >= 5 && legacy > unicode) {
    return 'văn bản có vẻ gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI), không phải Unicode: chuyển mã sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi lưu với mã UTF-8';
  }
  return undefined;
}
