/**
 * "Related articles" for a whole corpus at once (domain-vi.md §4.8): shared cited documents, same
 * province (old or new unit), same district, shared topics and TF-IDF text similarity, with a small
 * penalty for a large time gap. Pure and deterministic: the output depends only on the set of inputs,
 * not on their order.
 *
 * Cost grows about linearly with the corpus: candidates come from inverted indexes (document, province,
 * topic, top terms), each posting list is read only in a fixed-width window around the article in date
 * order, and only the best MAX_CANDIDATES candidates per article get the full score. Scoring all pairs
 * that share a key would be quadratic: a province with thousands of articles, or a resolution that half
 * the corpus cites, would pair every one of them with every other.
 */
import { compareVi, matchKey } from './vi-text.ts';
import { isGenreTerm, termsOf } from './vi-tokens.ts';

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

export type RelatedReason =
  | { kind: 'document'; label: string }
  | { kind: 'province'; name: string }
  | { kind: 'topic'; name: string }
  | { kind: 'text' };

export interface RelatedArticle {
  id: string;
  score: number;
  reasons: RelatedReason[];
}

/** Work counters, filled in by computeRelated for tests and build logs. */
export interface RelatedStats {
  /** Ordered (article, candidate) pairs that received the full score. */
  pairsScored: number;
  /** Posting-list entries read while gathering candidates. */
  postingsVisited: number;
}

export interface RelatedOptions {
  /** Related articles per article; default DEFAULT_LIMIT. */
  limit?: number;
  /** Overwritten with the work done, when given. */
  stats?: RelatedStats;
}

// ---------------------------------------------------------------------------------------------------
// Weights. A score is a sum of the parts below; each part is bounded, so the weights say how much each
// signal can contribute at most. Documents are the strongest signal: one shared document (even one cited
// by every article) is worth at least DOCUMENT_WEIGHT × DOCUMENT_RARITY_FLOOR = 0.30, more than the
// same province and district together (0.15 + 0.05 + 0.05); text similarity can add up to 0.45, so two
// near-duplicate texts still outrank a single shared but common document.
// ---------------------------------------------------------------------------------------------------

/** Ceiling of the shared-documents part (approached by several shared or rare documents). */
export const DOCUMENT_WEIGHT = 0.6;
/** Share of DOCUMENT_WEIGHT that a document cited by every article still gives. */
export const DOCUMENT_RARITY_FLOOR = 0.5;
/** Same province unit from 1/7/2025 (covers merged provinces: Hậu Giang and Cần Thơ). */
export const PROVINCE_UNIT_WEIGHT = 0.15;
/** Extra when the province as published is also the same (same old province). */
export const SAME_OLD_PROVINCE_BONUS = 0.05;
/** Same district within the same old province; district names repeat across provinces. */
export const DISTRICT_WEIGHT = 0.05;
/** Ceiling of the shared-topics part; topics are few and broad, so they weigh less than a province. */
export const TOPIC_WEIGHT = 0.15;
/** Share of TOPIC_WEIGHT that a topic given to every article still gives. */
export const TOPIC_RARITY_FLOOR = 0.4;
/** Multiplies the TF-IDF cosine (0…1). */
export const TEXT_WEIGHT = 0.45;
/** Penalty per unit of ln(1 + days apart): 1 year ≈ −0.06, 10 years ≈ −0.08. */
export const TIME_GAP_WEIGHT = 0.01;
/** Weight factor of genre-ubiquitous terms (list (b) of domain-vi.md §4.7). */
export const GENRE_TERM_FACTOR = 0.35;
/**
 * Cosine from which "nội dung gần nhau" is given as a reason (so text alone can relate two articles).
 * A pair needs a reason and a positive score: a weak text-only match years apart is left out.
 */
export const TEXT_REASON_MIN_COSINE = 0.1;
/** Terms found in more than this share of the articles are dropped… */
export const UBIQUITOUS_TERM_SHARE = 0.6;
/** …once the corpus has at least this many articles (in a tiny corpus every share is high). */
export const UBIQUITOUS_MIN_CORPUS = 20;

