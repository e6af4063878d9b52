/**
 * The parts of a scraped news page (docs/domain.md §5.3): title, date line, lead, body paragraphs, photo
 * captions, subheadings and byline, with the page furniture set aside. Two layouts occur: the title on
 * top, under the page's header furniture (most papers and portals), or the lead first, then boxes of
 * other stories and the title twice (Báo Thanh Hóa). Works on lines from `textLines`; never rewrites a
 * word.
 */
import { boilerplateKind, isHeaderLine, isLinkLine, isListTimestamp } from './boilerplate.ts';
import {
  FINAL_PUNCTUATION,
  isBrokenLine,
  isCaptionLine,
  isPhotoCredit,
  isPhotoDescription,
  isSalutation,
} from './body-lines.ts';
import { bylineOf, isSourceLine } from './byline.ts';
import { parseDateLine, withDateLine, type PageDateLines, type PrintedDateLine } from './dates.ts';
import { leadMarker } from './source-markers.ts';

export type BlockKind = 'paragraph' | 'caption' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface Scrape {
  title: string;
  /**
   * Where the title was: the first line after the page's header furniture, the line right above the
   * date line (with unknown header lines above it), or the line printed twice after a lead-first opening.
   */
  titleFrom: 'first-line' | 'above-date-line' | 'repeated-line';
  /** How many lines of header furniture (menus, breadcrumbs, site name…) were skipped above the title. */
  furnitureAboveTitle: number;
  /** The publication date line (or the only unlabelled one). */
  dateLine?: PrintedDateLine;
  /** The `Cập nhật` line, when the page prints one. */
  updatedLine?: PrintedDateLine;
  /** The lead paragraph, shown as the sapo. */
  sapo?: string;
  /** The source marker that opened the lead, as printed: `(Baothanhhoa.vn)`, `NDO`. */
  leadMarker?: string;
  /** The body after the lead, in order. */
  blocks: Block[];
  byline?: string;
  /** Where the byline was printed: above the lead, under the last paragraph, or both. */
  bylineFrom?: 'top' | 'end' | 'top-and-end';
  /** Lines dropped as page furniture (their source markers can still name the publication). */
  dropped: string[];
}

export type ScrapeResult = { ok: true; scrape: Scrape } | { ok: false; reason: string };

// Lengths in characters (docs/domain.md §5.3).
/** A first line this short is the title whatever its punctuation; a longer one must not read as a paragraph. */
const TITLE_SHORT = 160;
const BODY_START_MIN = 200;
const CAPTION_MAX = 120;
const UNPUNCTUATED_CAPTION_MAX = 320;
/** Subheadings are short; a longer unpunctuated line inside the body is a photo caption. */
const HEADING_MAX = 120;
const TEASER_MAX = 160;
const SAPO_MAX = 400;

// Two sentences: `… tháng 6. Trong đó …`; an abbreviation (`TP. Hồ Chí Minh`, `ThS. Lê`) is no sentence end.
const SENTENCE_BREAK = /[\p{Ll}\d)”"]{2}[.!?…]\s+["“]?\p{Lu}/u;

/** A line that reads as a paragraph, not a headline: it ends with a period or holds two sentences. */
function isParagraphShaped(line: string): boolean {
  return endsWithPeriod(line) || SENTENCE_BREAK.test(line);
}

/** A sentence's final period, not an ellipsis (`Quẩn quanh trong lộng...`) nor `!.` (both end headlines). */
function endsWithPeriod(line: string): boolean {
  return /[^.!?…]\.$/u.test(line);
}

/**
 * A headline has no length limit (real ones run to 190 characters and more), but a long line is one
 * only if it does not read as a paragraph and does not open with a source marker like a lead.
 */
function isTitleShaped(line: string): boolean {
  // `Chiến sự Syria: Lính Nga ở tiền tuyến (ảnh)`: a photo story's headline, not a caption.
  const photoStory = /\((?:ảnh|video|clip|infographic)\)$/iu.test(line);
  if (!/\p{L}/u.test(line) || (isCaptionLine(line) && !photoStory)) return false;
  return line.length <= TITLE_SHORT || (!isParagraphShaped(line) && !leadMarker(line));
}

const isFurniture = (line: string) => boilerplateKind(line) !== undefined || isHeaderLine(line);

function isByline(line: string): boolean {
  return bylineOf(line) !== undefined;
}

/** A line that can only be a headline: title-shaped, no byline, no sentence ending with a period. */
function isHeadline(line: string | undefined): boolean {
  return line !== undefined && isTitleShaped(line) && !endsWithPeriod(line) && !isByline(line);
}

