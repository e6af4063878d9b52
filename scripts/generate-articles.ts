/**
 * Deterministic generator of articles for scale tests and benchmarks. Each article recombines
 * paragraphs of the seed articles in content/articles (read at run time) under varied, valid
 * frontmatter: title from seed title fragments plus a number, date 2010–2025 (some with a time),
 * one of 20 provinces of content/localities.json (some with a district, a few under another accepted
 * spelling), resolutions from content/documents.json plus a few numbers missing from it, topics,
 * source, author.
 *
 * The same (index, seed) always gives the same article, whatever the count: generateArticles(1000) is
 * the first thousand of generateArticles(10000). No Math.random, no clock.
 *
 *   node scripts/generate-articles.ts --articles 1000 --out /tmp/articles [--seed 1]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDocumentMentions, kindLabel, parseDocumentNumber } from '../src/lib/documents/document-number.ts';
import { slugify } from '../src/lib/text/vi-text.ts';
import { mulberry32 } from '../test/helpers/seeded-random.ts';
import { parseCorpusFile, type CorpusDataset, type CorpusText } from './lib/corpus-text.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_DIR = join(ROOT, 'content/articles');

export interface GeneratedArticle {
  /** Relative to content/articles. */
  path: string;
  content: string;
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------

/** One independent stream per article, so an article does not depend on how many come before it. */
function articleRandom(seed: number, index: number): () => number {
  let h = 0x811c9dc5 ^ seed;
  for (const n of [seed, index, 0x9e3779b9]) {
    h = Math.imul(h ^ n, 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return mulberry32(h);
}

class Picker {
  next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct items, in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------
// Material read from the project
// ---------------------------------------------------------------------------------------------------

/** A seed paragraph, with what citing it requires of the article that reuses it. */
interface Paragraph {
  text: string;
  /** The earliest issue date of a registered document it cites (an article cannot cite a later one). */
  notBefore: string;
  /** When it cites a local body's registered document: the provinces whose articles may reuse it. */
  provinceIds?: string[];
  /** Its document references, as an editor would list them in `resolutions`. */
  cites: string[];
}

interface Material {
  paragraphs: Paragraph[];
  titleFragments: string[];
  sapos: string[];
  /** With, for a unit that ceased on 1/7/2025, the unit it was merged into. */
  provinces: Array<{
    id: string;
    name: string;
    spellings: string[];
    from2025: boolean;
    mergedInto?: { id: string; name: string };
  }>;
  /** The registry's documents; `provinceId` for a local body's. */
  documents: Array<{ number: string; date: string; provinceId?: string }>;
  /** Registry entries by the slug of their number and of each alias. */
  bySlug: Map<string, RegistryEntry[]>;
}

/** 20 provinces: the seeds' four and sixteen others, from every region. */
const PROVINCE_IDS = [
  'hau-giang',
  'thanh-hoa',
  'lao-cai',
  'bac-giang',
  'ha-noi',
  'ho-chi-minh',
  'hai-phong',
  'nghe-an',
  'quang-ninh',
  'dak-lak',
  'can-tho',
  'da-nang',
  'hue',
  'nam-dinh',
  'thai-binh',
  'kien-giang',
  'an-giang',
  'dien-bien',
  'gia-lai',
  'soc-trang',
];

/** A few real districts (as printed) of some of those provinces. */
const DISTRICTS: Record<string, string[]> = {
  'hau-giang': ['huyện Vị Thủy', 'huyện Châu Thành A', 'huyện Phụng Hiệp', 'thị xã Long Mỹ'],
  'thanh-hoa': ['huyện Thường Xuân', 'huyện Ngọc Lặc', 'huyện Quan Hóa', 'huyện Nông Cống'],
  'lao-cai': ['huyện Mường Khương', 'huyện Bắc Hà', 'huyện Bát Xát', 'thị xã Sa Pa'],
  'bac-giang': ['huyện Lạng Giang', 'huyện Hiệp Hòa', 'huyện Tân Yên', 'huyện Sơn Động', 'thị xã Việt Yên'],
  'ha-noi': ['huyện Ba Vì', 'huyện Sóc Sơn', 'quận Hoàn Kiếm'],
  'nghe-an': ['huyện Nam Đàn', 'huyện Kỳ Sơn', 'huyện Con Cuông'],
  'quang-ninh': ['huyện Ba Chẽ', 'huyện Bình Liêu', 'thành phố Móng Cái'],
  'dak-lak': ['huyện Krông Búk', 'huyện Ea Súp', 'huyện Lắk'],
  'dien-bien': ['huyện Mường Nhé', 'huyện Tủa Chùa', 'huyện Điện Biên Đông'],
  'soc-trang': ['huyện Trần Đề', 'huyện Mỹ Tú', 'thị xã Vĩnh Châu'],
};

/** Well-formed numbers that content/documents.json does not have (the build warns and still builds). */
const UNREGISTERED = ['15-NQ/TW', '09-CT/TW', '35-NQ/TW', '18-NQ/TW', '04-NQ/TW', '102-QĐ/TW'];

const TOPICS = [
  'Tổ chức cơ sở đảng',
  'Sinh hoạt chi bộ',
  'Năng lực lãnh đạo',
  'Kiểm tra, giám sát',
  'Xây dựng, chỉnh đốn Đảng',
  'Quy chế làm việc',
  'Đổi mới phương thức lãnh đạo',
  'Sinh hoạt chính trị',
  'Phát triển đảng viên',
  'Công tác cán bộ',
];

const SOURCES = [
  'Tạp chí Xây dựng Đảng',
  'Báo Nhân Dân',
  'Báo điện tử Đảng Cộng sản Việt Nam',
  'Báo Hậu Giang',
  'Báo Thanh Hóa',
  'Báo Lào Cai',
  'Báo Bắc Giang',
  'Báo Quảng Ninh',
  'Báo Nghệ An',
  'Báo Đắk Lắk',
];

const AUTHORS = ['PV', 'Bài, ảnh: TRƯỜNG SƠN', 'Trần Thanh', 'Nguyễn Minh', 'Lê Hoa', 'Bài và ảnh: HOÀNG LONG'];

function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) throw new Error('seed article without frontmatter');
  return { frontmatter: match[1]!, body: match[2]! };
}

function quotedField(frontmatter: string, key: string): string | undefined {
  const line = frontmatter.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1]?.trim();
  if (line === undefined) return undefined;
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let material: Material | undefined;

interface RegistryEntry {
  number: string;
  date: string;
  province?: string;
  aliases?: string[];
  /** Derived from `province`. */
  provinceId?: string;
}

/**
 * What a paragraph cites, read with the site's own parser (src/lib/documents/document-number.ts) the way
 * src/data/corpus.ts reads article bodies, so that listing `cites` in `resolutions` leaves no
 * "cited in the text but not listed" warning.
 */
function annotate(text: string, bySlug: Map<string, RegistryEntry[]>, labelled = false): Paragraph {
  let notBefore = '0000-00-00';
  let provinceIds: string[] | undefined;
  const cites: string[] = [];
  for (const mention of findDocumentMentions(text)) {
    const doc = mention.doc;
    // corpus.ts ignores a local congress named without its unit ("Đại hội Đảng bộ huyện lần thứ XX").
    if (!doc || (doc.form === 'congress' && doc.level && !doc.unitName)) continue;
    const entries = bySlug.get(doc.slug);
    if (entries) {
      const earliest = entries.map((e) => e.date).sort()[0]!;
      if (earliest > notBefore) notBefore = earliest;
      const local = entries.flatMap((e) => (e.provinceId ? [e.provinceId] : []));
      if (local.length > 0) provinceIds = provinceIds ? provinceIds.filter((id) => local.includes(id)) : local;
      cites.push(entries[0]!.number);
      continue;
    }
    // Not registered: the number as printed, or the plenum by its usual name.
    const written =
      doc.number !== ''
        ? doc.canonical
        : doc.plenum && doc.term
          ? `Nghị quyết Trung ương ${doc.plenum} khóa ${doc.term}`
          : undefined;
    if (written && parseDocumentNumber(written)?.slug === doc.slug) cites.push(written);
    else if (labelled && doc.number !== '') {
      // A number the parser reads only after its kind word ("Công văn 301/BGDĐT-GDMN"): list it so.
      const withKind = `${kindLabel(doc.kind, doc.system)} ${doc.canonical}`;
      if (parseDocumentNumber(withKind)?.slug === doc.slug) cites.push(withKind);
    }
  }
  return { text, notBefore, provinceIds, cites: [...new Set(cites)] };
}

function loadMaterial(): Material {
  if (material) return material;
  const texts: string[] = [];
  const titleFragments: string[] = [];
  const sapos: string[] = [];
  for (const file of listFiles(SEED_DIR)) {
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8').normalize('NFC'));
    const title = quotedField(frontmatter, 'title');
    if (title) {
      // "Lào Cai: 6 giải pháp …, sức chiến đấu …" → the parts after the place, cut at commas.
      const rest = title.includes(': ') ? title.slice(title.indexOf(': ') + 2) : title;
      for (const part of rest.split(/,\s*/)) if (part.split(' ').length >= 3) titleFragments.push(part.trim());
    }
    const sapo = quotedField(frontmatter, 'sapo');
    if (sapo) sapos.push(sapo);
    for (const block of body.split(/\r?\n\s*\r?\n/)) {
      const text = block.trim();
      if (!text || text.startsWith('##') || /^\*[^*][\s\S]*\*$/.test(text)) continue;
      texts.push(text);
    }
  }
  const localities = JSON.parse(readFileSync(join(ROOT, 'content/localities.json'), 'utf8')) as Array<{
    id: string;
    name: string;
    aliases: string[];
    from2025: boolean;
    mergedInto?: string;
  }>;
  const byId = new Map(localities.map((l) => [l.id, l]));
  const idByName = new Map(localities.map((l) => [l.name, l.id]));
  const provinces = PROVINCE_IDS.map((id) => {
    const unit = byId.get(id);
    if (!unit) throw new Error(`content/localities.json has no province "${id}"`);
    const mergedInto = unit.mergedInto === undefined ? undefined : byId.get(unit.mergedInto);
    return {
      id,
      name: unit.name,
      spellings: unit.aliases,
      from2025: unit.from2025,
      mergedInto: mergedInto && { id: mergedInto.id, name: mergedInto.name },
    };
  });
  const registry = (JSON.parse(readFileSync(join(ROOT, 'content/documents.json'), 'utf8')) as RegistryEntry[]).map(
    (entry) => ({
      ...entry,
      provinceId: entry.province === undefined ? undefined : idByName.get(entry.province),
    }),
  );
  // Registry entries by the slug of their number and of each alias ("Nghị quyết Trung ương 4 khóa XI").
  const bySlug = new Map<string, RegistryEntry[]>();
  for (const entry of registry) {
    for (const written of [entry.number, ...(entry.aliases ?? [])]) {
      const slug = parseDocumentNumber(written)?.slug;
      if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry]);
    }
  }
  const paragraphs = texts.map((text) => annotate(text, bySlug));
  const documents = registry.map(({ number, date, provinceId }) => ({ number, date, provinceId }));
  material = { paragraphs, titleFragments, sapos, provinces, documents, bySlug };
  return material;
}