// Candidate generation limits: these make the cost per article constant.
/** Highest-weighted terms per article put in the term postings. */
export const CANDIDATE_TERMS_PER_ARTICLE = 30;
/**
 * Posting entries read around the article, in date order, per key: a shared document (also one
 * restricted to the article's province unit, so that "22-NQ/TW in Hậu Giang" neighbours are reached
 * even when the document alone has thousands of citing articles), the province unit, a shared topic
 * (also per unit), and each of the article's top terms.
 */
export const DOCUMENT_WINDOW = 100;
export const PROVINCE_WINDOW = 60;
export const TOPIC_WINDOW = 30;
export const TERM_WINDOW = 12;
/**
 * Candidates per article that get the full score, chosen by the pre-score (exact metadata part plus a
 * cosine over top terms only). On a generated 3,000-article corpus 100, 200 and unlimited candidates
 * gave the same top 5; what the windows miss matters more (recall@5 0.99 against all pairs).
 */
export const MAX_CANDIDATES = 100;
export const DEFAULT_LIMIT = 5;

const DAY_MS = 86_400_000;

/** One article after the corpus-wide passes. */
interface Prepared {
  item: RelatedInput;
  /** Position in id order: the canonical order that makes the output independent of input order. */
  index: number;
  /** Position in (date, id) order: posting lists are sorted by it, so windows are "nearby in time". */
  rank: number;
  time: number;
  /** Province unit from 1/7/2025, or '' when the article has no province. */
  unitKey: string;
  // Interned ids (-1: none): the pre-score compares them for every candidate, so keep them cheap.
  unit: number;
  province: number;
  district: number;
  /** Cited document key → label, topic slug → name, for the reasons. */
  documents: Map<string, string>;
  topics: Map<string, string>;
  /** Interned document and topic ids, ascending, for a merge-style intersection. */
  documentIds: Int32Array;
  topicIds: Int32Array;
  /** L2-normalised TF-IDF vector, term ids ascending. */
  termIds: Int32Array;
  weights: Float64Array;
  /** The highest-weighted terms (id, weight) shared with some other article: the term postings. */
  topTerms: Array<[number, number]>;
}

/** Article ranks sorted ascending, with a value per entry (a term weight, or 0). */
interface Postings {
  ranks: number[];
  values: number[];
}

interface Corpus {
  byIndex: Prepared[];
  byRank: Prepared[];
  /** Interned id → document key or topic slug. */
  documentKeys: string[];
  topicKeys: string[];
  /** Share of DOCUMENT_WEIGHT / TOPIC_WEIGHT each document or topic id is worth (see rarity()). */
  documentRarity: Float64Array;
  topicRarity: Float64Array;
  /** Metadata keys (document, document×unit, unit, topic, topic×unit) → articles. */
  keyPostings: Map<string, Postings>;
  termPostings: Map<number, Postings>;
  /** Name of each unit from 1/7/2025, from articles published under it. */
  vocabularySize: number;
}

/** Scratch buffers reused for every article, so that each article costs only what it touches. */
interface Scratch {
  dense: Float64Array;
  textEstimate: Float64Array;
  preScore: Float64Array;
  touchedBy: Int32Array;
}

// ---------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------

export function computeRelated(
  items: readonly RelatedInput[],
  options: RelatedOptions = {},
): Map<string, RelatedArticle[]> {
  const limit = checkedLimit(options.limit);
  const stats: RelatedStats = { pairsScored: 0, postingsVisited: 0 };
  const corpus = prepareCorpus(items);
  const scratch: Scratch = {
    dense: new Float64Array(corpus.vocabularySize),
    textEstimate: new Float64Array(corpus.byIndex.length),
    preScore: new Float64Array(corpus.byIndex.length),
    touchedBy: new Int32Array(corpus.byIndex.length).fill(-1),
  };
  const result = new Map<string, RelatedArticle[]>();
  for (const article of corpus.byIndex) {
    result.set(article.item.id, relatedTo(article, corpus, scratch, stats, limit));
  }
  if (options.stats) Object.assign(options.stats, stats);
  return result;
}

export function reasonText(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'document':
      return `cùng trích dẫn ${reason.label}`;
    case 'province':
      return `cùng địa phương ${reason.name}`;
    case 'topic':
      return `cùng chủ đề ${reason.name}`;
    case 'text':
      return 'nội dung gần nhau';
  }
}

