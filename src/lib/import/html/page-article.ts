/**
 * A saved or fetched web page → the text lines the text importer reads (headline, printed date line,
 * sapo, body paragraphs, subheadings, one caption line per picture) and the facts the page states for
 * certain (page-facts.ts). The story is the element Mozilla Readability picks, parsed with linkedom
 * (as correct as jsdom on the measured pages and about nine times faster). Never rewrites a word.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bylineOf } from '../byline.ts';
import { parseDateLine } from '../dates.ts';
import { fold } from '../../text/vi-text.ts';
import { elementLines, type MarkedLine } from './article-lines.ts';
import { metadataDate } from './meta-date.ts';
import { metadataBasis, structureBasis, type PageFact, type PageFacts } from './page-facts.ts';
import { readMetadata, type Declared, type PageMetadata } from './page-metadata.ts';

export interface PageInput {
  html: string;
  /** The address the page was fetched from, when it was. */
  address?: string;
}

export type PageResult = { ok: true; text: string; page: PageFacts } | { ok: false; reason: string };

/** Letters and digits only, folded: headings and metadata compared whatever their case and punctuation. */
const key = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const basisOf = (declared: Declared) =>
  declared.markup ? structureBasis(declared.from) : metadataBasis(declared.from);

function documentOf(html: string): Document {
  return parseHTML(html).document;
}

/**
 * Old CMSs write the date into an empty element from an inline script
 * (`document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012…"`): put the text where a reader sees it.
 */
