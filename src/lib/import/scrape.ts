/**
 * The parts of a scraped news page (docs/domain.md §5.3): title, date line, lead, body paragraphs, photo
 * captions, subheadings and byline, with the page furniture set aside. Two layouts occur: the title on
 * the first line (most papers), or the lead first, then boxes of other stories and the title twice
 * (Báo Thanh Hóa). Works on lines from `textLines`; never rewrites a word.
 */
import { boilerplateKind, isLinkLine, isListTimestamp } from './boilerplate.ts';
import { parseDateLine, withDateLine, type PageDateLines, type PrintedDateLine } from './dates.ts';
import { leadMarker } from './source-markers.ts';

export type BlockKind = 'paragraph' | 'caption' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface Scrape {
  title: string;
  /** Where the title was: the first line, or the short line printed twice after a lead-first opening. */
  titleFrom: 'first-line' | 'repeated-line';
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
  /** Lines dropped as page furniture (their source markers can still name the publication). */
  dropped: string[];
}

export type ScrapeResult = { ok: true; scrape: Scrape } | { ok: false; reason: string };

// Lengths in characters (docs/domain.md §5.3).
const TITLE_MAX = 160;
const BODY_START_MIN = 200;
const CAPTION_MAX = 120;
const UNPUNCTUATED_CAPTION_MAX = 320;
const HEADING_MAX = 160;
const SAPO_MAX = 400;
const BYLINE_MAX = 60;

const FINAL_PUNCTUATION = /[.!?…”"':;»]$/u;
const CAPTION_MARK = /\((?:Ảnh|ảnh|Nguồn|nguồn)(?:\s|:)[^()]*\)\.?$|^(?:Ảnh|ảnh)\s*:|^Ảnh minh h[ọo]a/u;
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const BYLINE = new RegExp(
  `^(?:(?:Bài(?:,| và)? ảnh|Tin(?:,| và)? ảnh|Bài|Tin|Ảnh|Theo|Nhóm PV|Nhóm phóng viên)\\s*:\\s*)?${NAME_WORD}(?:(?:\\s+|\\s*[,–-]\\s*)${NAME_WORD}){0,5}$`,
  'u',
);

function isCaptionLine(line: string): boolean {
  return CAPTION_MARK.test(line);
}

function isBylineLine(line: string): boolean {
  return line.length < BYLINE_MAX && BYLINE.test(line);
}

/**
 * Before the body starts, short lines are photo captions; inside it, short unpunctuated lines are
 * subheadings. A line marked `(Ảnh…)` is a caption anywhere.
 */
function classify(line: string, bodyStarted: boolean): BlockKind {
  if (isCaptionLine(line)) return 'caption';
  const punctuated = FINAL_PUNCTUATION.test(line);
  if (!bodyStarted) {
    if (line.length >= BODY_START_MIN) return 'paragraph';
    return line.length < CAPTION_MAX || (line.length < UNPUNCTUATED_CAPTION_MAX && !punctuated)
      ? 'caption'
      : 'paragraph';
  }
  return line.length < HEADING_MAX && !punctuated ? 'heading' : 'paragraph';
}

/** A story title, link or time stamp inside a box of related stories. */
function isTeaserLine(line: string): boolean {
  if (isListTimestamp(line) || isLinkLine(line) || boilerplateKind(line) === 'noise') return true;
  return line.length < HEADING_MAX && !FINAL_PUNCTUATION.test(line) && !isCaptionLine(line);
}

interface Opening {
  title: string;
  titleFrom: Scrape['titleFrom'];
  /** Index of the first line after the title. */
  next: number;
  /** The lead printed before the title (lead-first layout). */
  lead?: string;
  dates: PageDateLines;
}

function findOpening(lines: readonly string[], dropped: string[]): Opening | string {
  let i = 0;
  let dates: PageDateLines = {};
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const parsed = parseDateLine(line);
    if (parsed) dates = withDateLine(dates, line, parsed);
    else if (boilerplateKind(line)) dropped.push(line);
    else break;
  }
  const first = lines[i];
  if (first === undefined) return 'không tìm thấy tiêu đề (tệp chỉ có phần thừa của trang: menu, bình luận, ngày giờ…)';
  if (first.length <= TITLE_MAX && /\p{L}/u.test(first) && !isCaptionLine(first)) {
    return { title: first, titleFrom: 'first-line', next: i + 1, dates };
  }
  // Lead first: the title is the first short line the page prints twice.
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.length > TITLE_MAX || boilerplateKind(line) || isCaptionLine(line) || !lines.includes(line, j + 1))
      continue;
    dropped.push(...lines.slice(i + 1, j));
    return { title: line, titleFrom: 'repeated-line', next: j + 1, lead: first, dates };
  }
  return 'không tìm thấy tiêu đề: dòng đầu là một đoạn văn dài và không có dòng ngắn nào được in lặp lại như tiêu đề';
}

interface LineBlock extends Block {
  line: string;
}

/** Trailing short name lines (`Bài, ảnh: TRƯỜNG SƠN`, `PV`), removed from the blocks. */
function takeByline(blocks: LineBlock[]): string | undefined {
  const names: string[] = [];
  while (blocks.length > 0 && isBylineLine(blocks[blocks.length - 1]!.text)) {
    const name = blocks.pop()!.text;
    if (!names.includes(name)) names.unshift(name);
  }
  return names.length > 0 ? names.join('; ') : undefined;
}

export function parseScrape(lines: readonly string[]): ScrapeResult {
  const dropped: string[] = [];
  const opening = findOpening(lines, dropped);
  if (typeof opening === 'string') return { ok: false, reason: opening };
  let { dates } = opening;
  const seen = new Set<string>([opening.title]);
  const blocks: LineBlock[] = [];
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
    if (seen.has(line)) {
      // A picture's caption is often printed twice, once under the picture and once in its alt text.
      const last = blocks[blocks.length - 1];
      if (repeatsPrevious && last?.line === line) last.kind = 'caption';
      dropped.push(line);
      continue;
    }
    seen.add(line);
    const marked = lead === undefined && blocks.every((b) => b.kind !== 'paragraph') ? leadMarker(line) : undefined;
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

  const byline = takeByline(blocks);
  // Without a marked lead, an opening paragraph of lead length that comes before any picture is the lead.
  const first = blocks[0];
  if (
    !lead &&
    first?.kind === 'paragraph' &&
    first.text.length <= SAPO_MAX &&
    blocks.slice(1).some((b) => b.kind === 'paragraph')
  ) {
    lead = { text: first.text };
    blocks.shift();
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    return { ok: false, reason: `không tìm thấy thân bài sau tiêu đề “${opening.title}”` };
  }
  const scrape: Scrape = {
    title: opening.title,
    titleFrom: opening.titleFrom,
    blocks: blocks.map(({ kind, text }) => ({ kind, text })),
    dropped,
  };
  if (dates.dateLine) scrape.dateLine = dates.dateLine;
  if (dates.updatedLine) scrape.updatedLine = dates.updatedLine;
  if (lead) scrape.sapo = lead.text;
  if (lead?.marker) scrape.leadMarker = lead.marker;
  if (byline) scrape.byline = byline;
  return { ok: true, scrape };
}