/**
 * Before the body starts, short lines are photo captions; inside it, short unpunctuated lines may be
 * subheadings (checked again against their neighbours by `reviseHeadings`). A line marked `(Ảnh…)` is a
 * caption anywhere; a salutation or a source line is text, never a caption or a heading.
 */
function classify(line: string, bodyStarted: boolean): BlockKind {
  if (isCaptionLine(line)) return 'caption';
  if (isSalutation(line) || isSourceLine(line)) return 'paragraph';
  const punctuated = FINAL_PUNCTUATION.test(line);
  if (!bodyStarted) {
    if (line.length >= BODY_START_MIN) return 'paragraph';
    return line.length < CAPTION_MAX || (line.length < UNPUNCTUATED_CAPTION_MAX && !punctuated)
      ? 'caption'
      : 'paragraph';
  }
  if (punctuated || line.length >= TITLE_SHORT) return 'paragraph';
  return line.length < HEADING_MAX ? 'heading' : 'caption';
}

/** A story title, link or time stamp inside a box of related stories. */
function isTeaserLine(line: string): boolean {
  if (isListTimestamp(line) || isLinkLine(line) || boilerplateKind(line) === 'noise') return true;
  return line.length < TEASER_MAX && !FINAL_PUNCTUATION.test(line) && !isCaptionLine(line);
}

interface Opening {
  title: string;
  titleFrom: Scrape['titleFrom'];
  /** Index of the first line after the title. */
  next: number;
  /** The lead printed before the title (lead-first layout). */
  lead?: string;
  dates: PageDateLines;
  /** Bylines printed above the headline (`NGUYÊN ĐOAN |` over the title). */
  bylines: string[];
}

/** The next line after `from` that is neither furniture nor a date line. */
function nextTextLine(lines: readonly string[], from: number): string | undefined {
  return lines.slice(from).find((line) => !parseDateLine(line) && !isFurniture(line));
}

/**
 * Pages print the headline right above their date line, under header lines the furniture lists may not
 * know (a portal's name, a kicker). Before the first paragraph, the last date line names the headline-shaped
 * line right above it (only furniture and bylines between); a line ending with a period is a sapo or a
 * caption, never that headline.
 */
function titleAboveDateLine(
  lines: readonly string[],
  from: number,
): { index: number; dateLine: NonNullable<Scrape['dateLine']> } | undefined {
  let candidate: number | undefined;
  let found: ReturnType<typeof titleAboveDateLine>;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.length >= BODY_START_MIN || leadMarker(line)) break;
    const parsed = parseDateLine(line);
    if (parsed) {
      // A later date line with no headline right above it (after a sapo, say) voids an earlier match.
      found = candidate === undefined ? undefined : { index: candidate, dateLine: { printed: line, parsed } };
      continue;
    }
    if (isFurniture(line) || isByline(line)) continue;
    // Only furniture and bylines may stand between the headline and its date line.
    candidate = isTitleShaped(line) && !endsWithPeriod(line) ? k : undefined;
  }
  return found;
}

const quote = (line: string, max = 80) => `“${line.length <= max ? line : `${line.slice(0, max)}…`}”`;

function findOpening(lines: readonly string[], dropped: string[]): Opening | string {
  let i = 0;
  let dates: PageDateLines = {};
  const bylines: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const parsed = parseDateLine(line);
    const byline = parsed ? undefined : bylineOf(line);
    if (parsed) dates = withDateLine(dates, line, parsed);
    else if (isFurniture(line)) dropped.push(line);
    else if (byline !== undefined && isHeadline(nextTextLine(lines, i + 1))) bylines.push(byline);
    else break;
  }
  const first = lines[i];
  if (first === undefined)
    return 'không tìm thấy tiêu đề: tệp chỉ có phần thừa của trang (menu, đường dẫn, ngày giờ, bình luận…), không có dòng nào là tiêu đề bài';
  if (isTitleShaped(first)) {
    const above = titleAboveDateLine(lines, i);
    if (above && above.index > i) {
      // Unknown header lines above the headline (and a header date among them: the page's "today").
      for (const line of lines.slice(i, above.index)) {
        const byline = bylineOf(line);
        if (byline === undefined) dropped.push(line);
        else bylines.push(byline);
      }
      return {
        title: lines[above.index]!,
        titleFrom: 'above-date-line',
        next: above.index + 1,
        dates: withDateLine({}, above.dateLine.printed, above.dateLine.parsed),
        bylines,
      };
    }
    return { title: first, titleFrom: 'first-line', next: i + 1, dates, bylines };
  }
  // Lead first: the title is the first headline-shaped line the page prints twice.
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (!isTitleShaped(line) || isParagraphShaped(line) || isFurniture(line) || !lines.includes(line, j + 1)) continue;
    dropped.push(...lines.slice(i + 1, j));
    return { title: line, titleFrom: 'repeated-line', next: j + 1, lead: first, dates, bylines };
  }
  const what = isCaptionLine(first)
    ? 'là chú thích ảnh'
    : `là một đoạn văn (${first.length} ký tự${endsWithPeriod(first) ? ', kết thúc bằng dấu chấm' : ', có nhiều câu'})`;
  return `không tìm thấy tiêu đề: dòng đầu của bài ${quote(first)} ${what}, và không có dòng nào được in lặp lại như tiêu đề. Thêm tiêu đề bài thành một dòng riêng ở đầu tệp rồi chạy lại`;
}

