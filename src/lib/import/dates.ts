/**
 * Publication dates of scraped articles: the date line of the page (`Thứ Hai, ngày 06/12/2021 | 08:09`,
 * `Ngày xuất bản: 16/09/2020 5:02:00 CH`), or a day and month at the start of the lead (`Sáng 19/8`) with
 * the year taken only from evidence about the story itself. A page whose year cannot be known is refused
 * (the latest date the text mentions is a hint for the editor, never the date). Every inferred date comes
 * with a note for readers (`dateNote`).
 */
import { daysInMonth, vnParts } from '../dates/vn-date.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateLine extends CalendarDate {
  hour?: number;
  minute?: number;
  /** 0 = Chủ nhật … 6 = Thứ Bảy, when the line names the day of the week. */
  weekday?: number;
  /** What the line's label says it dates; absent for an unlabelled line. */
  role?: DateLineRole;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** The calendar day in Vietnam at an instant (by default now): an article cannot be dated after it. */
export function vnCalendarDay(instant: Date = new Date()): CalendarDate {
  const { year, month, day } = vnParts(instant);
  return { year, month, day };
}

/** `19/8/2022`, the way Vietnamese prose writes a date. */
export function viDate(d: CalendarDate): string {
  return `${d.day}/${d.month}/${d.year}`;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1930 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return { year, month, day };
}

function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAY_WORDS: Readonly<Record<string, number>> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

function weekdayNumber(printed: string): number {
  const word = printed.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (word === 'chủ nhật' || word === 'cn') return 0;
  const name = word.replace(/^thứ /, '');
  return /^\d$/.test(name) ? Number(name) - 1 : (WEEKDAY_WORDS[name] ?? -1);
}

/** What a labelled date line says it dates: `Ngày đăng`, `Xuất bản` or `Cập nhật`. */
export type DateLineRole = 'published' | 'updated';

// Labels CMSs print before the date, longest first; `Cập nhật` dates an update, the rest the publication.
const LABEL =
  /^(?:(?<updated>(?:ngày\s+|thời\s+gian\s+)?cập\s+nhật(?:\s+(?:lúc|ngày|lần\s+cuối))?)|(?:ngày|thời\s+gian)\s+(?:đăng(?:\s+tải)?|xuất\s+bản|phát\s+hành|gửi)|(?:đăng|xuất\s+bản|phát\s+hành|gửi)(?:\s+(?:lúc|ngày|vào))?)(?:\s*:|\s+(?=\d|thứ|chủ|cn|ngày))\s*/iu;
