/**
 * What a scraped news page puts around an article (docs/domain.md §5.3), line by line:
 * - `end`: the article is over (comments, lists of other stories, weather, tags); once the body has
 *   started everything after it is dropped, before that only the line itself;
 * - `list`: a box of related stories that may sit anywhere, even between two paragraphs: the heading and
 *   the story titles under it are dropped, and the article goes on after them;
 * - `noise`: one line of widget, player, menu, counter or share-button text.
 * Page-header furniture that only occurs above the headline (menus, section names, breadcrumbs, site
 * names, hotlines) is told apart by `isHeaderLine`, used before the headline only: inside an article the
 * same words can be real text.
 */
import { matchKey } from '../text/vi-text.ts';

export type BoilerplateKind = 'end' | 'list' | 'noise';

const TRAILING = /[\s:.!…]+$/u;
const keyOf = (line: string) => matchKey(line).replace(TRAILING, '');

const END_LINES = new Set(
  [
    'Phản hồi',
    'Các tin khác',
    'Tin khác',
    'Các tin đã đưa',
    'Tin đã đưa',
    'Các bài viết khác',
    'Bài viết khác',
    'Tin khác cùng chuyên mục',
    'Mới nhất',
    'Tin mới nhất',
    'Tin mới',
    'Tin mới cập nhật',
    'Tin nổi bật',
    'Tin tiêu điểm',
    'Xem nhiều nhất',
    'Xem nhiều',
    'Đọc nhiều nhất',
    'Tin đọc nhiều',
    'Tin xem nhiều',
    'Viết bình luận mới',
    'Viết bình luận',
    'Viết bình luận của bạn',
    'Gửi bình luận',
    'Gửi bình luận của bạn',
    'Bình luận của bạn',
    'Để lại bình luận',
    'Ý kiến bình luận',
    'Ý kiến bạn đọc',
    'Bạn đọc bình luận',
    'Ý kiến của bạn',
    'Gửi ý kiến',
    'Gửi ý kiến của bạn',
    'Gửi phản hồi',
    'Ý kiến phản hồi',
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

// `Xem thêm TP.Thanh Hóa` (a section link), `Từ khóa: …`, `Tags: …`, `12 bình luận`, `Bình luận (0)`.
const END_PATTERNS = [
  /^xem thêm(?:\s+\p{L}.*)?$/u,
  /^(?:từ khóa|tags?|chủ đề|nhãn)\s*:/u,
  /^\d+\s+(?:bình luận|ý kiến)$/u,
  /^(?:bình luận|ý kiến|phản hồi)\s*\(\d+\)$/u,
];

const LIST_LINES = new Set(['Tin liên quan', 'Bài liên quan', 'Tin tức liên quan', 'Đọc thêm', 'Đọc nhiều'].map(keyOf));

const NOISE_LINES = new Set(
  [
    'Chia sẻ',
    'Chia sẻ bài viết',
    'Chia sẻ Facebook',
    'Chia sẻ qua email',
    'Gửi cho bạn bè',
    'In bài',
    'In bài viết',
    'In trang',
    'In',
    'Print',
    'Bản in',
    'Gửi bài viết',
    'Gửi email',
    'Gửi',
    'Facebook',
    'Zalo',
    'Twitter',
    'Tweet',
    'Like',
    'Share',
    'Thích',
    'Sao chép liên kết',
    'Copy link',
    'Lưu bài viết',
    'Lưu tin',
    'Lưu',
    'Theo dõi',
    'Google News',
    'Nghe bài viết',
    'Nghe đọc bài',
    'Nghe audio',
    'Đọc bài',
    'Tải về',
    'Cỡ chữ',
    'Xem với cỡ chữ',
    'Kích thước chữ',
    'Kích cỡ chữ',
    'Phông chữ',
    'Mặc định',
    'Phóng to',
    'Thu nhỏ',
    'Quảng cáo',
    'Advertisement',
    'Banner',
    'Trả lời',
    'Họ và tên',
    'Họ tên',
    'Email',
    'Lời bình',
    'Xác thực',
    'Mã xác nhận',
    'Loading',
    'Đang tải',
    'Đang tải dữ liệu',
    'Về đầu trang',
    'Lên đầu trang',
    'Quay lại',
    'Trở về',
    'Đóng',
    'Trang chủ',
    'Trang nhất',
    'Home',
    'Tắt [X]',
    'Skip to main content',
    'Skip to content',
    'Bỏ qua nội dung',
    'Bỏ qua nội dung chính',
    'Chuyển đến nội dung chính',
    'Đi tới nội dung chính',
    'Menu',
    'Đăng nhập',
    'Đăng ký',
    'Đăng xuất',
    'Quên mật khẩu',
    'Tìm kiếm',
    'Search',
    'Nhập từ khóa',
    'Nhập từ khóa tìm kiếm',
    'Nhập nội dung tìm kiếm',
    'Từ khóa tìm kiếm',
    'Tiếng Việt',
    'English',
  ].map(keyOf),
);

const NOISE_PATTERNS = [
  /^ý kiến của bạn sẽ được biên tập/u, // comment form notice
  /^(?:>>|»)/u, // a link to another story: `>> Xem thêm: Tiêu đề`, `» Tiêu đề`
  /^(?:xem thêm|đọc thêm)\s*:\s*\S/u, // the same without arrows: `Xem thêm: Tiêu đề`
  /\{(?:name|time|body)\}/u, // unfilled comment template
  /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/u, // video player clock: `0:00 / 0:00`
  /^(?:trang chủ|trang nhất|home)\s*[>»›/|]/u, // breadcrumb: `Trang chủ » Xây dựng Đảng`
  /^[-–—\s>»›/|•·*+=_.]*$/u, // a line of symbols, `/`
  /^a[+-]?(?:\s+a[+-]?){1,2}$/u, // font size buttons: `A- A+`, `A- A A+`
  /^[•·*\s]*(?:loading|đang tải)\b.{0,20}$/u, // `• Loading...`, `Đang tải...`
  /^(?:skip to|bỏ qua|chuyển đến|đi tới) (?:main )?(?:content|nội dung)/u, // skip links
  /^(?:số\s+)?lượt\s+(?:xem|đọc|truy cập)\s*:?\s*[\d.,]+$/u, // view counter: `Lượt xem: 688`
  /^[\d.,]+\s+lượt\s+(?:xem|đọc)$/u, // `24114 Lượt xem`
  /^(?:đã xem|views?)\s*:?\s*[\d.,]+$/u,
  /^\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng) trước$/u, // relative time of an aggregator: `2 giờ trước`
  /^(?:tăng|giảm) cỡ chữ$/u,
  /^(?:đăng nhập|đăng ký)\s*[/|]\s*(?:đăng nhập|đăng ký)$/u,
];

// Weather widget: `Hà Nội 28°C`, a place's capitalised words and a temperature (`Căn nhà nóng 40°C` is a headline).
const WEATHER = /^(?:\p{Lu}[\p{L}.]*\s*){0,5}-?\d{1,2}\s*°\s*[cC](?![\p{L}])/u;

// Longer lines are text: no widget, menu or comment-form line is this long (and matchKey is not free).
const FURNITURE_MAX = 300;

/** The kind of boilerplate this whole line is, if it is one. */
export function boilerplateKind(line: string): BoilerplateKind | undefined {
  if (line.length > FURNITURE_MAX) return undefined;
  const full = matchKey(line);
  const key = full.replace(TRAILING, '');
  // `Xem thêm:` heads links inside the article; a bare `Xem thêm` heads the page's list of other stories.
  if (LIST_LINES.has(key) || /^xem thêm\s*:$/u.test(full)) return 'list';
  if (END_LINES.has(key) || END_PATTERNS.some((p) => p.test(key))) return 'end';
  if (NOISE_LINES.has(key) || WEATHER.test(line) || NOISE_PATTERNS.some((p) => p.test(full))) return 'noise';
  return undefined;
}

// Section and menu names of Vietnamese news sites and portals, as printed in menus and above headlines.
const SECTION_NAMES = [
  'Thời sự',
  'Chính trị',
  'Xây dựng Đảng',
  'Xây dựng đảng',
  'Tin tức',
  'Tin tức - Sự kiện',
  'Tin tức sự kiện',
  'Tin hoạt động',
  'Hoạt động',
  'Sự kiện',
  'Tin tổng hợp',
  'Tin trong nước',
  'Tin địa phương',
  'Tin trong tỉnh',
  'Trong tỉnh',
  'Trong nước',
  'Quốc tế',
  'Thế giới',
  'Kinh tế',
  'Xã hội',
  'Văn hóa',
  'Văn hóa - Xã hội',
  'Thể thao',
  'Giáo dục',
  'Y tế',
  'Sức khỏe',
  'Pháp luật',
  'Nội chính',
  'Quốc phòng',
  'An ninh',
  'Quốc phòng - An ninh',
  'Quân sự',
  'Nông nghiệp',
  'Nông thôn mới',
  'Nông nghiệp - Nông thôn',
  'Du lịch',
  'Môi trường',
  'Khoa học',
  'Công nghệ',
  'Khoa học - Công nghệ',
  'Chuyển đổi số',
  'Cải cách hành chính',
  'Đời sống',
  'Bạn đọc',
  'Phóng sự',
  'Ký sự',
  'Điều tra',
  'Chuyên đề',
  'Diễn đàn',
  'Bình luận - Phê phán',
  'Bảo vệ nền tảng tư tưởng của Đảng',
  'Học tập và làm theo Bác',
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Kiểm tra - Giám sát',
  'Dân vận',
  'Mặt trận',
  'Đoàn thể',
  'Chính quyền',
  'Xây dựng chính quyền',
  'Đại hội Đảng',
  'Đại hội Đảng các cấp',
  'Multimedia',
  'Video',
  'Podcast',
  'Ảnh',
  'Infographic',
  'E-magazine',
  'Emagazine',
  'Longform',
  'Media',
  'Truyền hình',
  'Phát thanh',
  'Giới thiệu',
  'Liên hệ',
  'Sơ đồ cổng',
  'Sơ đồ trang',
  'Hỏi đáp',
  'Văn bản',
  'Văn bản pháp luật',
  'Văn bản chỉ đạo điều hành',
  'Chỉ đạo điều hành',
  'Thủ tục hành chính',
  'Dịch vụ công',
  'Dịch vụ công trực tuyến',
  'Lịch công tác',
  'Thông báo',
  'Hệ thống chính trị',
  'Chính sách',
  'Tuyên truyền',
  'Thông tin tuyên truyền',
  'Công khai ngân sách',
  'Doanh nghiệp',
  'Tin ảnh',
  'Tin video',
];
const SECTION_KEYS = new Set(SECTION_NAMES.map(keyOf));
const SECTION_WORDS = Math.max(...SECTION_NAMES.map((name) => name.split(' ').length));

/** A line that is a section name, or a menu of several: `Thời sự Chính trị Kinh tế`, `Xã hội | Y tế`. */
export function isMenuLine(line: string): boolean {
  return isMenuKey(matchKey(line).replace(TRAILING, ''));
}

function isMenuKey(key: string): boolean {
  const words = key.split(/[\s|•·/]+/u).filter((w) => w !== '');
  let i = 0;
  while (i < words.length) {
    let next = 0;
    for (let n = Math.min(SECTION_WORDS, words.length - i); n > 0 && next === 0; n--) {
      if (SECTION_KEYS.has(words.slice(i, i + n).join(' '))) next = n;
    }
    if (next === 0) return false;
    i += next;
  }
  return words.length > 0;
}

/** `Tin tức > Xây dựng Đảng`, `Trang chủ Tin tức Xây dựng Đảng`: a breadcrumb of short links. */
function isBreadcrumb(line: string, key: string): boolean {
  if (/^(?:trang chủ|trang nhất|home)(?:\s|$)/u.test(key)) return true;
  const parts = line.split(/\s*[>»›]\s*/u);
  return parts.length >= 2 && parts.every((part) => part.length <= 60 && /^\p{L}/u.test(part) && !/[.!?]$/u.test(part));
}

// Lower-case words inside the names of papers and stations: `Báo Quân đội nhân dân`, `Đài Phát thanh và Truyền hình`.
const NAME_LOWER_WORDS = new Set(
  (
    'và điện tử phát thanh truyền hình chí tấn xã thông tin online tỉnh thành phố huyện nhân dân đội an lao động ' +
    'trẻ niên dựng sản phóng luận chính trị tế thị nghiệp đời sống pháp luật giáo dục thời đại đô người văn hóa ' +
    'nông thôn tiếng nói'
  ).split(' '),
);

/**
 * The name of the site or of the paper that printed the story: `Báo Gia Lai`, `CỔNG THÔNG TIN ĐIỆN TỬ XÃ …`.
 * A headline can start with `Báo …` too (`Báo Gia Lai ra mắt …`): a paper's name has no other lower-case word.
 */
export function isPublicationNameLine(line: string, key = matchKey(line)): boolean {
  if (line.length > 90 || /[.!?:;,]$/u.test(line)) return false;
  // `Cổng thông tin tuyển sinh chung 2017: …` is a headline: a portal's name says `điện tử` and has no colon.
  if (
    /^(?:(?:cổng|trang) thông tin điện tử|trang tin điện tử|báo điện tử|cơ quan (?:của|ngôn luận))(?:\s|$)/u.test(key)
  )
    return !key.includes(':');
  const words = line.split(' ');
  return (
    /^(?:báo|đài|tạp chí|truyền hình|thông tấn xã)(?:\s|$)/u.test(key) &&
    words.length <= 9 &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_LOWER_WORDS.has(word.toLocaleLowerCase('vi')))
  );
}

