/**
 * Publication dates of scraped articles: the date line of the page (`Thứ Hai, ngày 06/12/2021 | 08:09`,
 * `Thứ hai, 13/11/2023 20:21`), or a day and month at the start of the lead (`Sáng 19/8`) with the year
 * taken from an anniversary or from the latest date the text mentions, or, with no date at all, that
 * latest date as a lower bound. Every inferred date comes with a note for readers (`dateNote`).
 */
import { daysInMonth } from '../dates/vn-date.ts';

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
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
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

const PREFIX = '(?:(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản)\\s*:?\\s*)?';
const WEEKDAY = '(?<wd>thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|cn)';
const DMY = '(?:ngày\\s+)?(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})';
const GMT = '(?:\\s*\\(?gmt\\s*\\+\\s*7\\)?)?';
const DATE_LINES = [
  // Thứ Hai, ngày 06/12/2021 | 08:09 · Thứ hai, 13/11/2023 20:21 · 15/07/2025 - 10:20 (GMT+7)
  new RegExp(
    `^${PREFIX}(?:${WEEKDAY}\\s*,?\\s*)?${DMY}(?:\\s*[|,–-]?\\s*(?:lúc\\s+)?(?<h>\\d{1,2})[:h](?<min>\\d{2}))?${GMT}$`,
    'iu',
  ),
  // 08:09, Thứ Hai, 06/12/2021 · 09:15 21/11/2024
  new RegExp(`^${PREFIX}(?<h>\\d{1,2}):(?<min>\\d{2})\\s*[|,–-]?\\s*(?:${WEEKDAY}\\s*,?\\s*)?${DMY}${GMT}$`, 'iu'),
];

/** A line that is only the publication date (and time) of the page. */
export function parseDateLine(line: string): DateLine | undefined {
  for (const pattern of DATE_LINES) {
    const g = pattern.exec(line)?.groups;
    if (!g) continue;
    const date = validDate(Number(g['y']), Number(g['m']), Number(g['d']));
    if (!date) return undefined;
    const result: DateLine = { ...date };
    if (g['h'] !== undefined) {
      const [hour, minute] = [Number(g['h']), Number(g['min'])];
      if (hour > 23 || minute > 59) return undefined;
      Object.assign(result, { hour, minute });
    }
    if (g['wd'] !== undefined && weekdayNumber(g['wd']) >= 0) result.weekday = weekdayNumber(g['wd']);
    return result;
  }
  return undefined;
}

export interface DayMonth {
  day: number;
  month: number;
  /** When the lead gives the year too (`Sáng 19/8/2022`). */
  year?: number;
  /** As printed: `Sáng 19/8`, `Chiều ngày 20-11`. */
  phrase: string;
}

const LEAD_DAY_MONTH =
  /^(?<phrase>(?<when>(?:(?:rạng sáng|sáng sớm|chiều tối|sáng|trưa|chiều|tối|đêm)\s+(?:nay\s+)?)?(?:ngày\s+)?)(?<d>\d{1,2})(?<sep>[/-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}))?)(?<after>[\s,.;:)]|$)/iu;

/**
 * The day (and month) a news lead opens with: the day of the event it reports. Without a word such as
 * `Sáng` or `Ngày` before it, only a day followed by a comma: `10/11 chỉ tiêu` is a ratio.
 */