// ---------------------------------------------------------------------------------------------------
// One article
// ---------------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const yaml = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Written forms editors use for a number: as registered, with the type word, lower case. */
function writtenForm(pick: Picker, number: string): string {
  if (!/^\d/.test(number)) return number; // "Nghị quyết Đại hội XIII"
  const labels: Record<string, string> = {
    NQ: 'Nghị quyết',
    CT: 'Chỉ thị',
    KL: 'Kết luận',
    HD: 'Hướng dẫn',
    CV: 'Công văn',
    QĐ: 'Quy định',
  };
  const code = number.match(/^\d+-([^/]+)\//)?.[1] ?? '';
  const roll = pick.next();
  if (roll < 0.15 && labels[code]) return `${labels[code]} ${number}`;
  if (roll < 0.2 && labels[code]) return `${labels[code]} số ${number}`;
  if (roll < 0.25 && !number.includes('Đ')) return number.toLowerCase();
  return number;
}

function generateOne(index: number, seed: number): GeneratedArticle {
  const m = loadMaterial();
  const pick = new Picker(articleRandom(seed, index));
  const n = index + 1;

  // Date: 2010-01-01 … 2025-12-31, Vietnam time; about a third with a time of day.
  const year = pick.int(2010, 2025);
  const month = pick.int(1, 12);
  const day = pick.int(1, daysIn(year, month));
  const isoDay = `${year}-${pad(month)}-${pad(day)}`;
  const date = pick.chance(0.35) ? `${isoDay}T${pad(pick.int(6, 22))}:${pad(pick.int(0, 59))}` : isoDay;

  // Place: a province (after the 1/7/2025 merger, the unit it was merged into), sometimes a district.
  const province = pick.one(m.provinces);
  let provinceName = pick.chance(0.15) && province.spellings.length > 0 ? pick.one(province.spellings) : province.name;
  let provinceId = province.id;
  if (isoDay >= '2025-07-01' && !province.from2025 && province.mergedInto) {
    provinceId = province.mergedInto.id;
    provinceName = province.mergedInto.name;
  }
  const districts = provinceId === province.id ? DISTRICTS[province.id] : undefined;
  const district = districts && pick.chance(0.5) ? pick.one(districts) : undefined;

  // Body: 3–10 distinct seed paragraphs that such an article could contain (no document issued after
  // its date, no other province's local documents), sometimes with a subheading.
  const usable = m.paragraphs.filter(
    (p) => p.notBefore <= isoDay && (!p.provinceIds || p.provinceIds.includes(provinceId)),
  );
  const paragraphs = pick.some(usable, pick.int(3, 10));
  const blocks: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0 && i === Math.floor(paragraphs.length / 2) && pick.chance(0.3))
      blocks.push(`## ${capitalise(pick.one(m.titleFragments))}`);
    blocks.push(p.text);
  });
  const body = blocks.join('\n\n');

  // Title: two seed title fragments and the article's number, so that every title differs.
  let first = '';
  const title = () => {
    const [a, b] = pick.some(m.titleFragments, 2);
    first = a!;
    return `${capitalise(a!)}, ${b} (bài ${n})`;
  };
  const content = writeArticle(pick, m, {
    n,
    title,
    sapo: () => (pick.chance(0.4) ? pick.one(m.sapos) : undefined),
    date,
    isoDay,
    provinceId,
    provinceName,
    district,
    cites: paragraphs.flatMap((p) => p.cites),
    body,
  });
  const slug = `${slugify(first).split('-').slice(0, 8).join('-')}-${pad(n, 5)}`;
  return { path: `sinh-tu-dong/${year}/${slug}.md`, content };
}

