/**
 * The corpus as related articles (src/lib/related/related-articles.ts) score it: articles numbered in id order, their
 * metadata interned to small integers, TF-IDF vectors, and posting lists sorted by date for the
 * candidate windows. Everything is built in id order, so ids, float sums and ties never depend on the
 * order of the input.
 */
import { matchKey } from '../text/vi-text.ts';
import { isGenreTerm, TermVocabulary } from './vi-tokens.ts';
import {
  CANDIDATE_TERMS_PER_ARTICLE,
  DOCUMENT_RARITY_FLOOR,
  DOCUMENT_WINDOW,
  GENRE_TERM_FACTOR,
  PROVINCE_WINDOW,
  TOPIC_RARITY_FLOOR,
  TOPIC_WINDOW,
  UBIQUITOUS_MIN_CORPUS,
  UBIQUITOUS_TERM_SHARE,
} from './related-weights.ts';

/** What related articles know of one article. */
export interface RelatedInput {
  id: string;
  date: Date;
  /** Province as published (e.g. 'hau-giang'); '' for articles without one (central level). */
  provinceId: string;
  /** Its unit from 1/7/2025 (e.g. 'can-tho'); equal to provinceId when unchanged. */
  currentProvinceId: string;
  /** For the reason text, e.g. 'Hậu Giang'. */
  provinceName: string;
  /** Name of the unit from 1/7/2025, e.g. 'Cần Thơ': the reason for two provinces merged into it. */
  currentProvinceName: string;
  district?: string;
  /** Cited documents, label e.g. 'Nghị quyết 22-NQ/TW'. */
  documents: Array<{ key: string; label: string }>;
  topics: Array<{ slug: string; name: string }>;
  /** Title + sapo + body plain text. */
  text: string;
}

/**
 * Per-article lists of all articles in one typed array: the entries of article i are
 * ids[start[i]] … ids[end[i] - 1]. The scoring loops read these for hundreds of candidates per article,
 * so they are kept contiguous rather than one small array per article, and laid out in date order:
 * articles are scored in date order and their candidates are mostly near them in time, so the
 * vectors read for one article are still in cache for the next.
 */
export interface Packed {
  start: Int32Array;
  end: Int32Array;
  ids: Int32Array;
}

/**
 * The corpus after the corpus-wide passes. Articles are numbered by their position in id order (the
 * canonical order that makes the output independent of input order); per-article data are columns
 * indexed by that number.
 */
export interface Corpus {
  size: number;
  items: RelatedInput[];
  /** Articles in (date, id) order, and each article's position in it: its rank. Posting lists are sorted
   * by rank, so windows are "nearby in time". */
  order: Int32Array;
  rank: Int32Array;
  time: Float64Array;
  // Interned ids (-1: none): the pre-score compares them for every candidate, so keep them cheap.
  unit: Int32Array;
  province: Int32Array;
  district: Int32Array;
  /** Interned document and topic ids of each article, ascending, for a merge-style intersection. */
  documentIds: Packed;
  topicIds: Packed;
  /** Cited document key → label, topic slug → name, per article, for the reasons. */
  documentLabels: Array<Map<string, string>>;
  topicNames: Array<Map<string, string>>;
  /** Interned id → document key or topic slug. */
  documentKeys: string[];
  topicKeys: string[];
  /** Share of DOCUMENT_WEIGHT / TOPIC_WEIGHT each document or topic id is worth (see rarity()). */
  documentRarity: Float64Array;
  topicRarity: Float64Array;
  /** Metadata posting keys of each article (see candidateKeys), with the window read in each. */
  keyIds: Packed;
  keyWidths: Int32Array;
  /** L2-normalised TF-IDF vectors, term ids ascending; `weights` is aligned with `terms.ids`. */
  terms: Packed;
  weights: Float64Array;
  /** The highest-weighted terms shared with some other article (the term postings), best first. */
  topTerms: Packed;
  topWeights: Float64Array;
  /** By metadata key id (document, document×unit, unit, topic, topic×unit). */
  keyPostings: Array<Postings | undefined>;
  /** By term id; undefined for terms no article has among its top terms. */
  termPostings: Array<Postings | undefined>;
  vocabularySize: number;
}

/** Articles in ascending rank, with a value per entry (a term weight; none for metadata keys). */
export interface Postings {
  ranks: Int32Array;
  articles: Int32Array;
  values: Float64Array | undefined;
}