export function leadDayMonth(lead: string): DayMonth | undefined {
  const g = LEAD_DAY_MONTH.exec(lead)?.groups;
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

/**
 * Years the text reports on (`năm 2020`), leaving out targets (`đến năm 2030`) and periods
 * (`năm 2013-2015`), which say nothing about when the article was written.
 */
export function reportedYearsIn(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(
    /(?<!(?:đến|tới|trước|sau)\s+)năm\s+(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)/giu,
  )) {
    years.push(Number(match.groups?.['y']));
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
  review?: string;
}

export interface DateEvidence {
  /** The page's date line, as printed and parsed. */
  dateLine?: { printed: string; parsed: DateLine };
  /** The lead paragraph (without its source marker). */
  lead?: string;
  /** Title, lead, captions and body. */
  text: string;
  /** Dates of the documents the text cites, labelled (`21/3/2013, Chỉ thị 29-CT/TU`). */
  documentDates: DatedMention[];
  /** The day the import runs: an article cannot be from the future. */
  today: CalendarDate;
}

/** The latest date or reported year the text mentions, up to today. */
function latestMention(evidence: DateEvidence): DatedMention | undefined {
  const mentions: DatedMention[] = [
    ...evidence.documentDates,
    ...fullDatesIn(evidence.text).map((date) => ({ date, label: viDate(date) })),
    ...reportedYearsIn(evidence.text).map((year) => ({ date: { year, month: 1, day: 1 }, label: `năm ${year}` })),
  ].filter((m) => compareDates(m.date, evidence.today) <= 0);
  // On equal dates keep the first: the document dates, whose labels say what they are.
  return mentions.reduce<DatedMention | undefined>(
    (best, m) => (!best || compareDates(m.date, best.date) > 0 ? m : best),
    undefined,
  );
}

function fromDateLine(printed: string, line: DateLine): DateInference {
  const time = line.hour === undefined ? '' : `T${pad2(line.hour)}:${pad2(line.minute ?? 0)}`;
  const inference: DateInference = { value: `${isoDate(line)}${time}`, basis: `dòng ngày “${printed}”` };
  if (line.weekday !== undefined && line.weekday !== weekdayOf(line)) {
    inference.review = `Dòng ngày ghi ${WEEKDAY_NAMES[line.weekday]} nhưng ${viDate(line)} là ${WEEKDAY_NAMES[weekdayOf(line)]}: kiểm tra lại ngày đăng.`;
  }
  return inference;
}

/** The first year from the anchor's on which the day and month fall on or after the anchor, up to today. */
function yearFrom(dayMonth: DayMonth, anchor: CalendarDate, today: CalendarDate): number | undefined {
  for (let year = anchor.year; year <= today.year; year++) {
    const date = validDate(year, dayMonth.month, dayMonth.day);
    if (date && compareDates(date, anchor) >= 0 && compareDates(date, today) <= 0) return year;
  }
  return undefined;
}

function fromLeadDay(dayMonth: DayMonth, evidence: DateEvidence): DateInference | undefined {
  const asPrinted = `“${dayMonth.phrase}” ở đầu bài`;
  const dated = (year: number) => validDate(year, dayMonth.month, dayMonth.day);
  if (dayMonth.year !== undefined) {
    const date = dated(dayMonth.year);
    return date && { value: isoDate(date), basis: asPrinted };
  }
  const noYear = `Bài chỉ ghi “${dayMonth.phrase}” mà không ghi năm`;
  const anniversary = [...anniversariesIn(evidence.lead ?? ''), ...anniversariesIn(evidence.text)][0];
  if (anniversary) {
    const year = anniversary.since + anniversary.years;
    const date = dated(year);
    const occasion = `dịp kỷ niệm ${anniversary.years} năm ${anniversary.event} (${anniversary.since})`;
    return (
      date && {
        value: isoDate(date),
        basis: `${asPrinted}, năm theo ${occasion}`,
        note: `${noYear}; năm ${year} được suy ra từ ${occasion}.`,
        review: `Năm đăng bài (${year}) được suy ra từ ${occasion}: kiểm tra lại.`,
      }
    );
  }
  const anchor = latestMention(evidence);
  const year = anchor && yearFrom(dayMonth, anchor.date, evidence.today);
  const date = year === undefined ? undefined : dated(year);
  if (!anchor || !date) return undefined;
  return {
    value: isoDate(date),
    basis: `${asPrinted}, năm theo mốc muộn nhất trong bài (${anchor.label})`,
    note: `${noYear}; năm ${date.year} được suy ra từ mốc muộn nhất được nhắc trong bài (${anchor.label}).`,
    review: `Năm đăng bài (${date.year}) được suy ra từ mốc muộn nhất trong bài (${anchor.label}): kiểm tra lại.`,
  };
}

/** The article's date, or undefined when nothing in the text dates it. */
export function inferArticleDate(evidence: DateEvidence): DateInference | undefined {
  if (evidence.dateLine) return fromDateLine(evidence.dateLine.printed, evidence.dateLine.parsed);
  const dayMonth = evidence.lead === undefined ? undefined : leadDayMonth(evidence.lead);
  const fromLead = dayMonth && fromLeadDay(dayMonth, evidence);
  if (fromLead) return fromLead;
  const anchor = latestMention(evidence);
  if (!anchor) return undefined;
  return {
    value: isoDate(anchor.date),
    basis: `mốc muộn nhất được nhắc trong bài (${anchor.label}); bài không ghi ngày đăng`,
    note: `Bài không ghi ngày đăng; ngày ở đây là mốc muộn nhất được nhắc trong bài (${anchor.label}), bài được đăng không sớm hơn ngày này.`,
    review: `Bài không ghi ngày đăng: ngày ${viDate(anchor.date)} chỉ là mốc sớm nhất có thể (${anchor.label}). Sửa date cho đúng ngày đăng và viết lại dateNote.`,
  };
}
