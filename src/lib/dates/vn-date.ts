/**
 * Dates as Vietnamese newsrooms write them, always in Vietnam time (UTC+7, no daylight saving),
 * whatever the time zone of the machine that builds the site.
 */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VN_OFFSET_HOURS = 7;

export interface VnDateTime {
  /** The instant. */
  date: Date;
  /** Whether the source gave a time of day (otherwise midnight Vietnam time is assumed). */
  hasTime: boolean;
}

export type DateParseResult = { ok: true; value: VnDateTime } | { ok: false; reason: string };

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant of a wall-clock time in Vietnam. */
export function vnInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - VN_OFFSET_HOURS, minute));
}

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (Vietnam time) strictly: impossible dates such as
 * 2024-02-30 or 2024-13-45 are refused instead of rolling over. Reasons are in Vietnamese for editors.
 */
export function parseVnDateTime(raw: string): DateParseResult {
  const text = raw.trim();
  const m = ISO_LOCAL.exec(text);
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" không đúng dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm (ví dụ 2021-12-06 hoặc 2021-12-06T08:09)`,
    };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const [hour, minute] = hasTime ? [Number(m[4]), Number(m[5])] : [0, 0];
  if (year < 1930 || year > 2100) return { ok: false, reason: `năm ${year} nằm ngoài khoảng 1930–2100` };
  if (month < 1 || month > 12) return { ok: false, reason: `tháng ${month} không tồn tại (ngày "${text}")` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `ngày ${day}/${month}/${year} không tồn tại (ngày "${text}")` };
  }
  if (hour > 23 || minute > 59) return { ok: false, reason: `giờ ${m[4]}:${m[5]} không hợp lệ (ngày "${text}")` };
  return { ok: true, value: { date: vnInstant(year, month, day, hour, minute), hasTime } };
}

export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** Calendar fields of an instant as read on a clock in Vietnam. */
export function vnParts(date: Date): VnParts {
  const shifted = new Date(date.getTime() + VN_OFFSET_HOURS * 3600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** `06/12/2021` */
export function formatVnDate(date: Date): string {
  const p = vnParts(date);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** `Thứ Hai, 06/12/2021`, the way Vietnamese news pages date an article. */
export function formatVnLongDate(date: Date): string {
  return `${WEEKDAYS[vnParts(date).weekday]}, ${formatVnDate(date)}`;
}

/** `08:09` */
export function formatVnTime(date: Date): string {
  const p = vnParts(date);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `2021-12-06`: the calendar date in Vietnam, for sorting keys, archives and search filters. */
export function vnIsoDate(date: Date): string {
  const p = vnParts(date);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `2021-12-06T08:09:00+07:00`: for `<time datetime>`, feeds and structured data. */
export function vnIsoDateTime(date: Date): string {
  const p = vnParts(date);
  return `${vnIsoDate(date)}T${pad2(p.hour)}:${pad2(p.minute)}:00+07:00`;
}

// RFC 822 names are English whatever the site's language.
const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mon, 06 Dec 2021 08:09:00 +0700`: RSS dates, read on a clock in Vietnam. */
export function vnRfc822DateTime(date: Date): string {
  const p = vnParts(date);
  return `${RFC822_DAYS[p.weekday]}, ${pad2(p.day)} ${RFC822_MONTHS[p.month - 1]} ${p.year} ${pad2(p.hour)}:${pad2(p.minute)}:00 +0700`;
}

/** `tháng 12/2021` */
export function formatVnMonth(year: number, month: number): string {
  return `tháng ${month}/${year}`;
}

/** `02/02/2008` from the calendar date `2008-02-02`. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