function relatedTo(
  article: Prepared,
  corpus: Corpus,
  scratch: Scratch,
  stats: RelatedStats,
  limit: number,
): RelatedArticle[] {
  if (limit === 0) return [];
  const candidates = gatherCandidates(article, corpus, scratch, stats);
  scatter(scratch.dense, article, true);
  const related: Array<RelatedArticle & { time: number }> = [];
  for (const candidate of candidates) {
    stats.pairsScored++;
    const scored = scorePair(article, candidate, corpus, scratch.dense);
    if (scored) related.push({ ...scored, time: candidate.time });
  }
  scatter(scratch.dense, article, false);
  related.sort((x, y) => y.score - x.score || y.time - x.time || compareIds(x.id, y.id));
  return related.slice(0, limit).map(({ id, score, reasons }) => ({ id, score: roundScore(score), reasons }));
}

// ---------------------------------------------------------------------------------------------------
// Corpus preparation: one pass per article, then the indexes.
// ---------------------------------------------------------------------------------------------------

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  return limit;
}

/** Plain code-unit order: locale-independent, so ids sort the same on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Output scores are for display and debugging; six decimals keep build output diffs readable. */
function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}

function prepareCorpus(items: readonly RelatedInput[]): Corpus {
  // Everything below runs in id order, so term ids, float sums and ties never depend on input order.
  const sorted = [...items].sort((a, b) => compareIds(a.id, b.id));
  checkInputs(sorted);
  const vocabulary = new Map<string, number>();
  const termDf: number[] = [];
  const counts = sorted.map((item) => countTerms(item.text, vocabulary, termDf));
  const tables: InternTables = {
    units: new Map(),
    provinces: new Map(),
    districts: new Map(),
    documents: new Map(),
    topics: new Map(),
  };
  const byIndex = sorted.map((item, index) => prepareArticle(item, index, tables));
  const byRank = [...byIndex].sort((a, b) => a.time - b.time || a.index - b.index);
  byRank.forEach((article, rank) => (article.rank = rank));
  const idf = termIdf(termDf, byIndex.length, genreFlags(vocabulary));
  for (const article of byIndex) {
    setVector(article, counts[article.index]!, idf);
    article.topTerms = pickTopTerms(article, termDf);
  }
  return {
    byIndex,
    byRank,
    documentKeys: [...tables.documents.keys()],
    topicKeys: [...tables.topics.keys()],
    documentRarity: idRarity(byIndex, tables.documents.size, (a) => a.documentIds, DOCUMENT_RARITY_FLOOR),
    topicRarity: idRarity(byIndex, tables.topics.size, (a) => a.topicIds, TOPIC_RARITY_FLOOR),
    keyPostings: buildPostings(byRank, (a) => candidateKeys(a).map(([key]): [string, number] => [key, 0])),
    termPostings: buildPostings(byRank, (a) => a.topTerms),
    vocabularySize: vocabulary.size,
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
}

/** Small integer for a key, -1 for ''; ids follow first appearance in id order, so they are stable. */
function intern(table: Map<string, number>, key: string): number {
  if (!key) return -1;
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = table.size));
  return id;
}

function prepareArticle(item: RelatedInput, index: number, tables: InternTables): Prepared {
  const documents = new Map<string, string>();
  for (const doc of item.documents) if (doc.key && !documents.has(doc.key)) documents.set(doc.key, doc.label);
  const topics = new Map<string, string>();
  for (const topic of item.topics) if (topic.slug && !topics.has(topic.slug)) topics.set(topic.slug, topic.name);
  const unitKey = item.currentProvinceId || item.provinceId;
  const districtKey = item.provinceId && item.district ? `${item.provinceId}/${matchKey(item.district)}` : '';
  return {
    item,
    index,
    rank: 0,
    time: item.date.getTime(),
    unitKey,
    unit: intern(tables.units, unitKey),
    province: intern(tables.provinces, item.provinceId),
    district: intern(tables.districts, districtKey),
    documents,
    topics,
    documentIds: Int32Array.from(documents.keys(), (key) => intern(tables.documents, key)).sort(),
    topicIds: Int32Array.from(topics.keys(), (slug) => intern(tables.topics, slug)).sort(),
    termIds: new Int32Array(0),
    weights: new Float64Array(0),
    topTerms: [],
  };
}

