/**
 * What a scraped news page puts around an article (docs/domain.md §5.3), line by line:
 * - `end`: the article is over (comments, lists of other stories, weather, tags); once the body has
 *   started everything after it is dropped, before that only the line itself;
 * - `list`: a box of related stories that may sit anywhere, even between two paragraphs: the heading and
 *   the story titles under it are dropped, and the article goes on after them;
 * - `noise`: one line of widget, player, menu or share-button text.
 */
import { matchKey } from '../text/vi-text.ts';

export type BoilerplateKind = 'end' | 'list' | 'noise';

const keyOf = (line: string) => matchKey(line).replace(/[\s:.!]+$/u, '');

const END_LINES = new Set(
  [
    'Phản hồi',
    'Các tin khác',
    'Tin khác',
    'Mới nhất',
    'Tin mới nhất',
    'Tin mới',
    'Xem nhiều nhất',
    'Xem nhiều',
    'Đọc nhiều nhất',
    'Tin đọc nhiều',
    'Tin xem nhiều',
    'Viết bình luận mới',
    'Viết bình luận',
    'Gửi bình luận',
    'Ý kiến bình luận',
    'Ý kiến bạn đọc',
    'Bình luận',
    'Có thể bạn quan tâm',
    'Thông tin cần biết',
    'Thời tiết',
    'Địa phương',
    'Chia sẻ thông tin với bạn bè',
    'Bài viết liên quan',
    'Tin cùng chuyên mục',
    'Bài cùng chuyên mục',
    'Tin bài khác',
    'Từ khóa',
    'Tags',
  ].map(keyOf),
);

// `Xem thêm TP.Thanh Hóa` (a section link), `Từ khóa: …`, `Tags: …`, `12 bình luận`.
const END_PATTERNS = [/^xem thêm(?:\s+\p{L}.*)?$/u, /^(?:từ khóa|tags?|chủ đề)\s*:/u, /^\d+\s+bình luận$/u];

const LIST_LINES = new Set(['Tin liên quan', 'Bài liên quan', 'Đọc thêm', 'Đọc nhiều'].map(keyOf));

const NOISE_LINES = new Set(
  [
    'Chia sẻ',
    'Chia sẻ bài viết',
    'In bài',
    'In bài viết',
    'Bản in',
    'Gửi bài viết',
    'Gửi email',
    'Gửi',
    'Facebook',
    'Zalo',
    'Twitter',
    'Tweet',
    'Sao chép liên kết',
    'Copy link',
    'Lưu bài viết',
    'Nghe bài viết',
    'Nghe đọc bài',
    'Cỡ chữ',
    'Quảng cáo',
    'Trả lời',
    'Họ và tên',
    'Họ tên',
    'Email',
    'Lời bình',
    'Xác thực',
    'Mã xác nhận',
    'Đang tải',
    'Về đầu trang',
    'Quay lại',
    'Trang chủ',
    'Tắt [X]',
  ].map(keyOf),
);

const NOISE_PATTERNS = [
  /^ý kiến của bạn sẽ được biên tập/u, // comment form notice
  /^(?:>>|»)/u, // a link to another story: `>> Xem thêm: Tiêu đề`, `» Tiêu đề`
  /^(?:xem thêm|đọc thêm)\s*:\s*\S/u, // the same without arrows: `Xem thêm: Tiêu đề`
  /\{(?:name|time|body)\}/u, // unfilled comment template
  /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/u, // video player clock: `0:00 / 0:00`
  /^trang chủ\s*[>»›/|]/u, // breadcrumb: `Trang chủ » Xây dựng Đảng`
  /^[-–—\s>»›/|•*+=_.]*$/u, // a line of symbols, `/`
  /^a[+-]?\s+a[+-]?$/u, // font size buttons
  /^[\p{L}. ]{0,30}\d{1,2}\s*°c/u, // weather widget: `Hà Nội 28°C`
];

/** The kind of boilerplate this whole line is, if it is one. */
export function boilerplateKind(line: string): BoilerplateKind | undefined {
  const key = keyOf(line);
  // `Xem thêm:` heads links inside the article; a bare `Xem thêm` heads the page's list of other stories.
  if (LIST_LINES.has(key) || /^xem thêm\s*:$/u.test(matchKey(line))) return 'list';
  if (END_LINES.has(key) || END_PATTERNS.some((p) => p.test(key))) return 'end';
  if (NOISE_LINES.has(key) || NOISE_PATTERNS.some((p) => p.test(matchKey(line)))) return 'noise';
  return undefined;
}

/** `09:15 21/11/2024`: the time stamp under each story of a list of other stories. */
export function isListTimestamp(line: string): boolean {
  return /^\d{1,2}:\d{2},?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(line);
}

/** Links to other stories inside a related box: `>> Tiêu đề`, `» Tiêu đề`, `- Tiêu đề`, `• Tiêu đề`. */
export function isLinkLine(line: string): boolean {
  return /^(?:>>|»|›|[-–•*])\s*\S/u.test(line);
}
