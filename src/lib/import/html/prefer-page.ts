/**
 * What the page states for certain (page-facts.ts) beats what the text importer guesses from the lines:
 * the headline, the kinds of blocks the markup marks, the date, the address, the publisher and the
 * byline. Where the page's metadata and its printed text disagree, the editor is told, and the page wins.
 */
import type { DateOutcome, DateLine } from '../dates.ts';
import type { Scrape } from '../scrape.ts';
import { FINAL_PUNCTUATION } from '../body-lines.ts';
import { fold } from '../../text/vi-text.ts';
import { publisherByName, successorOn } from '../../publishers/lookup.ts';
import type { PageFact, PageFacts } from './page-facts.ts';

const sameText = (a: string, b: string) =>
  fold(a)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim() ===
  fold(b)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The headline, and the captions and subheadings the markup marks, as the page has them. */
export function preferPageStructure(scrape: Scrape, page: PageFacts): Scrape {
  const captions = new Set(page.captions ?? []);
  const headings = new Set(page.headings ?? []);
  const paragraphs = new Set(page.paragraphs ?? []);
  const blocks = scrape.blocks.map((block) =>
    captions.has(block.text)
      ? { ...block, kind: 'caption' as const }
      : headings.has(block.text) && block.text.length < 160
        ? { ...block, kind: 'heading' as const }
        : // A sentence the page prints as a paragraph, which the text reader took for a caption by its length.
          paragraphs.has(block.text) && FINAL_PUNCTUATION.test(block.text)
          ? { ...block, kind: 'paragraph' as const }
          : block,
  );
  const revised: Scrape = { ...scrape, blocks };
  if (page.title !== undefined && page.title.value !== scrape.title) revised.title = page.title.value;
  // The marked lead, when the text reader took it for the first paragraph.
  if (page.sapo !== undefined && scrape.sapo === undefined && blocks[0]?.text === page.sapo.value) {
    revised.sapo = page.sapo.value;
    revised.blocks = blocks.slice(1);
  }
  return revised;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lineValue = (d: DateLine) =>
  `${d.year}-${pad(d.month)}-${pad(d.day)}${d.hour === undefined ? '' : `T${pad(d.hour)}:${pad(d.minute ?? 0)}`}`;
const viDay = (value: string) => value.slice(0, 10).split('-').reverse().join('/');

/**
 * The page's declared date over the text's guess; a printed date line that names another day (or
 * another hour) is reported for review.
 */
export function preferPageDate(text: DateOutcome, scrape: Scrape, page: PageFacts | undefined): DateOutcome {
  const declared = page?.date;
  if (declared === undefined) return text;
  const review: string[] = [];
  const printed = scrape.dateLine;
  if (printed !== undefined) {
    const value = lineValue(printed.parsed);
    const sameDay = value.slice(0, 10) === declared.value.slice(0, 10);
    const sameTime = value.length < 16 || declared.value.length < 16 || value === declared.value;
    if (!sameDay || !sameTime) {
      review.push(
        `Ngày đăng trong ${declared.basis} là ${viDay(declared.value)}${declared.value.slice(10).replace('T', ' ')}, nhưng dòng ngày in trên trang “${printed.printed}” ghi ${viDay(value)}${value.slice(10).replace('T', ' ')}: ngày đăng ghi theo siêu dữ liệu; kiểm tra lại (hoặc chạy lại với --date).`,
      );
    }
  }
  return {
    ok: true,
    date: {
      value: declared.value,
      basis: declared.basis,
      ...(page?.updated && { updated: { value: page.updated.value, basis: page.updated.basis } }),
      ...(review.length > 0 && { review }),
    },
  };
}

/** The writer the page names (metadata, byline markup), else the text's byline; a disagreement is reported. */
export function preferPageAuthor(scrape: Scrape, page: PageFacts | undefined): { author?: PageFact; review: string[] } {
  const declared = page?.author;
  const printed = scrape.byline;
  if (declared === undefined)
    return printed === undefined
      ? { review: [] }
      : { author: { value: printed, basis: 'dòng ký tên cuối bài' }, review: [] };
  const review =
    printed !== undefined && !sameText(printed, declared.value) && !fold(printed).includes(fold(declared.value))
      ? [
          `Tác giả trong ${declared.basis} là “${declared.value}”, còn dòng ký tên trên trang là “${printed}”: author ghi theo trang; kiểm tra lại.`,
        ]
      : [];
  return { author: declared, review };
}

interface ChosenSource {
  name?: string;
  url?: string;
  basis: string;
  review: string[];
}

/**
 * The source with the page's address and publisher: the address tells the basis it came from, and
 * without a source from the address or the text, the publisher the page names itself (`og:site_name`),
 * as the registry names it on the article's date when it knows it.
 */
export function preferPageSource<S extends ChosenSource>(
  source: S,
  page: PageFacts | undefined,
  urlFromPage: boolean,
  date?: string,
): S {
  if (page === undefined) return source;
  const from = (text: string) => (urlFromPage && page.url ? text.replaceAll('tùy chọn --url', page.url.basis) : text);
  const revised: S = { ...source, basis: from(source.basis), review: source.review.map(from) };
  if (revised.name === undefined && page.publisher !== undefined) {
    const named = page.publisher.value;
    // `Báo Gia Lai điện tử`: the site's name is the paper's name and the word for its web edition.
    const known = publisherByName(named) ?? publisherByName(named.replace(/\s+điện tử$/iu, ''));
    const others = revised.review.filter((line) => !line.startsWith('Không xác định được nguồn'));
    if (known) {
      revised.name = successorOn(known, date).name;
      revised.basis = `${page.publisher.basis}, theo danh mục báo`;
      revised.review = others;
    } else {
      revised.name = named;
      revised.basis = page.publisher.basis;
      revised.review = [
        ...others,
        `Nguồn “${named}” lấy theo ${page.publisher.basis}, chưa có trong content/publishers.json: sửa thành tên đầy đủ của báo nếu cần.`,
      ];
    }
  }
  return revised;
}