/** Plain code-unit order: locale-independent, so ids sort the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pack(lists: ReadonlyArray<ArrayLike<number>>, order: Int32Array): Packed {
  const start = new Int32Array(lists.length);
  const end = new Int32Array(lists.length);
  let total = 0;
  for (const article of order) {
    start[article] = total;
    total += lists[article]!.length;
    end[article] = total;
  }
  const ids = new Int32Array(total);
  lists.forEach((list, i) => ids.set(list, start[i]));
  return { start, end, ids };
}

/** Values aligned with a Packed made from lists of the same lengths. */
function packValues(lists: readonly Float64Array[], packed: Packed): Float64Array {
  const values = new Float64Array(packed.ids.length);
  lists.forEach((list, i) => values.set(list, packed.start[i]));
  return values;
}

export function prepareCorpus(input: readonly RelatedInput[]): Corpus {
  // Everything below runs in id order, so term ids, float sums and ties never depend on input order.
  const items = [...input].sort((a, b) => compareIds(a.id, b.id));
  checkInputs(items);
  const n = items.length;
  const tables: InternTables = {
    units: new Map(),
    provinces: new Map(),
    districts: new Map(),
    documents: new Map(),
    topics: new Map(),
    keys: new Map(),
  };
  const metadata = items.map((item) => articleMetadata(item, tables));
  const time = Float64Array.from(items, (item) => item.date.getTime());
  const order = Int32Array.from(items.keys()).sort((a, b) => time[a]! - time[b]! || a - b);
  const rank = new Int32Array(n);
  order.forEach((article, position) => (rank[article] = position));
  const documentIds = pack(
    metadata.map((m) => m.documentIds),
    order,
  );
  const topicIds = pack(
    metadata.map((m) => m.topicIds),
    order,
  );
  const keys = metadata.map((m) => candidateKeys(m, tables.keys));
  const keyIds = pack(
    keys.map((k) => k.ids),
    order,
  );
  const keyWidths = new Int32Array(keyIds.ids.length);
  keys.forEach((k, i) => keyWidths.set(k.widths, keyIds.start[i]));

  const counted = countTerms(items);
  const idf = termIdf(counted.df, n, counted.vocabulary.terms.map(isGenreTerm));
  const vectors = counted.ids.map((ids, i) => termVector(ids, counted.counts[i]!, idf, counted.df));
  const terms = pack(
    vectors.map((v) => v.ids),
    order,
  );
  const weights = packValues(
    vectors.map((v) => v.weights),
    terms,
  );
  const tops = vectors.map(topTerms);
  const topTermsPacked = pack(
    tops.map((t) => t.ids),
    order,
  );
  const topWeights = packValues(
    tops.map((t) => t.weights),
    topTermsPacked,
  );

  return {
    size: n,
    items,
    order,
    rank,
    time,
    unit: Int32Array.from(metadata, (m) => m.unit),
    province: Int32Array.from(metadata, (m) => m.province),
    district: Int32Array.from(metadata, (m) => m.district),
    documentIds,
    topicIds,
    documentLabels: metadata.map((m) => m.documents),
    topicNames: metadata.map((m) => m.topics),
    documentKeys: [...tables.documents.keys()],
    topicKeys: [...tables.topics.keys()],
    documentRarity: idRarity(documentIds, tables.documents.size, DOCUMENT_RARITY_FLOOR),
    topicRarity: idRarity(topicIds, tables.topics.size, TOPIC_RARITY_FLOOR),
    keyIds,
    keyWidths,
    terms,
    weights,
    topTerms: topTermsPacked,
    topWeights,
    keyPostings: buildPostings(order, rank, keyIds, tables.keys.size, undefined),
    termPostings: buildPostings(order, rank, topTermsPacked, counted.vocabulary.size, topWeights),
    vocabularySize: counted.vocabulary.size,
  };
}

function checkInputs(sorted: readonly RelatedInput[]): void {
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.id === item.id) throw new Error(`computeRelated: duplicate id "${item.id}"`);
    if (Number.isNaN(item.date.getTime())) throw new Error(`computeRelated: invalid date in "${item.id}"`);
  }
}

interface InternTables {
  units: Map<string, number>;
  provinces: Map<string, number>;
  /** Keyed by province and district: district names repeat across provinces (Châu Thành). */
  districts: Map<string, number>;
  documents: Map<string, number>;
  topics: Map<string, number>;
  /** Metadata posting keys. */
  keys: Map<string, number>;
}

/** Small integer for a key, -1 for ''; ids follow first appearance in id order, so they are stable. */
function intern(table: Map<string, number>, key: string): number {
  if (!key) return -1;
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = table.size));
  return id;
}

interface ArticleMetadata {
  unit: number;
  province: number;
  district: number;
  documents: Map<string, string>;
  topics: Map<string, string>;
  documentIds: Int32Array;
  topicIds: Int32Array;
}