interface LineBlock extends Block {
  line: string;
}

/**
 * Trailing byline lines (`Bài, ảnh: TRƯỜNG SƠN`, `T.T`, `PV`), removed from the blocks. Source lines
 * the source reader left after them ("Theo …" naming no known publisher) stay where they are.
 */
function takeEndByline(blocks: LineBlock[]): string[] {
  const names: string[] = [];
  let end = blocks.length;
  while (end > 0 && isSourceLine(blocks[end - 1]!.text)) end--;
  let start = end;
  while (start > 0 && bylineOf(blocks[start - 1]!.text) !== undefined) start--;
  const lines = blocks.slice(start, end).map((b) => bylineOf(b.text)!);
  // A photo credit alone (`Ảnh: Internet`) names no writer: it stays a caption.
  if (lines.every((line) => /^ảnh\s*:/iu.test(line))) return [];
  blocks.splice(start, end - start);
  for (const line of lines) if (!names.includes(line)) names.push(line);
  return names;
}

/**
 * What a short unpunctuated line inside the body really is. A subheading is followed by paragraphs
 * (a picture may come first); the last line of a body is a sentence cut off by the copy; a short line
 * followed by another, or by a bare photo credit, describes a picture; salutations, source lines,
 * bylines and broken lines are never headings.
 */
function revisedKind(blocks: readonly LineBlock[], i: number): BlockKind {
  const { text } = blocks[i]!;
  if (isSalutation(text) || isSourceLine(text) || isBrokenLine(text)) return 'paragraph';
  if (isPhotoDescription(text) || isByline(text)) return 'caption';
  const next = blocks[i + 1];
  if (next === undefined) return 'paragraph';
  if (next.kind === 'caption' && isPhotoCredit(next.text)) return 'caption';
  const after = blocks.slice(i + 1).find((b) => b.kind !== 'caption');
  return after?.kind === 'paragraph' ? 'heading' : 'caption';
}

function reviseHeadings(blocks: LineBlock[]): void {
  const revised = blocks.map((block, i) => (block.kind === 'heading' ? revisedKind(blocks, i) : block.kind));
  blocks.forEach((block, i) => (block.kind = revised[i]!));
}

function joinBylines(top: readonly string[], end: readonly string[]): Pick<Scrape, 'byline' | 'bylineFrom'> {
  const names = [...top, ...end.filter((name) => !top.includes(name))];
  if (names.length === 0) return {};
  const from = top.length === 0 ? 'end' : end.length === 0 ? 'top' : 'top-and-end';
  return { byline: names.join('; '), bylineFrom: from };
}