interface ArticleFields {
  /** The article's number (index + 1), for the source URL. */
  n: number;
  /** Called after the resolutions are drawn and before the topics (the generator's order of draws). */
  title: () => string;
  /** Called after the topics. */
  sapo: () => string | undefined;
  /** As written in the frontmatter: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  date: string;
  isoDay: string;
  provinceId: string;
  provinceName: string;
  district: string | undefined;
  /** What the body cites, as listed in `resolutions`. */
  cites: string[];
  body: string;
}

/**
 * The frontmatter writer shared by the generated and the real-text articles: resolutions (what the body
 * cites, a few registered documents issued before the article (local ones only for its province),
 * sometimes a number missing from the registry; a few in other written forms), topics, source, author.
 */
function writeArticle(pick: Picker, m: Material, a: ArticleFields): string {
  const listed = new Map<string, string>();
  const list = (number: string) => {
    const slug = parseDocumentNumber(number)?.slug;
    if (!slug) throw new Error(`generated an unreadable document number: ${number}`);
    if (!listed.has(slug)) listed.set(slug, writtenForm(pick, number));
  };
  a.cites.forEach(list);
  const available = m.documents.filter((d) => d.date <= a.isoDay && (!d.provinceId || d.provinceId === a.provinceId));
  pick.some(available, pick.int(0, 3)).forEach((d) => list(d.number));
  if (pick.chance(0.12)) list(pick.one(UNREGISTERED));
  const title = a.title();
  const topics = pick.some(TOPICS, pick.int(1, 4));
  const sapo = a.sapo();

  const lines = ['---', `title: ${yaml(title)}`];
  if (sapo) lines.push(`sapo: ${yaml(sapo)}`);
  lines.push(`date: ${a.date}`);
  if (pick.chance(0.05)) lines.push(`dateNote: ${yaml('Bài không ghi ngày đăng; ngày được suy ra từ nội dung bài.')}`);
  if (a.district || pick.chance(0.3)) {
    lines.push('locality:', `  province: ${a.provinceName}`);
    if (a.district) lines.push(`  district: ${a.district}`);
  } else {
    lines.push(`locality: ${a.provinceName}`);
  }
  if (listed.size > 0) lines.push('resolutions:', ...[...listed.values()].map((r) => `  - ${r}`));
  lines.push('topics:', ...topics.map((t) => `  - ${t}`));
  const source = pick.one(SOURCES);
  if (pick.chance(0.3)) lines.push('source:', `  name: ${source}`, `  url: https://example.com/bai-viet/${a.n}`);
  else lines.push(`source: ${source}`);
  if (pick.chance(0.6)) lines.push(`author: ${yaml(pick.one(AUTHORS))}`);
  lines.push('---', '', a.body, '');
  return lines.join('\n');
}