function articleMetadata(item: RelatedInput, tables: InternTables): ArticleMetadata {
  const documents = new Map<string, string>();
  for (const doc of item.documents) if (doc.key && !documents.has(doc.key)) documents.set(doc.key, doc.label);
  const topics = new Map<string, string>();
  for (const topic of item.topics) if (topic.slug && !topics.has(topic.slug)) topics.set(topic.slug, topic.name);
  const unitKey = item.currentProvinceId || item.provinceId;
  const districtKey = item.provinceId && item.district ? `${item.provinceId}/${matchKey(item.district)}` : '';
  return {
    unit: intern(tables.units, unitKey),
    province: intern(tables.provinces, item.provinceId),
    district: intern(tables.districts, districtKey),
    documents,
    topics,
    documentIds: Int32Array.from(documents.keys(), (key) => intern(tables.documents, key)).sort(),
    topicIds: Int32Array.from(topics.keys(), (slug) => intern(tables.topics, slug)).sort(),
  };
}

/** Metadata posting keys of an article (interned), each with the window read around it. */
function candidateKeys(article: ArticleMetadata, table: Map<string, number>): { ids: number[]; widths: number[] } {
  const ids: number[] = [];
  const widths: number[] = [];
  const add = (key: string, width: number) => {
    ids.push(intern(table, key));
    widths.push(width);
  };
  const unit = article.unit;
  for (const doc of article.documentIds) {
    add(`d${doc}`, DOCUMENT_WINDOW);
    if (unit >= 0) add(`d${doc}u${unit}`, DOCUMENT_WINDOW);
  }
  if (unit >= 0) add(`u${unit}`, PROVINCE_WINDOW);
  for (const topic of article.topicIds) {
    add(`t${topic}`, TOPIC_WINDOW);
    if (unit >= 0) add(`t${topic}u${unit}`, TOPIC_WINDOW);
  }
  return { ids, widths };
}

interface TermCounts {
  vocabulary: TermVocabulary;
  /** Per article (id order): its distinct term ids ascending, and how often each occurs. */
  ids: Int32Array[];
  counts: Int32Array[];
  /** Articles each term id occurs in. */
  df: Int32Array;
}

/** Term counts of every text; term ids follow first appearance in id order, so they are stable. */
function countTerms(sorted: readonly RelatedInput[]): TermCounts {
  const vocabulary = new TermVocabulary();
  let df: Int32Array<ArrayBuffer> = new Int32Array(1024);
  // Count of each term in the current text, indexed by term id; reset through `distinct` after each.
  let count: Int32Array<ArrayBuffer> = new Int32Array(1024);
  let distinct = new Int32Array(1024);
  let spare = new Int32Array(1024);
  const ids: Int32Array[] = [];
  const counts: Int32Array[] = [];
  for (const item of sorted) {
    const found = vocabulary.scan(item.text);
    if (vocabulary.size > count.length) {
      const size = Math.max(vocabulary.size, count.length * 2);
      count = grown(count, size);
      df = grown(df, size);
    }
    if (found.length > distinct.length) {
      distinct = new Int32Array(found.length);
      spare = new Int32Array(found.length);
    }
    let kinds = 0;
    for (let i = 0; i < found.length; i++) {
      const id = found[i]!;
      if (count[id]!++ === 0) distinct[kinds++] = id;
    }
    const sortedIds = sortIds(distinct.slice(0, kinds), spare);
    const articleCounts = new Int32Array(kinds);
    for (let i = 0; i < kinds; i++) {
      const id = sortedIds[i]!;
      articleCounts[i] = count[id]!;
      count[id] = 0;
      df[id]!++;
    }
    ids.push(sortedIds);
    counts.push(articleCounts);
  }
  return { vocabulary, ids, counts, df: df.subarray(0, vocabulary.size) };
}

/**
 * Sorts non-negative ids ascending in place (`spare`: scratch at least as long): a byte-wise radix
 * sort, several times faster here than the built-in sort on the few hundred terms of each article.
 */
function sortIds(ids: Int32Array, spare: Int32Array): Int32Array {
  const n = ids.length;
  let from = ids;
  let to = spare;
  let largest = 0;
  for (let i = 0; i < n; i++) if (ids[i]! > largest) largest = ids[i]!;
  for (let shift = 0; shift < 32 && (shift === 0 || largest >>> shift > 0); shift += 8) {
    RADIX_BUCKETS.fill(0);
    for (let i = 0; i < n; i++) RADIX_BUCKETS[(from[i]! >>> shift) & 255]!++;
    for (let b = 1; b < 256; b++) RADIX_BUCKETS[b]! += RADIX_BUCKETS[b - 1]!;
    for (let i = n - 1; i >= 0; i--) to[--RADIX_BUCKETS[(from[i]! >>> shift) & 255]!] = from[i]!;
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== ids) ids.set(from.subarray(0, n));
  return ids;
}

const RADIX_BUCKETS = new Int32Array(256);

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * IDF per term id (smoothed, so that a small corpus still has positive weights), times the genre factor;
 * 0 for terms too common to tell articles apart.
 */