export function parseScrape(lines: readonly string[]): ScrapeResult {
  const dropped: string[] = [];
  const opening = findOpening(lines, dropped);
  if (typeof opening === 'string') return { ok: false, reason: opening };
  const furnitureAboveTitle = dropped.length;
  let { dates } = opening;
  const seen = new Set<string>([opening.title]);
  const blocks: LineBlock[] = [];
  const topBylines: string[] = [...opening.bylines];
  let lead: { text: string; marker?: string } | undefined;
  if (opening.lead !== undefined) {
    const marked = leadMarker(opening.lead);
    lead = marked ? { text: marked.rest, marker: marked.marker } : { text: opening.lead };
    seen.add(opening.lead).add(lead.text);
  }

  let bodyStarted = false;
  let previous: string | undefined;
  for (let k = opening.next; k < lines.length; k++) {
    const line = lines[k]!;
    const kind = boilerplateKind(line);
    const repeatsPrevious = line === previous;
    previous = line;
    if (kind === 'end' || (bodyStarted && isListTimestamp(line))) {
      if (bodyStarted) {
        dropped.push(...lines.slice(k));
        break;
      }
      dropped.push(line);
      continue;
    }
    if (kind === 'list') {
      dropped.push(line);
      while (k + 1 < lines.length && isTeaserLine(lines[k + 1]!)) dropped.push(lines[++k]!);
      continue;
    }
    const parsedDate = parseDateLine(line);
    if (kind === 'noise' || parsedDate) {
      // Inside the body an unlabelled stamp belongs to another story of the page; a labelled line is this one's.
      if (parsedDate && (!bodyStarted || parsedDate.role)) dates = withDateLine(dates, line, parsedDate);
      dropped.push(line);
      continue;
    }
    const opening = blocks.every((b) => b.kind !== 'paragraph');
    // Between the headline and the first paragraph: a section name, the paper's name, a byline.
    if (opening && !bodyStarted && isHeaderLine(line)) {
      dropped.push(line);
      continue;
    }
    if (seen.has(line)) {
      // A picture's caption is often printed twice, once under the picture and once in its alt text.
      const last = blocks[blocks.length - 1];
      if (repeatsPrevious && last?.line === line) last.kind = 'caption';
      dropped.push(line);
      continue;
    }
    seen.add(line);
    const byline = opening ? bylineOf(line) : undefined;
    if (byline !== undefined && !/^ảnh\s*:/iu.test(line)) {
      if (!topBylines.includes(byline)) topBylines.push(byline);
      continue;
    }
    const marked = lead === undefined && opening ? leadMarker(line) : undefined;
    if (marked) {
      lead = { text: marked.rest, marker: marked.marker };
      seen.add(marked.rest);
      bodyStarted = true;
      continue;
    }
    const blockKind = classify(line, bodyStarted);
    if (blockKind === 'paragraph' && line.length >= BODY_START_MIN) bodyStarted = true;
    blocks.push({ kind: blockKind, text: line, line });
  }

  const bylines = joinBylines(topBylines, takeEndByline(blocks));
  reviseHeadings(blocks);
  // Without a marked lead, an opening paragraph of lead length that comes before any picture is the lead.
  const first = blocks[0];
  if (
    !lead &&
    first?.kind === 'paragraph' &&
    first.text.length <= SAPO_MAX &&
    !isSalutation(first.text) &&
    blocks.slice(1).some((b) => b.kind === 'paragraph')
  ) {
    lead = { text: first.text };
    blocks.shift();
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    return {
      ok: false,
      reason: `không tìm thấy thân bài sau tiêu đề ${quote(opening.title)}: sau tiêu đề chỉ có chú thích ảnh, dòng ngắn hoặc phần thừa của trang, không có đoạn văn nào`,
    };
  }
  const scrape: Scrape = {
    title: opening.title,
    titleFrom: opening.titleFrom,
    furnitureAboveTitle,
    blocks: blocks.map(({ kind, text }) => ({ kind, text })),
    dropped,
    ...bylines,
  };
  if (dates.dateLine) scrape.dateLine = dates.dateLine;
  if (dates.updatedLine) scrape.updatedLine = dates.updatedLine;
  if (lead) scrape.sapo = lead.text;
  if (lead?.marker) scrape.leadMarker = lead.marker;
  return { ok: true, scrape };
}

/** Where the title was found, for the editor's report. */
export function titleBasis(scrape: Pick<Scrape, 'titleFrom' | 'furnitureAboveTitle'>): string {
  const skipped = scrape.furnitureAboveTitle;
  const above = skipped > 0 ? `, bỏ qua ${skipped} dòng đầu trang phía trên (menu, đường dẫn, tên trang…)` : '';
  if (scrape.titleFrom === 'above-date-line') return `dòng ngay trên dòng ngày đăng${above}`;
  if (scrape.titleFrom === 'repeated-line') return 'dòng in hai lần sau đoạn mở đầu';
  return skipped > 0 ? `dòng đầu của bài${above}` : 'dòng đầu của trang';
}

/** Where the byline was printed, for the editor's report. */
export function bylineBasis(scrape: Pick<Scrape, 'bylineFrom'>): string {
  if (scrape.bylineFrom === 'top') return 'dòng ký tên đầu bài';
  if (scrape.bylineFrom === 'top-and-end') return 'dòng ký tên đầu bài và cuối bài';
  return 'dòng ký tên cuối bài';
}
