/**
 * Shapes of lines inside an article body that look like subheadings (short, no final punctuation) but
 * are not (docs/domain.md §5.3): photo captions and credits, salutations of a speech, and lines cut off
 * mid-sentence. Pure predicates on one line; scrape.ts decides with the lines around it.
 */
import { matchKey } from '../text/vi-text.ts';

/** One of `. ! ? … ” " ' : ; »` (and a closing bracket after one) ends a sentence or a quotation. */
export const FINAL_PUNCTUATION = /[.!?…”"':;»][)\]]?$/u;

const CAPTION_MARKS = [
  // `… (Ảnh: PV)`, `(Ảnh tư liệu)`, `(Nguồn: TTXVN)`, `(ảnh minh họa)`
  /\((?:(?:Ảnh|ảnh|ẢNH|Nguồn|nguồn|Photo)\s*:[^()]*|(?:Ảnh|ảnh)(?:\s+(?:minh h[ọo]a|tư liệu|TL|KT|NVCC|internet|\p{Lu}[^()]*))?|Ảnh\s[^()]*)\)\.?$/u,
  // `Ảnh: Minh Anh`, `Ảnh minh họa`, `Nguồn ảnh: …`
  /^(?:Ảnh|ảnh|ẢNH)\s*:|^Ảnh (?:minh h[ọo]a|tư liệu)|^Nguồn ảnh\s*:/u,
  // `… - Ảnh: dangcongsan.vn`, `…_Ảnh: TTXVN`, `…. Ảnh: Minh Anh`
  /(?:[-–—_|]|[.!?…])\s*(?:Ảnh|ảnh|ẢNH)\s*:\s*[^!?]{1,60}$/u,
  // `… Ảnh KT`, `… Ảnh: TL`, `… Ảnh minh họa`
  /\s(?:Ảnh|ảnh)(?:\s+(?:minh h[ọo]a|tư liệu|TL|KT|NVCC|internet))\.?$/u,
];

/** A line that says it is a photo caption or credit, anywhere in the page. */
export function isCaptionLine(line: string): boolean {
  return CAPTION_MARKS.some((mark) => mark.test(line));
}

/** A photo credit on its own line: `Ảnh: Minh Anh`, `(Ảnh: PV)`; the line above it describes the photo. */
export function isPhotoCredit(line: string): boolean {
  return line.length <= 60 && /^\(?(?:ảnh|nguồn ảnh|nguồn)\s*[:\s]/u.test(matchKey(line)) && isCaptionLine(line);
}

// Who is pictured and doing what: `Quang cảnh hội nghị`, `Đồng chí … phát biểu tại …`, `Các đại biểu dự lễ`.
const PHOTO_START =
  /^(?:quang cảnh|toàn cảnh|một góc|hình ảnh|các đại biểu|đại biểu|đồng chí|các đồng chí|lãnh đạo|đoàn công tác|ông|bà|anh|chị|em|các em|cán bộ|người dân|bí thư|chủ tịch|phó chủ tịch|phó bí thư|trưởng ban|thường trực)\s/u;
const PHOTO_VERB =
  /\s(?:phát biểu|chụp ảnh|trao|tặng|thăm|kiểm tra|dự|tham quan|làm việc|chủ trì|động viên|thảo luận|trò chuyện|trao đổi|chúc mừng|dâng hương|dâng hoa|thắp hương|cắt băng|bấm nút|biểu quyết|bỏ phiếu|tham dự|đón|tiếp|gắn|nhận)(?:\s|$)/u;

// A person's post and name, the caption of a portrait: `Thứ trưởng Bộ GD&ĐT Nguyễn Văn Phúc`.
const PERSON =
  /^(?:Đồng chí|Ông|Bà|Anh|Chị|Tổng Bí thư|Chủ tịch nước|Thủ tướng|Phó Thủ tướng|Bộ trưởng|Thứ trưởng|Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Trưởng ban|Phó Trưởng ban)\s.*\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?$/u;

/** A short line describing a picture rather than heading a section. */
export function isPhotoDescription(line: string): boolean {
  const key = matchKey(line);
  return (
    /^(?:quang cảnh|toàn cảnh|một góc)(?:\s|$)/u.test(key) ||
    /\s(?:chụp ảnh|bó hoa|tặng hoa|tặng quà)(?:\s|$)/u.test(key) ||
    /\((?:thứ \p{L}+ )?từ (?:trái|phải)(?: sang)?\)$/u.test(key) ||
    (PHOTO_START.test(key) && PHOTO_VERB.test(key)) ||
    PERSON.test(line)
  );
}

/** `Kính thưa các đồng chí…`, `Thưa quý vị`, `Kính gửi: …`: the address that opens a speech or letter. */
export function isSalutation(line: string): boolean {
  return /^(?:kính thưa|thưa|kính gửi|thân gửi|thân ái gửi)(?:\s|:)/u.test(matchKey(line));
}

// Sentence openers followed by a comma (`Tuy nhiên, …`, `Hiện nay, …`): a subheading never starts so.
const SENTENCE_OPENER =
  /^(?:hiện nay|tuy nhiên|tại đây|theo đó|trong đó|trong khi đó|ngoài ra|bên cạnh đó|đồng thời|do đó|vì vậy|vì thế|như vậy|cụ thể|trước đó|sau đó|qua đó|nhờ đó|từ đó|thời gian qua|thời gian tới|năm qua)\s*,/u;

/**
 * A line broken off mid-sentence or a sentence without its period: it starts in lower case or with a
 * sentence opener, or ends on a comma, dash or conjunction.
 */
export function isBrokenLine(line: string): boolean {
  return (
    /^\p{Ll}/u.test(line) ||
    SENTENCE_OPENER.test(matchKey(line)) ||
    /(?:[,–(-]|\s(?:và|của|với|cho|các|những|là|để|tại|trong|theo|như|thì|mà))$/u.test(line)
  );
}