const CONTACT = /^(?:hotline|đường dây nóng|điện thoại|đt|tel|fax|e-?mail|liên hệ quảng cáo|tòa soạn)\s*:?\s*[\d+(]/u;
// A date, a clock or a weekday and nothing that reads as a sentence: `Hôm nay, Thứ Năm 03/12/2026`.
const DATEISH =
  /^(?:(?:hôm nay|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn|ngày|tháng|năm|lúc|giờ|cập nhật|đăng|xuất bản|sa|ch|am|pm|gmt|\d+|[\s,.:|/()+–—-])\s*)+$/u;

/**
 * Furniture that a page prints above the headline: menus and section names, breadcrumbs, the site's
 * or paper's name, hotlines, date and clock lines of the header. Only meaningful before the headline.
 */
export function isHeaderLine(line: string): boolean {
  if (line.length > FURNITURE_MAX) return false;
  const key = matchKey(line);
  return (
    isMenuKey(key.replace(TRAILING, '')) ||
    isBreadcrumb(line, key) ||
    isPublicationNameLine(line, key) ||
    (line.length <= 80 && CONTACT.test(key)) ||
    (line.length <= 60 && DATEISH.test(key) && /\d/u.test(key))
  );
}

/** `09:15 21/11/2024`: the time stamp under each story of a list of other stories. */
export function isListTimestamp(line: string): boolean {
  return /^\d{1,2}:\d{2},?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(line);
}

/** Links to other stories inside a related box: `>> Tiêu đề`, `» Tiêu đề`, `- Tiêu đề`, `• Tiêu đề`. */
export function isLinkLine(line: string): boolean {
  return /^(?:>>|»|›|[-–•*])\s*\S/u.test(line);
}