/** `count` articles, deterministic for a given seed; article i is the same whatever the count. */
export function generateArticles(count: number, seed = 1): Array<{ path: string; content: string }> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  return Array.from({ length: count }, (_, i) => generateOne(i, seed));
}

// ---------------------------------------------------------------------------------------------------
// Articles of real text (npm run bench -- --corpus DIR)
// ---------------------------------------------------------------------------------------------------

/** The corpus files in a fixed order: the two datasets interleaved in proportion, each sorted by name. */
function corpusFiles(dir: string): Array<{ dataset: CorpusDataset; file: string }> {
  const datasets: CorpusDataset[] = ['baomoi', 'dantri'];
  const ranked = datasets.flatMap((dataset) => {
    const folder = join(dir, dataset);
    if (!existsSync(folder)) return [];
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    return files.map((f, i) => ({ dataset, file: join(folder, f), rank: (i + 0.5) / files.length }));
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file));
}

/** True when `dir` holds the corpus (a `baomoi/` or `dantri/` folder). */
export function isCorpusFolder(dir: string): boolean {
  return existsSync(join(dir, 'baomoi')) || existsSync(join(dir, 'dantri'));
}

/**
 * `count` articles of real text from the corpus in `dir` (its README.md describes the files): title,
 * sapo and paragraphs from each file with a body, in a fixed order; past the end of the corpus it starts
 * again, with " (2)", " (3)"… after the titles. The frontmatter is drawn as for the generated articles
 * (seeded per article): a date (the file's own for dantri, else early–mid 2017, never before a
 * registered document the text cites), a province (one whose local documents the text cites, if any),
 * topics, and in `resolutions` what the site's parser finds in the text plus some assigned.
 */
