/**
 * What a page prints about its publisher (docs/domain.md §5.1–5.2): a marker opening the lead
 * (`(Baothanhhoa.vn) -`, `NDO –`, `(GLO)-`, `TTYB:`, `HYTV`), and the lines that close an article
 * ("Theo TTXVN", "Nguồn: Báo Nhân Dân", "Nguồn tin: VOV1", "Link bài gốc: https://…", a bare address).
 * The markers and names are resolved through the publisher registry (src/lib/publishers).
 */
import { boilerplateKind } from './boilerplate.ts';
import { publisherByHost, publisherByMarker, publisherByName, successorOn } from '../publishers/lookup.ts';
import { REGISTRY, type Publisher } from '../publishers/registry.ts';
import { govPortal } from '../publishers/gov-portal.ts';

export interface Publication {
  name: string;
  /** Province id of a provincial publisher: the last-resort locality. */
  provinceId?: string;
  /** Registry id, when the publication is in content/publishers.json. */
  id?: string;
  /** The district a portal's address names (`huyện Vị Thủy`). */
  district?: string;
  /** The commune a portal's address names (`xã Sao Vàng`). */
  commune?: string;
  /** Some fact of the registry entry is inferred: the editor should check the name. */
  inferred?: boolean;
}

/**
 * The registry entry as a publication on an article's date: a paper merged on 1/7/2025 is named as the
 * publisher it had become by then.
 */
export function asPublication(publisher: Publisher, date?: string): Publication {
  const current = successorOn(publisher, date);
  const provinceId = current.province ?? publisher.province;
  return {
    name: current.name,
    id: current.id,
    ...(provinceId !== undefined && { provinceId }),
    ...((publisher.inferred || current.inferred) && { inferred: true }),
  };
}