/** Metadata posting keys of an article, each with the window read around it. */
function candidateKeys(article: Prepared): Array<[string, number]> {
  const keys: Array<[string, number]> = [];
  const unit = article.unit;
  for (const doc of article.documentIds) {
    keys.push([`d${doc}`, DOCUMENT_WINDOW]);
    if (unit >= 0) keys.push([`d${doc}u${unit}`, DOCUMENT_WINDOW]);
  }
  if (unit >= 0) keys.push([`u${unit}`, PROVINCE_WINDOW]);
  for (const topic of article.topicIds) {
    keys.push([`t${topic}`, TOPIC_WINDOW]);
    if (unit >= 0) keys.push([`t${topic}u${unit}`, TOPIC_WINDOW]);
  }
  return keys;
}

/** Term counts of one text keyed by global term id; also bumps each term's document frequency. */
function countTerms(text: string, vocabulary: Map<string, number>, termDf: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of termsOf(text)) {
    let id = vocabulary.get(term);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(term, id);
      termDf.push(0);
    }
    const count = counts.get(id) ?? 0;
    if (count === 0) termDf[id]!++;
    counts.set(id, count + 1);
  }
  return counts;
}

function genreFlags(vocabulary: ReadonlyMap<string, number>): boolean[] {
  const flags: boolean[] = new Array<boolean>(vocabulary.size).fill(false);
  for (const [term, id] of vocabulary) flags[id] = isGenreTerm(term);
  return flags;
}

/**
 * IDF per term id (smoothed, so that a small corpus still has positive weights), times the genre factor;
 * 0 for terms too common to tell articles apart.
 */
function termIdf(termDf: readonly number[], corpusSize: number, genre: readonly boolean[]): Float64Array {
  const idf = new Float64Array(termDf.length);
  const dropAbove = corpusSize >= UBIQUITOUS_MIN_CORPUS ? UBIQUITOUS_TERM_SHARE * corpusSize : Infinity;
  termDf.forEach((df, id) => {
    if (df > dropAbove) return;
    const factor = genre[id] ? GENRE_TERM_FACTOR : 1;
    idf[id] = (Math.log((1 + corpusSize) / (1 + df)) + 1) * factor;
  });
  return idf;
}

/** Sublinear TF × IDF, L2-normalised, stored sorted by term id; computed once per article. */
function setVector(article: Prepared, counts: ReadonlyMap<number, number>, idf: Float64Array): void {
  const ids = [...counts.keys()].filter((id) => idf[id]! > 0).sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const weight = (1 + Math.log(counts.get(id)!)) * idf[id]!;
    weights[i] = weight;
    norm += weight * weight;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  article.termIds = Int32Array.from(ids);
  article.weights = weights;
}

/** The article's highest-weighted terms shared with at least one other article (others find nobody). */
function pickTopTerms(article: Prepared, termDf: readonly number[]): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  article.termIds.forEach((id, i) => {
    if (termDf[id]! >= 2) entries.push([id, article.weights[i]!]);
  });
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return entries.slice(0, CANDIDATE_TERMS_PER_ARTICLE);
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
function idRarity(
  articles: readonly Prepared[],
  idCount: number,
  ids: (a: Prepared) => Int32Array,
  floor: number,
): Float64Array {
  const df = new Float64Array(idCount);
  for (const article of articles) for (const id of ids(article)) df[id]!++;
  return df.map((count) => rarity(count, articles.length, floor));
}

/** Posting lists built in rank order, so each list is sorted by rank without a sort. */
function buildPostings<K>(
  byRank: readonly Prepared[],
  entries: (a: Prepared) => ReadonlyArray<readonly [K, number]>,
): Map<K, Postings> {
  const postings = new Map<K, Postings>();
  for (const article of byRank) {
    for (const [key, value] of entries(article)) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = { ranks: [], values: [] }));
      list.ranks.push(article.rank);
      list.values.push(value);
    }
  }
  return postings;
}

// ---------------------------------------------------------------------------------------------------
// Candidates: windows over posting lists, a cheap pre-score, the best MAX_CANDIDATES.
// ---------------------------------------------------------------------------------------------------