// A section name before a label: `Xây dựng Đảng - Ngày đăng : …`.
const SECTION = /^[^\d:|]{2,40}?\s+[-–|]\s+(?=(?:ngày|thời|cập|đăng|xuất|phát|gửi)\s)/iu;
const VIEW_COUNTER = /(?:lượt\s+(?:xem|đọc)|số\s+lượt\s+xem)\s*:?\s*[\d.,]+/giu;
const WEEKDAY = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)(?![\p{L}\d])/iu;
const DMY = /(?<![\d/.-])(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?![\d/.-]\d)/u;
// `06 tháng 12, 2021`, `6 Tháng 12 năm 2021`: templates that spell the month out.
const DMY_WORDS = /(?<![\d/.-])(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*,?\s*(?:năm\s+)?(?<y>\d{4})(?![\d/.-]\d)/iu;
const TIME =
  /(?<![\d:])(?<h>\d{1,2})(?:[:h](?<min>\d{2})|\s*giờ\s*(?<gmin>\d{2})(?:\s*phút)?)(?::(?<s>\d{2}))?(?:\s*(?<half>sa|ch|am|pm|sáng|chiều|tối)(?![\p{L}]))?(?![\d/.:])/iu;
const ZONE = /[([]?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*[)\]]?|\(\s*giờ\s+việt\s+nam\s*\)/iu;
// What may be left between the parts of a date line: separators and the words `ngày`, `lúc`, `vào`.
const FILLER = /^(?:[\s,|–—\-•·*:/]|ngày|lúc|vào|hôm)*$/iu;

function hour24(hour: number, half: string | undefined): number | undefined {
  const h = half?.toLocaleLowerCase('vi');
  if (h === undefined || hour > 12) return hour;
  if (h === 'sa' || h === 'am' || h === 'sáng') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/**
 * A line that is only the publication (or update) date and time of the page, in any of the forms
 * Vietnamese CMSs print: an optional label (`Ngày xuất bản:`, `Cập nhật ngày:`, `Đăng lúc`, behind a
 * section name or a bullet), a weekday, `dd/mm/yyyy`, `dd.mm.yyyy` or `dd-mm-yyyy`, a time with or without
 * seconds, `SA`/`CH`/`AM`/`PM`, and `GMT+7`, in either order. Anything else on the line (a sentence,
 * a second date) and it is not a date line: the line stays in the text.
 */
export function parseDateLine(line: string): DateLine | undefined {
  if (line.length > 90) return undefined;
  let rest = line
    .replace(VIEW_COUNTER, ' ')
    .replace(/^[\s•·*|–-]+/u, '')
    .replace(SECTION, '');
  let role: DateLineRole | undefined;
  const label = LABEL.exec(rest);
  if (label) {
    role = label.groups?.['updated'] === undefined ? 'published' : 'updated';
    rest = rest.slice(label[0].length);
  }
  const date = DMY.exec(rest) ?? DMY_WORDS.exec(rest);
  if (!date?.groups) return undefined;
  rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date[0].length)}`;
  const time = TIME.exec(rest);
  if (time) rest = `${rest.slice(0, time.index)} ${rest.slice(time.index + time[0].length)}`;
  const weekday = WEEKDAY.exec(rest);
  if (weekday) rest = `${rest.slice(0, weekday.index)} ${rest.slice(weekday.index + weekday[0].length)}`;
  rest = rest.replace(ZONE, ' ');
  if (!FILLER.test(rest)) return undefined;

  const g = date.groups;
  const valid = validDate(Number(g['y']), Number(g['m']), Number(g['d']));
  if (!valid) return undefined;
  const result: DateLine = { ...valid };
  const t = time?.groups;
  if (t) {
    const hour = hour24(Number(t['h']), t['half']);
    const minute = Number(t['min'] ?? t['gmin']);
    if (hour === undefined || hour > 23 || minute > 59 || Number(t['s'] ?? 0) > 59) return undefined;
    Object.assign(result, { hour, minute });
  }
  if (weekday && weekdayNumber(weekday[0]) >= 0) result.weekday = weekdayNumber(weekday[0]);
  if (role) result.role = role;
  return result;
}

/** A date line as printed and as read. */
export interface PrintedDateLine {
  printed: string;
  parsed: DateLine;
}

/** The date lines a page prints: its publication line (or the only unlabelled one) and its update line. */
export interface PageDateLines {
  dateLine?: PrintedDateLine;
  updatedLine?: PrintedDateLine;
}

/**
 * Adds a date line met while reading the page. The first publication (or unlabelled) line is the
 * publication date, whatever comes later; the first `Cập nhật` line is the update.
 */
export function withDateLine(lines: PageDateLines, printed: string, parsed: DateLine): PageDateLines {
  if (parsed.role === 'updated') return lines.updatedLine ? lines : { ...lines, updatedLine: { printed, parsed } };
  // A labelled publication line beats an unlabelled one (a site header often prints today's date).
  const replaces = !lines.dateLine || (parsed.role === 'published' && lines.dateLine.parsed.role === undefined);
  return replaces ? { ...lines, dateLine: { printed, parsed } } : lines;
}

export interface DayMonth {
  day: number;
  month: number;
  /** When the lead gives the year too (`Sáng 19/8/2022`). */
  year?: number;
  /** As printed: `Sáng 19/8`, `Chiều ngày 20-11`, `Ngày 9-4`. */
  phrase: string;
}

// `Trực tiếp - Ngày 9-4`: a live-coverage tag before the day is not part of it.
const LEAD_TAG = /^(?:trực tiếp|cập nhật|tin nóng|nóng|video|clip|ảnh|infographic)\s*[-–:|]\s*/iu;
const LEAD_DAY_MONTH =
  /^(?<phrase>(?<when>(?:(?:tính\s+)?đến\s+)?(?:(?:rạng sáng|sáng sớm|chiều tối|sáng|trưa|chiều|tối|đêm|hôm)\s+(?:nay\s+|qua\s+)?)?(?:ngày\s+)?)\(?(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}))?\)?)(?<after>[\s,.;:]|$)/iu;

/**
 * The day (and month) a news lead opens with: the day of the event it reports. Without a word such as
 * `Sáng` or `Ngày` before it, only a day followed by a comma: `10/11 chỉ tiêu` is a ratio.
 */
export function leadDayMonth(lead: string): DayMonth | undefined {
  const g = LEAD_DAY_MONTH.exec(lead.replace(LEAD_TAG, ''))?.groups;
  if (!g?.['phrase'] || (g['when'] === '' && g['after'] !== ',')) return undefined;
  const [day, month] = [Number(g['d']), Number(g['m'])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return undefined;
  const result: DayMonth = { day, month, phrase: g['phrase'] };
  if (g['y'] !== undefined) result.year = Number(g['y']);
  return result;
}

export interface DatedMention {
  date: CalendarDate;
  /** How the report and the note name it: `21/3/2013, Chỉ thị 29-CT/TU`, `năm 2020`. */
  label: string;
}

const FULL_DATES = [
  /(?<![\d/.])(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?![\d/])/gu,
  /ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})/giu,
];

/** Every valid full date in the text (`2-2-2008`, `21/3/2013`, `22.12.2024`, `ngày 02 tháng 01 năm 2020`). */
export function fullDatesIn(text: string): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (const pattern of FULL_DATES) {
    for (const match of text.matchAll(pattern)) {
      const g = match.groups ?? {};
      const date = validDate(Number(g['y']), Number(g['m']), Number(g['d']));
      if (date) dates.push(date);
    }
  }
  return dates;
}

// Words before `năm 2025` that make it something else than a year the text reports on: a target
// (`đến năm 2030`, `phấn đấu năm 2025`), a birth (`sinh năm 1958`), a start (`từ năm`), a term or plan.
const NOT_REPORTED =
  /(?:đến|tới|trước|sau|vào|từ|sinh|mục tiêu|phấn đấu|dự kiến|kế hoạch|tầm nhìn|định hướng|chiến lược|nhiệm kỳ|giai đoạn|khóa|khoá)\s+$/iu;

/**
 * Years the text reports on (`Năm 2012, toàn tỉnh…`), leaving out targets (`đến năm 2030`, `vào năm
 * 2025`), births (`sinh năm 1958`), terms and periods (`nhiệm kỳ 2025-2030`, `năm 2013-2015`), which
 * say nothing about when the article was written.
 */
export function reportedYearsIn(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/năm\s+(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)(?![\d/])/giu)) {
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (!NOT_REPORTED.test(before)) years.push(Number(match.groups?.['y']));
  }
  return years;
}

interface Anniversary {
  years: number;
  /** As printed: `Cách mạng Tháng Tám thành công`. */
  event: string;
  since: number;
}

// Events whose anniversaries date a story; years of the events themselves.
const EVENTS: ReadonlyArray<[RegExp, number]> = [
  [/^cách mạng tháng tám/u, 1945],
  [/^(?:ngày )?quốc khánh/u, 1945],
  // Not `thành lập Đảng bộ tỉnh`: a provincial committee has its own founding year.
  [/^(?:ngày )?thành lập đảng(?! bộ)/u, 1930],
  [/^ngày sinh (?:chủ tịch hồ chí minh|bác hồ|bác)/u, 1890],
  [/^(?:ngày )?giải phóng (?:hoàn toàn )?miền nam/u, 1975],
  [/^chiến thắng điện biên phủ/u, 1954],
  [/^ngày thương binh/u, 1947],
  [/^ngày thành lập quân đội nhân dân việt nam/u, 1944],
  [/^ngày báo chí cách mạng việt nam/u, 1925],
  [/^ngày nhà giáo việt nam/u, 1982],
  [/^ngày truyền thống ngành tổ chức xây dựng đảng/u, 1930],
];

/** `kỷ niệm 77 năm Cách mạng Tháng Tám thành công` and the like, for known events only. */
export function anniversariesIn(text: string): Anniversary[] {
  const found: Anniversary[] = [];
  for (const match of text.matchAll(/k[ỷỉ] niệm (?<n>\d{1,3}) năm (?<event>[^,;.()“”"]+)/giu)) {
    const event = (match.groups?.['event'] ?? '').trim();
    const key = event.toLocaleLowerCase('vi').replace(/^ngày ngày/, 'ngày');
    const since = EVENTS.find(([pattern]) => pattern.test(key))?.[1];
    if (since !== undefined) found.push({ years: Number(match.groups?.['n']), event, since });
  }
  return found;
}

export interface DateInference {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, Vietnam time. */
  value: string;
  /** What the date was read from, for the editor's report. */
  basis: string;
  /** For readers, when the date is inferred. */
  note?: string;
  /** For the editor: what to check. */
  review?: string[];
  /** The page's update time, when it prints one after the publication: frontmatter `updated`. */
  updated?: { value: string; basis: string };
}

export type DateOutcome = { ok: true; date: DateInference } | { ok: false; reason: string };

export interface DateEvidence {
  /** The page's date lines, as printed and parsed (scrape.ts). */
  lines?: PageDateLines;
  /** Where a lead states its day: the lead paragraph (without its source marker), then the first paragraph. */
  leads: string[];
  /** Title, lead, captions and body. */
  text: string;
  /** Dates of the documents the text cites, labelled (`21/3/2013, Chỉ thị 29-CT/TU`). */
  documentDates: DatedMention[];
  /** Date and time stamps of the other stories listed on the same page (page furniture). */
  pageStamps?: CalendarDate[];
  /** The day the import runs: an article cannot be from the future. */
  today: CalendarDate;
}

/** No article of this site predates the Democratic Republic (1945); earlier dates are history it cites. */
const EARLIEST: CalendarDate = { year: 1945, month: 1, day: 1 };
/** Days a lead's day may lie from the date line, or from the page's other stamps, and still agree. */
const LEAD_LINE_SLACK_DAYS = 3;
const PAGE_STAMP_WINDOW_DAYS = 45;
const REFUSED = 'không xác định được ngày đăng';

const possible = (d: CalendarDate, today: CalendarDate) =>
  compareDates(d, EARLIEST) >= 0 && compareDates(d, today) <= 0;

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

function withTime(line: DateLine): string {
  return line.hour === undefined ? isoDate(line) : `${isoDate(line)}T${pad2(line.hour)}:${pad2(line.minute ?? 0)}`;
}

/** The latest full date the text mentions, up to today: only ever a hint for the editor, never the date. */
function latestMention(evidence: DateEvidence): DatedMention | undefined {
  const mentions: DatedMention[] = [
    ...evidence.documentDates,
    ...fullDatesIn(evidence.text).map((date) => ({ date, label: viDate(date) })),
  ].filter((m) => possible(m.date, evidence.today));
  // On equal dates keep the first: the document dates, whose labels say what they are.
  return mentions.reduce<DatedMention | undefined>(
    (best, m) => (!best || compareDates(m.date, best.date) > 0 ? m : best),
    undefined,
  );
}

function lowerBoundHint(evidence: DateEvidence): string {
  const latest = latestMention(evidence);
  return latest ? `; mốc muộn nhất bài nhắc là ${latest.label}, bài đăng không sớm hơn ngày này` : '';
}

function weekdayReview(printed: string, line: DateLine): string[] {
  if (line.weekday === undefined || line.weekday === weekdayOf(line)) return [];
  return [
    `Dòng ngày “${printed}” ghi ${WEEKDAY_NAMES[line.weekday]} nhưng ${viDate(line)} là ${WEEKDAY_NAMES[weekdayOf(line)]}: kiểm tra lại ngày đăng.`,
  ];
}

/** The year in which a lead's day falls nearest (before or after) a known date. */
function nearestOccurrence(dayMonth: DayMonth, anchor: CalendarDate): CalendarDate | undefined {
  return [anchor.year - 1, anchor.year, anchor.year + 1]
    .map((year) => validDate(year, dayMonth.month, dayMonth.day))
    .filter((d): d is CalendarDate => d !== undefined)
    .sort((a, b) => Math.abs(daysBetween(a, anchor)) - Math.abs(daysBetween(b, anchor)))[0];
}

function fromDateLines(lines: PageDateLines, dayMonth: DayMonth | undefined, today: CalendarDate): DateOutcome {
  const main = lines.dateLine ?? lines.updatedLine!;
  const { printed, parsed } = main;
  if (!possible(parsed, today)) {
    return {
      ok: false,
      reason: `${REFUSED}: dòng ngày “${printed}” ghi ${viDate(parsed)}, ${compareDates(parsed, today) > 0 ? 'sau hôm nay' : 'trước năm 1945'}: kiểm tra lại trang rồi chạy lại với --date YYYY-MM-DD`,
    };
  }
  const date: DateInference = { value: withTime(parsed), basis: `dòng ngày “${printed}”` };
  const review = weekdayReview(printed, parsed);
  if (!lines.dateLine) {
    date.basis = `dòng ngày cập nhật “${printed}”; trang không ghi ngày đăng`;
    review.push(`Trang chỉ ghi ngày cập nhật (“${printed}”): ngày đăng có thể sớm hơn, kiểm tra lại.`);
  } else if (lines.updatedLine) {
    const update = lines.updatedLine;
    // On the same day, only two times can be compared: a line without one is neither earlier nor later.
    const timed = update.parsed.hour !== undefined && parsed.hour !== undefined;
    const order =
      compareDates(update.parsed, parsed) || (timed ? withTime(update.parsed).localeCompare(withTime(parsed)) : 0);
    if (order > 0 && possible(update.parsed, today)) {
      date.updated = { value: withTime(update.parsed), basis: `dòng ngày cập nhật “${update.printed}”` };
    } else if (order < 0) {
      review.push(`Dòng cập nhật “${update.printed}” sớm hơn dòng ngày đăng “${printed}”: kiểm tra lại.`);
    }
  }
  // The date line wins over the lead's own day, but the two should agree.
  const leadDate = dayMonth && nearestOccurrence(dayMonth, parsed);
  if (dayMonth && leadDate && Math.abs(daysBetween(leadDate, parsed)) > LEAD_LINE_SLACK_DAYS) {
    review.push(
      `Đầu bài ghi “${dayMonth.phrase}” nhưng dòng ngày là “${printed}”: đã lấy ngày của dòng ngày, kiểm tra lại.`,
    );
  }
  if (review.length > 0) date.review = review;
  return { ok: true, date };
}

interface YearEvidence {
  year: number;
  /** For the report: `năm theo …`. */
  basis: string;
  /** For readers: `năm 2022 được suy ra từ …`. */
  from: string;
}

/** The year of a lead's day, from evidence about this story only; never from a cited document or a target. */
function yearOfLeadDay(dayMonth: DayMonth, lead: string, evidence: DateEvidence): YearEvidence | undefined {
  const { day, month } = dayMonth;
  const anniversary = anniversariesIn(lead)[0];
  if (anniversary) {
    const occasion = `dịp kỷ niệm ${anniversary.years} năm ${anniversary.event} (${anniversary.since})`;
    return { year: anniversary.since + anniversary.years, basis: occasion, from: occasion };
  }
  // The text prints the same day with its year (`ngày 5/9/2024`), and not as a cited document's date.
  const documentDays = new Set(evidence.documentDates.map((m) => isoDate(m.date)));
  const sameDay = fullDatesIn(evidence.text).filter(
    (d) => d.day === day && d.month === month && possible(d, evidence.today) && !documentDays.has(isoDate(d)),
  );
  const latestSameDay = sameDay.sort(compareDates).at(-1);
  if (latestSameDay && !recalled(latestSameDay, evidence)) {
    const printed = viDate(latestSameDay);
    return {
      year: latestSameDay.year,
      basis: `ngày ${printed} in trong bài`,
      from: `ngày ${printed} được in trong bài`,
    };
  }
  // The stamps of the other stories on the page: the day must fall near one of them, in one year only.
  const near = (evidence.pageStamps ?? []).flatMap((stamp) => {
    const date = nearestOccurrence(dayMonth, stamp);
    return date && Math.abs(daysBetween(date, stamp)) <= PAGE_STAMP_WINDOW_DAYS ? [{ date, stamp }] : [];
  });
  const years = new Set(near.map((n) => n.date.year));
  if (near.length > 0 && years.size === 1) {
    const stamp = viDate(near[0]!.stamp);
    return {
      year: near[0]!.date.year,
      basis: `ngày giờ của các tin khác trên cùng trang (${stamp})`,
      from: `ngày giờ của các tin khác trên cùng trang (${stamp})`,
    };
  }
  return undefined;
}

/**
 * The latest moment the text reports on: full dates up to today and reported years (not targets, terms or
 * births). A story's own day cannot be more than a year before it: such a day is history the text recalls.
 */
function latestReported(evidence: DateEvidence): CalendarDate | undefined {
  return [
    ...fullDatesIn(evidence.text),
    ...evidence.documentDates.map((m) => m.date),
    ...reportedYearsIn(evidence.text).map((year) => ({ year, month: 1, day: 1 })),
  ]
    .filter((d) => possible(d, evidence.today))
    .sort(compareDates)
    .at(-1);
}

const RECALLED_AFTER_DAYS = 366;

function recalled(date: CalendarDate, evidence: DateEvidence): boolean {
  const latest = latestReported(evidence);
  return latest !== undefined && daysBetween(latest, date) > RECALLED_AFTER_DAYS;
}

function recalledDay(dayMonth: DayMonth, evidence: DateEvidence): DateOutcome {
  const latest = latestReported(evidence)!;
  return {
    ok: false,
    reason: `${REFUSED}: đầu bài ghi “${dayMonth.phrase}” nhưng bài còn nhắc mốc muộn hơn nhiều (${viDate(latest)}), nên đó có thể là ngày của sự việc được nhắc lại, không phải ngày đăng: chạy lại với --date YYYY-MM-DD`,
  };
}

function fromLeadDay(dayMonth: DayMonth, lead: string, evidence: DateEvidence): DateOutcome {
  const asPrinted = `“${dayMonth.phrase}” ở đầu bài`;
  const tooEarlyOrLate = (date: CalendarDate): DateOutcome => ({
    ok: false,
    reason: `${REFUSED}: đầu bài ghi “${dayMonth.phrase}”, tức ${viDate(date)}, ${compareDates(date, evidence.today) > 0 ? 'sau hôm nay' : 'trước năm 1945'}: chạy lại với --date YYYY-MM-DD`,
  });
  if (dayMonth.year !== undefined) {
    const date = validDate(dayMonth.year, dayMonth.month, dayMonth.day);
    if (!date) return { ok: false, reason: `${REFUSED}: “${dayMonth.phrase}” ở đầu bài không phải ngày có thật` };
    if (!possible(date, evidence.today)) return tooEarlyOrLate(date);
    // News leads leave the year out; a lead that prints it (`Ngày 20/7/1973,`, `Tính đến 31/12/2016,`) is
    // mostly recalling history or a cut-off date. Only a time of day (`Sáng 19/8/2022`) marks the story's day.
    if (!/^(?:rạng sáng|sáng|trưa|chiều|tối|đêm|hôm)/iu.test(dayMonth.phrase)) {
      return {
        ok: false,
        reason: `${REFUSED}: đầu bài ghi “${dayMonth.phrase}”, có thể là ngày của sự việc chứ không phải ngày đăng: nếu đúng là ngày đăng, chạy lại với --date ${isoDate(date)}`,
      };
    }
    return recalled(date, evidence)
      ? recalledDay(dayMonth, evidence)
      : {
          ok: true,
          date: {
            value: isoDate(date),
            basis: asPrinted,
            review: [`Ngày đăng lấy theo ngày của sự việc ở đầu bài (“${dayMonth.phrase}”): kiểm tra lại.`],
          },
        };
  }
  const year = yearOfLeadDay(dayMonth, lead, evidence);
  const date = year && validDate(year.year, dayMonth.month, dayMonth.day);
  if (!year || !date) {
    return {
      ok: false,
      reason: `${REFUSED}: trang chỉ ghi “${dayMonth.phrase}”, không ghi năm${lowerBoundHint(evidence)}: chạy lại với --date YYYY-${pad2(dayMonth.month)}-${pad2(dayMonth.day)} (YYYY là năm đăng bài)`,
    };
  }
  if (!possible(date, evidence.today)) return tooEarlyOrLate(date);
  if (recalled(date, evidence)) return recalledDay(dayMonth, evidence);
  return {
    ok: true,
    date: {
      value: isoDate(date),
      basis: `${asPrinted}, năm theo ${year.basis}`,
      note: `Bài chỉ ghi “${dayMonth.phrase}” mà không ghi năm; năm ${year.year} được suy ra từ ${year.from}.`,
      review: [`Năm đăng bài (${year.year}) được suy ra từ ${year.from}: kiểm tra lại.`],
    },
  };
}

/**
 * The article's date: the page's date line (publication over update, with the time), or the day its lead
 * opens with and a year this story's own evidence gives. Otherwise a refusal that says what the page
 * prints and what to pass: a date is never guessed from the years a text happens to mention.
 */
export function inferArticleDate(evidence: DateEvidence): DateOutcome {
  const leadDays = evidence.leads.flatMap((lead) => {
    const dayMonth = leadDayMonth(lead);
    return dayMonth ? [{ dayMonth, lead }] : [];
  });
  const first = leadDays[0];
  if (evidence.lines?.dateLine ?? evidence.lines?.updatedLine) {
    return fromDateLines(evidence.lines, first?.dayMonth, evidence.today);
  }
  if (first) return fromLeadDay(first.dayMonth, first.lead, evidence);
  return {
    ok: false,
    reason: `${REFUSED}: trang không có dòng ngày đăng và đầu bài không ghi ngày${lowerBoundHint(evidence)}: chạy lại với --date YYYY-MM-DD`,
  };
}
