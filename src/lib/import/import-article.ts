/**
 * One scraped page → one article: the parts of the page (scrape.ts), its source, date, locality and
 * cited documents, the Markdown file, what was inferred from what, and what an editor must check.
 */
import { type Province } from '../places/localities.ts';
import { parseVnDateTime } from '../dates/vn-date.ts';
import { slugify } from '../text/vi-text.ts';
import { articleMarkdown, type ArticleFrontmatter } from './article-markdown.ts';
import { documentDates, findCitations } from './citations.ts';
import { inferArticleDate, parseDateLine, type CalendarDate, type DateOutcome } from './dates.ts';
import { inferLocality } from './locality.ts';
import { textLines } from './raw-text.ts';
import { bylineBasis, parseScrape, titleBasis, type Scrape } from './scrape.ts';
import { chooseSource } from './source-choice.ts';
import { takePrintedSources } from './source-markers.ts';
import type { PageFacts } from './html/page-facts.ts';
import { preferPageAuthor, preferPageDate, preferPageSource, preferPageStructure } from './html/prefer-page.ts';

export interface ImportOptions {
  /** `--date`, already checked: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  date?: string;
  /** `--source`. */
  source?: string;
  /** `--url`: the address of the page, already checked to be http(s). */
  url?: string;
  /** `--province`. */
  province?: Province;
  /** The day of the import, in Vietnam: an article cannot be dated after it. */
  today: CalendarDate;
  /** What a web page states for certain (html/page-facts.ts): preferred to what the text suggests. */
  page?: PageFacts;
}

export interface Inference {
  field: string;
  value: string;
  basis: string;
}

export interface ImportedArticle {
  slug: string;
  markdown: string;
  frontmatter: ArticleFrontmatter;
  inferred: Inference[];
  review: string[];
}

export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; reason: string };

function chooseDate(scrape: Scrape, text: string, options: ImportOptions): DateOutcome {
  if (options.date !== undefined) return { ok: true, date: { value: options.date, basis: 'tùy chọn --date' } };
  // The lead states its day in the sapo, or in the first paragraph when the page has no separate sapo.
  const firstParagraph = scrape.blocks.find((b) => b.kind === 'paragraph')?.text;
  return inferArticleDate({
    lines: {
      ...(scrape.dateLine && { dateLine: scrape.dateLine }),
      ...(scrape.updatedLine && { updatedLine: scrape.updatedLine }),
    },
    leads: [scrape.sapo, firstParagraph].filter((lead): lead is string => lead !== undefined),
    text,
    documentDates: documentDates(text),
    // Time stamps of the other stories the page lists (`08:10 06/09/2024`): they tell the year of a lead's
    // day. Not a header's `Thứ Năm, 03/12/2026`: that is the day the page was copied.
    pageStamps: scrape.dropped.flatMap((line) => {
      const stamp = parseDateLine(line);
      return stamp?.hour !== undefined && stamp.weekday === undefined && stamp.role === undefined ? [stamp] : [];
    }),
    today: options.today,
  });
}

const excerpt = (text: string, words = 12) => {
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
};