export function corpusArticles(dir: string, count: number, seed = 1): GeneratedArticle[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  const m = loadMaterial();
  const texts: CorpusText[] = [];
  const files = corpusFiles(dir);
  for (const { dataset, file } of files) {
    if (texts.length >= count) break;
    const text = parseCorpusFile(dataset, readFileSync(file, 'utf8'));
    if (text) texts.push(text);
  }
  if (count > 0 && texts.length === 0) throw new Error(`no article with a body in ${dir}`);
  const provinceIds = new Set(m.provinces.map((p) => p.id));
  return Array.from({ length: count }, (_, index) => {
    const text = texts[index % texts.length]!;
    const round = Math.floor(index / texts.length) + 1;
    const pick = new Picker(articleRandom(seed, index));
    const n = index + 1;
    const paragraphs = text.paragraphs.map((p) => annotate(p, m.bySlug, true));
    const notBefore = paragraphs.map((p) => p.notBefore).reduce((a, b) => (a > b ? a : b), '0000-00-00');
    let isoDay = text.date ?? `2017-${pad(pick.int(1, 6))}-${pad(pick.int(1, 28))}`;
    if (isoDay < notBefore) isoDay = notBefore;
    const date = pick.chance(0.35) ? `${isoDay}T${pad(pick.int(6, 22))}:${pad(pick.int(0, 59))}` : isoDay;
    // A province whose local documents every paragraph that cites some may cite; else any.
    let allowed = [...provinceIds];
    for (const p of paragraphs) if (p.provinceIds) allowed = allowed.filter((id) => p.provinceIds!.includes(id));
    const provinceId = allowed.length > 0 ? pick.one(allowed) : pick.one(m.provinces).id;
    const province = m.provinces.find((p) => p.id === provinceId)!;
    // Only what the contract accepts for this article: no local document of another province.
    const cites = paragraphs.flatMap((p) => (!p.provinceIds || p.provinceIds.includes(province.id) ? p.cites : []));
    const suffix = round > 1 ? ` (${round})` : '';
    const content = writeArticle(pick, m, {
      n,
      title: () => `${text.title}${suffix}`,
      sapo: () => text.sapo,
      date,
      isoDay,
      provinceId: province.id,
      provinceName: province.name,
      district: undefined,
      cites,
      body: text.paragraphs.join('\n\n'),
    });
    const slug = `${slugify(text.title).split('-').slice(0, 8).join('-')}-${pad(n, 5)}`;
    return { path: `van-ban-that/${isoDay.slice(0, 4)}/${slug}.md`, content };
  });
}

/** The material the generator recombines (for reports). */
export function generatorMaterial(): {
  paragraphs: number;
  titleFragments: number;
  provinces: number;
  documents: number;
} {
  const m = loadMaterial();
  return {
    paragraphs: m.paragraphs.length,
    titleFragments: m.titleFragments.length,
    provinces: m.provinces.length,
    documents: m.documents.length + UNREGISTERED.length,
  };
}

// ---------------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------------

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const count = Number(argValue(args, '--articles') ?? NaN);
  const out = argValue(args, '--out');
  const seed = Number(argValue(args, '--seed') ?? 1);
  if (!Number.isInteger(count) || count < 0 || !out || !Number.isInteger(seed)) {
    console.error('usage: node scripts/generate-articles.ts --articles N --out DIR [--seed S]');
    process.exit(2);
  }
  for (const article of generateArticles(count, seed)) {
    const target = join(out, article.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, article.content);
  }
  console.log(`wrote ${count} articles to ${out} (seed ${seed})`);
}