/** The publication a marker stands for (`HGO`, `(HGO)`, `hgo`, `(Baoyenbai.com.vn)`), if known. */
export function publicationOf(marker: string, date?: string): Publication | undefined {
  const publisher = publisherByMarker(marker);
  return publisher && asPublication(publisher, date);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Bare markers: only the registry's, so that an ordinary first word followed by a dash is never a source.
// Longest first, so that `TTXVN/Vietnam+` wins over `TTXVN`.
const BARE = REGISTRY.publishers
  .flatMap((p) => p.markers)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const LEAD_MARKER = new RegExp(
  `^(?:\\((?!Ảnh|ảnh|Nguồn|nguồn)(?<paren>[^()]{2,30})\\)|(?<bare>${BARE}))(?:\\s*[-–—:]\\s*|(?<space>\\s+))(?<rest>\\S.*)$`,
  'u',
);
const MIN_LEAD_LENGTH = 80;

export interface LeadMarker {
  /** As printed, with its parentheses: `(Baothanhhoa.vn)`, `NDO`. */
  marker: string;
  /** The lead without the marker. */
  rest: string;
}

/**
 * A source marker opening a lead paragraph; a marker on a short line belongs to a teaser or a caption.
 * Without a dash or colon after it (`(TTV) Sáng…`, `HYTV Chiều…`) only a registry marker counts, and only
 * before a capitalised word.
 */
export function leadMarker(line: string): LeadMarker | undefined {
  if (line.length < MIN_LEAD_LENGTH) return undefined;
  const groups = LEAD_MARKER.exec(line)?.groups;
  const rest = groups?.['rest'];
  if (!groups || rest === undefined) return undefined;
  const marker = groups['paren'] !== undefined ? `(${groups['paren']})` : (groups['bare'] ?? '');
  // Without punctuation only an acronym counts: "Mặt trận Tổ quốc…" opens a sentence, not a marker.
  const acronym = /^\(?[\p{Lu}\d]{2,}\)?$/u.test(marker);
  if (groups['space'] !== undefined && (!acronym || !publisherByMarker(marker) || !/^\p{Lu}/u.test(rest)))
    return undefined;
  return { marker, rest };
}

/** Known markers opening teaser lines of a page's other stories: they name the page's publication. */
export function listMarkerPublication(
  lines: readonly string[],
  date?: string,
): { marker: string; publication: Publication } | undefined {
  const counts = new Map<string, { marker: string; publication: Publication; count: number }>();
  for (const line of lines) {
    const marker = /^(\([^()]{2,30}\)|[A-ZĐ][\p{L}.&]{1,15})\s*[-–—]\s/u.exec(line)?.[1];
    const publication = marker === undefined ? undefined : publicationOf(marker, date);
    if (!marker || !publication) continue;
    const entry = counts.get(publication.name) ?? { marker, publication, count: 0 };
    entry.count++;
    counts.set(publication.name, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && { marker: best.marker, publication: best.publication };
}

/** A line stating where the article comes from. */
export interface PrintedSource {
  /** The line as printed. */
  line: string;
  /** The name it gives (`Báo Nhân Dân`, `VOV1`), when it gives one. */
  name?: string;
  /** The address it gives, when it gives one. */
  url?: string;
  /** The registry entry the name or address stands for. */
  publisher?: Publisher;
}

const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
const NGUON = /^(?:Nguồn|Nguồn tin|Nguồn bài viết|Nguồn bài|Nguồn tham khảo)\s*:\s*(?<what>\S.{0,118})$/iu;
const LINK = /^(?:Link bài gốc|Link gốc|Bài gốc|Xem bài gốc|Địa chỉ bài gốc)\s*:?\s*(?<what>\S+)$/iu;
const THEO = /^Theo\s+(?<what>[^,;:!?]{2,60}?)\.?$/u;

/** `(Theo TTXVN)` → `Theo TTXVN`: brackets round the whole line only. */
const unbracketed = (text: string) =>
  /^\([^()]*(?:\([^()]*\)[^()]*)*\)\.?$/.test(text) ? text.replace(/^\(|\)\.?$/g, '') : text;

const absolute = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** The registry entry a printed name stands for: the name, a part of `Hà Thu/VnExpress`, or `(Dân Việt)`. */
function publisherNamed(name: string): Publisher | undefined {
  // `Tổng hợp Anh Đào / Theo Trí Thức Trẻ`: the last "Theo" names the publisher.
  const last = name.split(/\s+Theo\s+/u).pop() ?? name;
  const parts = [name, last, /\(([^()]+)\)$/.exec(last)?.[1], ...last.split('/')].filter((p): p is string => !!p);
  for (const part of parts) {
    const hit = publisherByName(part.trim());
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A whole line naming the article's source: "Nguồn: …", "Nguồn tin: …", "Theo …", "Link bài gốc: …", or
 * the address of a known publisher or portal on its own. A "Theo …" line counts only when it names a
 * registry publisher: "Theo ông Nguyễn Văn A" or "Theo BBC" is attribution, not the page's source.
 */
export function printedSource(line: string): PrintedSource | undefined {
  const text = line.trim();
  if (URL_TEXT.test(text)) {
    const publisher = publisherByHost(text);
    return publisher || govPortal(text) ? { line, url: absolute(text), ...(publisher && { publisher }) } : undefined;
  }
  const link = LINK.exec(text)?.groups?.['what'];
  if (link !== undefined && URL_TEXT.test(link)) {
    const publisher = publisherByHost(link);
    return { line, url: absolute(link), ...(publisher && { publisher }) };
  }
  const nguon = NGUON.exec(text)?.groups?.['what']?.replace(/\.$/, '').trim();
  if (nguon !== undefined) {
    if (URL_TEXT.test(nguon)) {
      const publisher = publisherByHost(nguon);
      return { line, url: absolute(nguon), ...(publisher && { publisher }) };
    }
    const publisher = publisherNamed(nguon);
    return { line, name: nguon, ...(publisher && { publisher }) };
  }
  const theo = THEO.exec(unbracketed(text))?.groups?.['what']?.trim();
  if (theo !== undefined) {
    const publisher = publisherNamed(theo);
    return publisher ? { line, name: theo, publisher } : undefined;
  }
  return undefined;
}

const PARAGRAPH_MIN = 120;
const FINAL_PUNCTUATION = /[.!?…”"':;»]$/u;
/** A line of running text: long, and ending like a sentence. */
const isParagraph = (line: string) => line.length >= PARAGRAPH_MIN && FINAL_PUNCTUATION.test(line);

/**
 * Takes the source lines that close an article out of the page. As in scrape.ts, the body starts at the
 * first paragraph after the title and ends at the first line of page furniture (comments, other stories)
 * after it; a source line counts when no body paragraph follows it before that end. Elsewhere a
 * "Nguồn: …" line is a picture's or a table's credit and stays, and after the end it is furniture.
 */
export function takePrintedSources(lines: readonly string[]): { lines: string[]; sources: PrintedSource[] } {
  // Index 0 is never the body's start: a long first line is a lead printed before the title.
  const start = lines.findIndex((line, i) => i > 0 && isParagraph(line));
  if (start < 0) return { lines: [...lines], sources: [] };
  let end = lines.findIndex((line, i) => i > start && boilerplateKind(line) === 'end');
  if (end < 0) end = lines.length;
  // An address above the article (pasted with the page, or printed in its header) is the page's own.
  const taken: number[] = lines.flatMap((line, i) => (i < start && printedSource(line)?.url !== undefined ? [i] : []));
  const tail: number[] = [];
  for (let i = end - 1; i > start; i--) {
    const line = lines[i]!;
    if (printedSource(line)) tail.unshift(i);
    else if (isParagraph(line)) break;
  }
  taken.push(...tail);
  return {
    lines: lines.filter((_, i) => !taken.includes(i)),
    sources: taken.map((i) => printedSource(lines[i]!)!),
  };
}