export function importArticle(raw: string, options: ImportOptions): ImportResult {
  // Source lines closing the article ("Theo TTXVN", "Nguồn: …") are the source's, not the body's.
  const printed = takePrintedSources(textLines(raw));
  const parsed = parseScrape(printed.lines);
  if (!parsed.ok) return parsed;
  const { page } = options;
  const scrape = page ? preferPageStructure(parsed.scrape, page) : parsed.scrape;
  const slug = slugify(scrape.title);
  if (slug === '')
    return { ok: false, reason: `tiêu đề “${scrape.title}” không có chữ cái hay chữ số nào để đặt tên tệp` };
  const review: string[] = [];
  const inferred: Inference[] = [];
  const note = (field: string, value: string, basis: string) => inferred.push({ field, value, basis });

  note('Tiêu đề', scrape.title, page?.title?.basis ?? titleBasis(scrape));
  if (scrape.sapo !== undefined) {
    const marker = scrape.leadMarker === undefined ? '' : `, bỏ dấu nguồn “${scrape.leadMarker}”`;
    const basis = page?.sapo?.value.endsWith(scrape.sapo) ? page.sapo.basis : 'đoạn mở đầu';
    note('Sapo', excerpt(scrape.sapo), `${basis}${marker}`);
  } else {
    review.push(
      'Không có sapo: trang gốc không có đoạn mở đầu tách riêng (trang tóm tắt sẽ dùng đầu đoạn văn thứ nhất).',
    );
  }

  const bodyText = [scrape.sapo ?? '', ...scrape.blocks.map((b) => b.text)].join('\n');
  const fullText = `${scrape.title}\n${bodyText}`;
  const textDate = chooseDate(scrape, fullText, options);
  const dated = options.date === undefined ? preferPageDate(textDate, scrape, page) : textDate;
  if (!dated.ok) return dated;
  const { date } = dated;
  // After the date: a paper merged on 1/7/2025 is named as the publisher it had become by then.
  const url = options.url ?? page?.url?.value;
  const chosen = chooseSource({
    ...(scrape.leadMarker !== undefined && { leadMarker: scrape.leadMarker }),
    dropped: scrape.dropped,
    printed: printed.sources,
    ...(options.source !== undefined && { override: options.source }),
    ...(url !== undefined && { url }),
    date: date.value,
  });
  const source = preferPageSource(chosen, page, options.url === undefined, date.value);
  review.push(...source.review);
  note('Nguồn', source.name ?? '(không có)', source.basis);
  if (source.url !== undefined) note('Địa chỉ bài gốc', source.url, source.basis);

  note('Ngày đăng', date.value, date.basis);
  if (date.updated) note('Ngày cập nhật', date.updated.value, date.updated.basis);
  review.push(...(date.review ?? []));

  const placed = inferLocality({
    title: scrape.title,
    text: bodyText,
    date: date.value,
    ...(options.province && { province: options.province }),
    ...(source.publication && { publication: source.publication }),
  });
  if (!placed.ok) return placed;
  const { locality } = placed;
  note('Tỉnh/thành phố', locality.province.name, locality.provinceBasis);
  if (locality.district !== undefined || locality.districtBasis !== undefined) {
    note('Huyện', locality.district ?? '(không ghi)', locality.districtBasis ?? '');
  }
  if (locality.commune !== undefined) note('Xã', locality.commune, 'xã, phường, thị trấn duy nhất được nhắc trong bài');
  review.push(...locality.review);

  const instant = parseVnDateTime(date.value);
  if (!instant.ok) return { ok: false, reason: instant.reason };
  const citations = findCitations(fullText, { date: instant.value.date, provinceId: locality.province.id });
  note(
    'Văn bản trích dẫn',
    citations.cited.length === 0 ? '(không có)' : citations.cited.map((c) => c.entry).join('; '),
    'số hiệu văn bản trong bài, đọc bằng bộ phân tích của trang',
  );
  const unregistered = citations.cited.filter((c) => !c.document.registered);
  if (unregistered.length > 0) {
    review.push(
      `Văn bản chưa có trong danh mục content/documents.json: ${unregistered.map((c) => `${c.entry} (“${c.printed}”)`).join('; ')}. Thêm vào danh mục để trang văn bản có tiêu đề và ngày ban hành.`,
    );
  }
  if (citations.incomplete.length > 0) {
    review.push(
      `Bài nhắc văn bản không đủ số hiệu để ghi vào resolutions: ${citations.incomplete.map((t) => `“${t}”`).join('; ')}.`,
    );
  }

  const { author, review: authorReview } = preferPageAuthor(scrape, page);
  review.push(...authorReview);
  if (author !== undefined)
    note('Tác giả', author.value, author.value === scrape.byline ? bylineBasis(scrape) : author.basis);
  else review.push('Không có tác giả: trang gốc không ghi tên người viết ở cuối bài; thêm author nếu biết.');
  review.push('Chưa có chủ đề: thêm topics.');
  if (source.name !== undefined && source.url === undefined)
    review.push('Chưa có địa chỉ bài gốc: thêm source.url nếu có (hoặc chạy lại với --url).');

  const count = (kind: string) => scrape.blocks.filter((b) => b.kind === kind).length;
  note(
    'Thân bài',
    `${count('paragraph')} đoạn, ${count('heading')} tiêu đề phụ, ${count('caption')} chú thích ảnh`,
    `đã bỏ ${scrape.dropped.length} dòng thừa của trang: bình luận, tin khác, thời tiết, nút chia sẻ, trình phát video…`,
  );

  const frontmatter: ArticleFrontmatter = {
    title: scrape.title,
    ...(scrape.sapo !== undefined && { sapo: scrape.sapo }),
    date: date.value,
    ...(date.note !== undefined && { dateNote: date.note }),
    ...(date.updated !== undefined && { updated: date.updated.value }),
    locality: {
      province: locality.province.name,
      ...(locality.district !== undefined && { district: locality.district }),
      ...(locality.commune !== undefined && { commune: locality.commune }),
    },
    resolutions: citations.cited.map((c) => c.entry),
    topics: [],
    ...(source.name !== undefined && {
      source: { name: source.name, ...(source.url !== undefined && { url: source.url }) },
    }),
    ...(author !== undefined && { author: author.value }),
  };
  return {
    ok: true,
    article: { slug, markdown: articleMarkdown(frontmatter, scrape.blocks), frontmatter, inferred, review },
  };
}