function runInlineWrites(document: Document): void {
  const write = /getElementById\(\s*["']([\w-]+)["']\s*\)\.innerHTML\s*=\s*["']([^"'<>]{1,120})["']/g;
  for (const script of Array.from(document.querySelectorAll('script'))) {
    for (const [, id, value] of (script.textContent ?? '').matchAll(write)) {
      const target = document.getElementById(id!);
      if (target && (target.textContent ?? '').trim() === '') target.innerHTML = value!;
    }
  }
}

// Broken markup leaves `</>` in a heading's text (GenK, 2012).
const headingText = (element: Element) =>
  (element.textContent ?? '')
    .replace(/<\/?\s*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Headline extends PageFact {
  element?: Element;
}

/** The page's headline: a heading the metadata confirms, else the metadata's headline, else the first `<h1>`. */
function findHeadline(document: Document, meta: PageMetadata, pageLines: readonly string[]): Headline | undefined {
  const declared = meta.headlines.map((d) => ({ ...d, key: key(d.value) }));
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, .title, .Title'))
    .filter((el) => el.closest('nav, footer, aside') === null)
    .map((element) => ({ element, text: headingText(element) }))
    .filter(({ text }) => text.split(' ').length >= 2);
  for (const { element, text } of headings) {
    const k = key(text);
    const match = declared.find((d) => d.key === k || (k.length >= 15 && d.key.startsWith(k)));
    if (match) return { value: text, basis: structureBasis(`<${element.localName}>, khớp ${match.from}`), element };
  }
  // No heading element: a line of the page that the declared headline or `<title>` begins with.
  for (const line of pageLines) {
    const k = key(line);
    const match = k.length >= 15 ? declared.find((d) => d.key === k || d.key.startsWith(`${k} `)) : undefined;
    if (match) return { value: line, basis: structureBasis(`dòng in trên trang, khớp ${match.from}`) };
  }
  const stated = declared.find((d) => d.from !== '<title>');
  if (stated) return { value: stated.value, basis: basisOf(stated) };
  const h1 = headings.find(({ element, text }) => element.localName === 'h1' && text.split(' ').length >= 3);
  if (h1) return { value: h1.text, basis: structureBasis('<h1>'), element: h1.element };
  return undefined;
}

const SAPO_MARK =
  /(?:^|[\s_-])(?:sapo|lead|summary|description|desc|chapeau|intro|short_?intro|init|teaser|tomtat)(?:$|[\s_-])/i;

/** The lead the markup marks (`.sapo`, `.lead`, `.description`…) after the headline. */
function markedSapo(document: Document, headline: Headline | undefined): PageFact | undefined {
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (
      !SAPO_MARK.test(marks) ||
      /image|photo|img|caption/i.test(marks) ||
      el.closest('nav, header, footer, aside, a, li') !== null
    )
      continue;
    if (headline?.element && !(headline.element.compareDocumentPosition(el) & 4)) continue;
    // A lead ends where its "read also" link (`>> Xả rác…`) starts.
    const text = elementLines(el)
      .filter((l) => !l.link)
      .map((l) => l.text)
      .join(' ');
    if (text.length >= 40 && text.length <= 800)
      return { value: text, basis: structureBasis(`khối sapo .${marks.trim().split(/\s+/)[0]}`) };
  }
  return undefined;
}

function findAuthor(meta: PageMetadata): PageFact | undefined {
  const site = meta.siteName === undefined ? '' : key(meta.siteName.value);
  for (const declared of meta.authors) {
    const name = declared.value.replace(/^(?:tác giả|người viết|by)\s*:?\s*/iu, '');
    // The CMS vendor (`Công nghệ ChannelVN`, `VCCorp.vn`) or the paper itself is no writer.
    if (/\.(?:vn|com|net|org)\b/i.test(name) || key(name) === site || bylineOf(name) === undefined) continue;
    return { value: name, basis: basisOf(declared) };
  }
  return undefined;
}

const RIGHT_ALIGNED = 'p[align="right"], p[align="RIGHT"], p[style*="text-align:right"], p[style*="text-align: right"]';
// A writer's name or initials (`Trung`, `H.V.`, `Nguyễn Đình Quân`), never a source or photo credit.
const SIGNED_NAME = /^(?!(?:theo|nguồn|ảnh)\b)\p{Lu}[\p{L}.'’ -]{0,38}$/iu;

/**
 * The signature Vietnamese CMSs print under the story: a short bold line aligned right
 * (`<p align=right><strong>Trung</strong></p>`), its first line when a photo credit follows it.
 */
function signedName(document: Document, story: readonly string[]): string | undefined {
  const last = new Set(story.slice(-4));
  for (const p of Array.from(document.querySelectorAll(RIGHT_ALIGNED)).reverse()) {
    const bold = p.querySelector('strong, b');
    const name = bold === null ? undefined : elementLines(p)[0]?.text;
    if (name === undefined || (!last.has(name) && !Array.from(last).some((line) => line.startsWith(name)))) continue;
    if (SIGNED_NAME.test(name) && name.split(' ').length <= 5) return name;
  }
  return undefined;
}

function findUrl(meta: PageMetadata, html: string, address: string | undefined): PageFact | undefined {
  if (meta.url) return { value: meta.url.value, basis: basisOf(meta.url) };
  if (address !== undefined) return { value: address, basis: 'địa chỉ đã tải trang' };
  const saved = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html.slice(0, 2000))?.[1];
  return saved === undefined
    ? undefined
    : { value: saved, basis: structureBasis('ghi chú “saved from url” khi lưu trang') };
}

/**
 * The printed date line near the headline: the closest line within a few lines of it that reads as a
 * date line, one with a clock time before a bare date (a bare date there is often the site's "today").
 */
function printedDateLine(lines: readonly string[], at: number): string | undefined {
  const from = at < 0 ? 0 : Math.max(0, at - 8);
  const to = at < 0 ? 60 : at + 16;
  let best: { line: string; score: number } | undefined;
  for (let i = from; i < Math.min(lines.length, to); i++) {
    // `Theo Ngoisao | 25/12/2012 10:25`: a credit and the date on one line.
    const line = [lines[i]!, ...lines[i]!.split('|').map((p) => p.trim())].find((l) => parseDateLine(l));
    if (line === undefined) continue;
    const parsed = parseDateLine(line)!;
    const score = Math.abs(i - at) + (parsed.hour === undefined ? 10 : 0) + (i < at ? 1 : 0);
    if (!best || score < best.score) best = { line, score };
  }
  return best?.line;
}

// `ngày 24/12/12 11:05 tối`: a two-digit year and a clock read with the part of the day (Zing, 2012).
const SHORT_DATE =
  /(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{2})\s+(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<part>sáng|trưa|chiều|tối|đêm))?(?!\d)/u;

/** A date line the text reader does not know, read here: `YYYY-MM-DDTHH:mm` and the line it was on. */
function shortDateLine(lines: readonly string[], at: number): { value: string; line: string } | undefined {
  for (const line of lines.slice(Math.max(0, at - 8), at < 0 ? 60 : at + 16)) {
    const g = line.length <= 90 ? SHORT_DATE.exec(line)?.groups : undefined;
    if (!g) continue;
    let hour = Number(g['h']);
    if ((g['part'] === 'chiều' || g['part'] === 'tối') && hour < 12) hour += 12;
    const [day, month, minute] = [Number(g['d']), Number(g['m']), Number(g['min'])];
    if (day < 1 || day > 31 || month < 1 || month > 12 || hour > 23 || minute > 59) continue;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { value: `20${g['y']}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`, line };
  }
  return undefined;
}

const RELATED =
  /^(?:tin|bài|tin bài|tin tức)(?: viết)? (?:liên quan|khác|cùng chuyên mục|mới|gần đây|đã đưa|cùng chủ đề)|^(?:đọc|xem) (?:thêm|nhiều)/iu;

/** The story element's lines, without what precedes the headline, date line or sapo inside it. */
function storyLines(html: string, opening: readonly string[]): MarkedLine[] | undefined {
  const document = documentOf(html);
  const story = new Readability<Node>(document, { charThreshold: 300, serializer: (node) => node }).parse();
  if (!story?.content || story.content.nodeType !== 1) return undefined;
  const all = elementLines(story.content as Element);
  // A box of other stories closes the story: a heading like "Tin liên quan", then lines of links.
  const end = all.findIndex((line) => line.kind === 'heading' && RELATED.test(line.text));
  const lines = (end < 0 ? all : all.slice(0, end)).filter((line) => !line.link || line.kind === 'caption');
  const openingKeys = new Set(opening.map(key));
  let start = 0;
  lines.slice(0, 10).forEach((line, i) => {
    if (openingKeys.has(key(line.text)) || parseDateLine(line.text)) start = i + 1;
  });
  return lines.slice(start);
}

/** Shorter lines between the headline and the story are menus, credits and teasers, not a lead. */
const BETWEEN_MIN = 60;

export function readPage(input: PageInput): PageResult {
  const document = documentOf(input.html);
  runInlineWrites(document);
  const meta = readMetadata(document);
  const pageMarks = elementLines(document.body ?? document.documentElement);
  const pageLines = pageMarks.map((l) => l.text);
  const headline = findHeadline(document, meta, pageLines);
  if (headline === undefined)
    return { ok: false, reason: 'trang không có tiêu đề (không có <h1>, og:title hay JSON-LD headline)' };
  const at = pageLines.findIndex((line) => key(line) === key(headline.value));
  const dateLine = printedDateLine(pageLines, at);
  const sapo =
    markedSapo(document, headline) ??
    (() => {
      // The description the page declares, when the page also prints it under the headline.
      const description = meta.description;
      if (description === undefined) return undefined;
      const start = key(description.value).slice(0, 60);
      const line = pageLines.find((l) => l !== headline.value && start.length >= 30 && key(l).startsWith(start));
      return line === undefined
        ? undefined
        : { value: line, basis: structureBasis(`đoạn in dưới tiêu đề, khớp ${description.from}`) };
    })();
  const opening = [headline.value, ...(dateLine === undefined ? [] : [dateLine]), ...(sapo ? [sapo.value] : [])];
  const story =
    storyLines(input.html, opening) ?? elementLines(document.body ?? document.documentElement).slice(at + 1);
  // Lines the page prints between the headline and the story element (a lead outside it, a source
  // credit): the text importer reads them as it reads a copied page.
  const storyStart = story[0] === undefined || at < 0 ? -1 : pageLines.indexOf(story[0].text, at + 1);
  const between =
    storyStart > at && storyStart - at <= 12
      ? pageLines
          .slice(at + 1, storyStart)
          .filter(
            (line, i) =>
              line.length >= BETWEEN_MIN &&
              !pageMarks[at + 1 + i]?.link &&
              !opening.includes(line) &&
              line !== dateLine,
          )
      : [];

  const page: PageFacts = { title: { value: headline.value, basis: headline.basis } };
  if (meta.published) {
    const value = metadataDate(meta.published.value);
    if (value !== undefined) page.date = { value, basis: basisOf(meta.published) };
  }
  const short = dateLine === undefined ? shortDateLine(pageLines, at) : undefined;
  if (short && page.date === undefined)
    page.date = { value: short.value, basis: structureBasis(`dòng ngày in trên trang “${short.line}”`) };
  if (meta.modified && page.date) {
    const value = metadataDate(meta.modified.value);
    if (value !== undefined && value > page.date.value) page.updated = { value, basis: basisOf(meta.modified) };
  }
  const url = findUrl(meta, input.html, input.address);
  if (url) page.url = url;
  if (meta.siteName) page.publisher = { value: meta.siteName.value, basis: basisOf(meta.siteName) };
  const signed = signedName(
    document,
    story.map((l) => l.text),
  );
  const author =
    findAuthor(meta) ??
    (signed === undefined
      ? undefined
      : { value: signed, basis: structureBasis('dòng ký tên in đậm, căn phải cuối bài') });
  if (author) page.author = author;
  if (sapo) page.sapo = sapo;
  page.captions = story.filter((l) => l.kind === 'caption').map((l) => l.text);
  page.headings = story.filter((l) => l.kind === 'heading').map((l) => l.text);
  page.paragraphs = story.filter((l) => l.kind === 'paragraph').map((l) => l.text);
  const body = [...between, ...story.map((l) => l.text)].filter(
    (line) => line !== short?.line && (signed === undefined || line !== signed),
  );
  return { ok: true, text: [...opening, ...body].join('\n'), page };
}