/** Bounds [lo, hi) of the `width` entries nearest to the article (plus itself) in a list sorted by rank. */
function windowBounds(ranks: readonly number[], selfRank: number, width: number): [number, number] {
  let lo = 0;
  let hi = ranks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranks[mid]! < selfRank) lo = mid + 1;
    else hi = mid;
  }
  // `lo` is where the article sits; take width/2 on each side, shifted inwards at either end.
  const start = Math.max(0, Math.min(lo - (width >> 1), ranks.length - width - 1));
  return [start, Math.min(ranks.length, start + width + 1)];
}

/**
 * Marks the articles in the window around `self` as candidates; with `weight`, also adds
 * weight × their value (term weight) to their text estimate.
 */
function visitWindow(
  self: Prepared,
  list: Postings | undefined,
  width: number,
  weight: number,
  context: { corpus: Corpus; scratch: Scratch; touched: number[]; stats: RelatedStats },
): void {
  if (!list) return;
  const { corpus, scratch, touched, stats } = context;
  const [lo, hi] = windowBounds(list.ranks, self.rank, width);
  for (let i = lo; i < hi; i++) {
    const other = corpus.byRank[list.ranks[i]!]!;
    if (other === self) continue;
    stats.postingsVisited++;
    if (scratch.touchedBy[other.index] !== self.index) {
      scratch.touchedBy[other.index] = self.index;
      scratch.textEstimate[other.index] = 0;
      touched.push(other.index);
    }
    if (weight) scratch.textEstimate[other.index]! += weight * list.values[i]!;
  }
}

/**
 * Candidates of one article. Posting lists are read only in a fixed window around the article, and only
 * the MAX_CANDIDATES best by pre-score are returned: reading whole lists would make a province with
 * thousands of articles (or a resolution that half the corpus cites) quadratic in the corpus size.
 */
function gatherCandidates(self: Prepared, corpus: Corpus, scratch: Scratch, stats: RelatedStats): Prepared[] {
  const touched: number[] = [];
  const context = { corpus, scratch, touched, stats };
  for (const [key, width] of candidateKeys(self)) visitWindow(self, corpus.keyPostings.get(key), width, 0, context);
  // Sum over shared top terms of the product of the two weights: a truncated cosine.
  for (const [termId, weight] of self.topTerms) {
    visitWindow(self, corpus.termPostings.get(termId), TERM_WINDOW, weight, context);
  }
  const { preScore } = scratch;
  for (const index of touched) {
    const other = corpus.byIndex[index]!;
    const estimate = metadataScore(self, other, corpus) + TEXT_WEIGHT * scratch.textEstimate[index]!;
    preScore[index] = estimate - timePenalty(self, other);
  }
  const best = touched.length > MAX_CANDIDATES ? aboveCutoff(touched, preScore) : touched;
  best.sort((a, b) => preScore[b]! - preScore[a]! || corpus.byIndex[b]!.time - corpus.byIndex[a]!.time || a - b);
  return best.slice(0, MAX_CANDIDATES).map((index) => corpus.byIndex[index]!);
}

/**
 * The candidates whose pre-score reaches the MAX_CANDIDATES-th best (ties included), found with a
 * comparator-free numeric sort so that only the survivors need the full ordering.
 */
function aboveCutoff(touched: readonly number[], preScore: Float64Array): number[] {
  const scores = Float64Array.from(touched, (index) => preScore[index]!).sort();
  const cutoff = scores[scores.length - MAX_CANDIDATES]!;
  return touched.filter((index) => preScore[index]! >= cutoff);
}

// ---------------------------------------------------------------------------------------------------
// Scores.
// ---------------------------------------------------------------------------------------------------

function timePenalty(self: Prepared, other: Prepared): number {
  return TIME_GAP_WEIGHT * Math.log1p(Math.abs(self.time - other.time) / DAY_MS);
}

/** 1 − Π(1 − rarity) over the shared keys: each extra shared key adds, never past 1. */
function sharedStrength(self: Int32Array, other: Int32Array, rarities: Float64Array): number {
  // Same walk as sharedIds() without the array: this runs for every candidate of every article.
  let miss = 1;
  let j = 0;
  for (let i = 0; i < self.length && j < other.length; i++) {
    const id = self[i]!;
    while (j < other.length && other[j]! < id) j++;
    if (other[j] === id) miss *= 1 - rarities[id]!;
  }
  return 1 - miss;
}

