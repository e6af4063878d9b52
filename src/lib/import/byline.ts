/**
 * Bylines as Vietnamese pages print them, above the lead or under the last paragraph (docs/domain.md
 * §5.3): `Bài, ảnh: TRƯỜNG SƠN`, `NGUYÊN ĐOAN |`, `T.T`, `Hồng Thắng`, `Nhóm PV`, `Thu Hòa/VOV4`,
 * `Ngọc Trâm - Hữu Phước`, and a name with the writer's post, `Đỗ Thuần – Bí thư Chi bộ thôn Đông`.
 * A `Theo …` / `Nguồn: …` line names a source, not a writer: it is recognised here only so that it is
 * never taken for a byline or a subheading (the source reader decides what it names).
 */
import { matchKey } from '../text/vi-text.ts';

const NAMES_MAX = 60;
const WITH_POST_MAX = 160;

// `Bài, ảnh:`, `Bài và ảnh:`, `Tin, ảnh:`, `Ảnh:`, `Thực hiện:`… before the names (any case).
const PREFIX =
  /^(?:(?:bài|tin)(?:\s*(?:,|và|&)\s*ảnh)?|ảnh|video|clip|đồ họa|thực hiện|nhóm thực hiện|ghi chép|tác giả|người viết|phóng viên|nhóm phóng viên|nhóm pv)\s*:\s*/iu;
const NAME_WORD = "\\p{Lu}[\\p{L}\\d.'’-]*";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
const NAMES = new RegExp(`^${NAME}(?:(?:\\s*[,–—/-]\\s*|\\s+và\\s+)${NAME}){0,5}(?:\\s*\\([^()]{1,40}\\))?$`, 'u');
// A name, a dash or comma, and a post: `Đỗ Thuần – Bí thư Chi bộ thôn Đông, xã Hòa Bình`.
const POSTS =
  'Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|Phó|Giám đốc|Phó Giám đốc|Ủy viên|Uỷ viên|Đảng viên|Cán bộ|Chuyên viên|Nguyên|Cựu|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|GS|PGS|TS|ThS|NCS|Học viên|Giảng viên|Sinh viên|Hội viên|Phóng viên|Cộng tác viên|CTV|Nhà báo|Bác sĩ|Luật sư|Kỹ sư|Nhân viên|Công chức|Viên chức|Tổ trưởng|Văn phòng|Ban|Trường|Học viện|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy|Chi bộ|UBND|HĐND|Công an|Ủy ban|Hội';
const WITH_POST = new RegExp(`^(?<name>${NAME})\\s*[,–—-]\\s*(?:${POSTS})(?![\\p{Ll}])[^.!?]*$`, 'u');

// Capitalised words that are no Vietnamese given or family name (`Cao`, `Quang`, `Năm`, `Phát`, `Quyết` are):
// an all-caps or title-case phrase with one of them is a heading or a label, not a byline.
const NOT_NAME_WORDS = new Set(
  (
    'của với cho các những tại trong về là được có không đã sẽ để từ khi này đó ngày tháng xã huyện tỉnh ' +
    'đảng ủy uỷ thôn ấp hội bộ kết quả tác mới tiếp tục nâng chất lượng triển xây dựng việc cần làm ' +
    'thực hiện kinh nghiệm giải pháp một số vấn đề nhiệm vụ phần chương mục tin bài báo đài tạp chí cổng ' +
    'theo nguồn kính thưa cảnh ảnh video xem đọc bình luận'
  ).split(' '),
);

const bare = (line: string) => line.replace(/\s*\|$/u, '').trim();

function namesAreNames(names: string): boolean {
  const words = names
    .replace(/\([^()]*\)/gu, ' ')
    .split(/[\s,–—/-]+/u)
    .filter((w) => w !== '' && w !== 'và');
  if (words.length === 0) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLocaleLowerCase('vi')))) return false;
  // A single word is a name only as initials or a short all-caps credit: `T.T`, `PV`, `H.Anh`.
  if (words.length === 1) return /\./u.test(words[0]!) || /^\p{Lu}{2,5}$/u.test(words[0]!);
  return true;
}

/** A `Theo …`, `(Theo …)`, `Nguồn: …`, `Nguồn tin: …` line: a source, never a byline or a subheading. */
export function isSourceLine(line: string): boolean {
  return line.length <= 120 && /^\(?(?:theo|nguồn(?: tin| ảnh)?\s*:)\s*\S/u.test(matchKey(line));
}

/**
 * The byline this whole line is, as printed but without a trailing `|` separator (`NGUYÊN ĐOAN |` →
 * `NGUYÊN ĐOAN`); undefined if the line is anything else.
 */
export function bylineOf(line: string): string | undefined {
  const text = bare(line);
  if (text === '' || isSourceLine(text)) return undefined;
  if (/^nhóm (?:pv|phóng viên)$/iu.test(text)) return text;
  const names = text.replace(PREFIX, '');
  if (text.length <= NAMES_MAX && NAMES.test(names) && namesAreNames(names)) return text;
  const post = WITH_POST.exec(names);
  const name = post?.groups?.['name'];
  if (text.length <= WITH_POST_MAX && name !== undefined && name.includes(' ') && namesAreNames(name)) return text;
  return undefined;
}