function termIdf(termDf: Int32Array, corpusSize: number, genre: readonly boolean[]): Float64Array {
  const idf = new Float64Array(termDf.length);
  const dropAbove = corpusSize >= UBIQUITOUS_MIN_CORPUS ? UBIQUITOUS_TERM_SHARE * corpusSize : Infinity;
  termDf.forEach((df, id) => {
    if (df > dropAbove) return;
    const factor = genre[id] ? GENRE_TERM_FACTOR : 1;
    idf[id] = (Math.log((1 + corpusSize) / (1 + df)) + 1) * factor;
  });
  return idf;
}

interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Sublinear TF × IDF, L2-normalised, over term ids ascending; computed once per article. Terms of this
 * article alone count in the norm but are not stored: no cosine can use them.
 */
function termVector(termIds: Int32Array, counts: Int32Array, idf: Float64Array, termDf: Int32Array): Vector {
  const weights = new Float64Array(termIds.length);
  let norm = 0;
  let shared = 0;
  for (let i = 0; i < termIds.length; i++) {
    const id = termIds[i]!;
    if (!(idf[id]! > 0)) continue;
    const weight = (1 + Math.log(counts[i]!)) * idf[id]!;
    weights[i] = weight;
    norm += weight * weight;
    if (termDf[id]! >= 2) shared++;
  }
  norm = Math.sqrt(norm);
  const vector: Vector = { ids: new Int32Array(shared), weights: new Float64Array(shared) };
  for (let i = 0, k = 0; i < termIds.length; i++) {
    if (!(weights[i]! > 0) || termDf[termIds[i]!]! < 2) continue;
    vector.ids[k] = termIds[i]!;
    vector.weights[k++] = weights[i]! / norm;
  }
  return vector;
}

/**
 * The CANDIDATE_TERMS_PER_ARTICLE highest-weighted terms of a vector (whose terms are all shared with
 * some other article), by weight descending then id, kept by insertion into a short sorted list.
 */
function topTerms(vector: Vector): Vector {
  const ids = new Int32Array(CANDIDATE_TERMS_PER_ARTICLE);
  const weights = new Float64Array(CANDIDATE_TERMS_PER_ARTICLE);
  let kept = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const weight = vector.weights[i]!;
    // Ids arrive ascending, so an equal weight goes after those already kept.
    if (kept === CANDIDATE_TERMS_PER_ARTICLE && weight <= weights[kept - 1]!) continue;
    let at = kept < CANDIDATE_TERMS_PER_ARTICLE ? kept++ : kept - 1;
    for (; at > 0 && weight > weights[at - 1]!; at--) {
      ids[at] = ids[at - 1]!;
      weights[at] = weights[at - 1]!;
    }
    ids[at] = vector.ids[i]!;
    weights[at] = weight;
  }
  return { ids: ids.subarray(0, kept), weights: weights.subarray(0, kept) };
}

/**
 * Share of a weight that a key (document, topic) given to `df` of `n` articles is worth: `floor` for a
 * key every article has, rising towards 1 as the key gets rarer (normalised IDF).
 */
function rarity(df: number, n: number, floor: number): number {
  const idfShare = n > 1 ? Math.min(1, Math.max(0, Math.log(n / df) / Math.log(n))) : 0;
  return floor + (1 - floor) * idfShare;
}

/** rarity() of every interned id, from the number of articles that carry it. */
function idRarity(packed: Packed, idCount: number, floor: number): Float64Array {
  const df = new Float64Array(idCount);
  for (const id of packed.ids) df[id]!++;
  return df.map((count) => rarity(count, packed.start.length, floor));
}

/** Posting lists by key id, filled in rank order so that each is sorted by rank without a sort. */
function buildPostings(
  order: Int32Array,
  rank: Int32Array,
  keys: Packed,
  keyCount: number,
  values: Float64Array | undefined,
): Array<Postings | undefined> {
  const sizes = new Int32Array(keyCount);
  for (const key of keys.ids) sizes[key]!++;
  const postings = Array.from(sizes, (size): Postings | undefined =>
    size === 0
      ? undefined
      : {
          ranks: new Int32Array(size),
          articles: new Int32Array(size),
          values: values ? new Float64Array(size) : undefined,
        },
  );
  const filled = new Int32Array(keyCount);
  for (const article of order) {
    for (let at = keys.start[article]!; at < keys.end[article]!; at++) {
      const key = keys.ids[at]!;
      const list = postings[key]!;
      const slot = filled[key]!++;
      list.ranks[slot] = rank[article]!;
      list.articles[slot] = article;
      if (list.values) list.values[slot] = values![at]!;
    }
  }
  return postings;
}