/** Intersection of two ascending id lists (a handful of entries each). */
function sharedIds(self: Int32Array, other: Int32Array): number[] {
  const shared: number[] = [];
  let j = 0;
  for (let i = 0; i < self.length && j < other.length; i++) {
    const id = self[i]!;
    while (j < other.length && other[j]! < id) j++;
    if (other[j] === id) shared.push(id);
  }
  return shared;
}

function sameUnit(self: Prepared, other: Prepared): boolean {
  return self.unit >= 0 && self.unit === other.unit;
}

/** Everything but the text part and the time penalty: documents, province, district, topics. */
function metadataScore(self: Prepared, other: Prepared, corpus: Corpus): number {
  let score = DOCUMENT_WEIGHT * sharedStrength(self.documentIds, other.documentIds, corpus.documentRarity);
  if (sameUnit(self, other)) {
    score += PROVINCE_UNIT_WEIGHT;
    if (self.province === other.province) score += SAME_OLD_PROVINCE_BONUS;
    if (self.district >= 0 && self.district === other.district) score += DISTRICT_WEIGHT;
  }
  return score + TOPIC_WEIGHT * sharedStrength(self.topicIds, other.topicIds, corpus.topicRarity);
}

/** Writes (or clears) the article's vector into a dense array indexed by term id. */
function scatter(dense: Float64Array, article: Prepared, set: boolean): void {
  for (let i = 0; i < article.termIds.length; i++) dense[article.termIds[i]!] = set ? article.weights[i]! : 0;
}

/** Cosine with the article scattered in `dense` (both vectors are unit length). */
function cosine(dense: Float64Array, other: Prepared): number {
  let dot = 0;
  for (let i = 0; i < other.termIds.length; i++) dot += dense[other.termIds[i]!]! * other.weights[i]!;
  return dot;
}

/** Labels of the shared keys, rarest first; labels come from `self`, the page the list is shown on. */
function sharedLabels(
  selfIds: Int32Array,
  otherIds: Int32Array,
  labels: ReadonlyMap<string, string>,
  keys: readonly string[],
  rarities: Float64Array,
): string[] {
  const shared = sharedIds(selfIds, otherIds).map((id) => ({
    id,
    label: labels.get(keys[id]!)!,
    rarity: rarities[id]!,
  }));
  shared.sort((a, b) => b.rarity - a.rarity || compareVi(a.label, b.label) || compareIds(keys[a.id]!, keys[b.id]!));
  return shared.map((s) => s.label);
}

function provinceReason(self: Prepared, other: Prepared): RelatedReason {
  if (self.item.provinceId === other.item.provinceId) return { kind: 'province', name: self.item.provinceName };
  return { kind: 'province', name: self.item.currentProvinceName };
}

/** Reasons strongest first: documents, province, topics, text. */
function reasonsFor(self: Prepared, other: Prepared, corpus: Corpus, similarity: number): RelatedReason[] {
  const reasons: RelatedReason[] = [];
  const { documentKeys, documentRarity, topicKeys, topicRarity } = corpus;
  for (const label of sharedLabels(self.documentIds, other.documentIds, self.documents, documentKeys, documentRarity)) {
    reasons.push({ kind: 'document', label });
  }
  if (sameUnit(self, other)) reasons.push(provinceReason(self, other));
  for (const name of sharedLabels(self.topicIds, other.topicIds, self.topics, topicKeys, topicRarity)) {
    reasons.push({ kind: 'topic', name });
  }
  if (similarity >= TEXT_REASON_MIN_COSINE) reasons.push({ kind: 'text' });
  return reasons;
}

/** Full score of a candidate, or null when nothing worth saying relates the two articles. */
function scorePair(self: Prepared, other: Prepared, corpus: Corpus, dense: Float64Array): RelatedArticle | null {
  const similarity = cosine(dense, other);
  const reasons = reasonsFor(self, other, corpus, similarity);
  if (reasons.length === 0) return null;
  const score = metadataScore(self, other, corpus) + TEXT_WEIGHT * similarity - timePenalty(self, other);
  return score > 0 ? { id: other.item.id, score, reasons } : null;
}
