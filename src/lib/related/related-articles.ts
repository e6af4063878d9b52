/**
 * "Related articles" for a whole corpus at once (docs/domain.md §4.8): shared cited documents, same
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
import { compareVi } from '../text/vi-text.ts';
import {
  compareIds,
  prepareCorpus,
  type Corpus,
  type Packed,
  type Postings,
  type RelatedInput,
} from './related-corpus.ts';
import {
  DEFAULT_LIMIT,
  DISTRICT_WEIGHT,
  DOCUMENT_WEIGHT,
  MAX_CANDIDATES,
  PROVINCE_UNIT_WEIGHT,
  SAME_OLD_PROVINCE_BONUS,
  TERM_WINDOW,
  TEXT_REASON_MIN_COSINE,
  TEXT_WEIGHT,
  TIME_GAP_WEIGHT,
  TOPIC_WEIGHT,
} from './related-weights.ts';

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

const DAY_MS = 86_400_000;

/** Scratch buffers reused for every article, so that each article costs only what it touches. */
interface Scratch {
  dense: Float64Array;
  textEstimate: Float64Array;
  preScore: Float64Array;
  /** Metadata part and time penalty of each touched candidate, kept for its full score. */
  metadata: Float64Array;
  penalty: Float64Array;
  touchedBy: Int32Array;
  touched: Int32Array;
  cosines: CosineCache;
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
  const n = corpus.size;
  const scratch: Scratch = {
    dense: new Float64Array(corpus.vocabularySize),
    textEstimate: new Float64Array(n),
    preScore: new Float64Array(n),
    metadata: new Float64Array(n),
    penalty: new Float64Array(n),
    touchedBy: new Int32Array(n).fill(-1),
    touched: new Int32Array(n),
    cosines: new CosineCache(n),
  };
  const related: RelatedArticle[][] = [];
  for (const self of corpus.order) related[self] = relatedTo(self, corpus, scratch, stats, limit);
  const result = new Map<string, RelatedArticle[]>();
  for (let self = 0; self < n; self++) result.set(corpus.items[self]!.id, related[self]!);
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

/** The best `limit` candidates by full score; reasons are written only for the articles kept. */
function relatedTo(
  self: number,
  corpus: Corpus,
  scratch: Scratch,
  stats: RelatedStats,
  limit: number,
): RelatedArticle[] {
  if (limit === 0) return [];
  const candidates = gatherCandidates(self, corpus, scratch, stats);
  const { dense, metadata, penalty, cosines } = scratch;
  scatter(dense, corpus, self, true);
  cosines.recall(self);
  const selfRank = corpus.rank[self]!;
  const kept = new TopList(limit, corpus.time);
  for (const other of candidates) {
    stats.pairsScored++;
    let similarity: number;
    if (cosines.has(self, other)) similarity = cosines.get(other);
    else {
      similarity = cosine(dense, corpus, other);
      if (corpus.rank[other]! > selfRank) cosines.remember(self, other, similarity);
    }
    if (!hasReason(corpus, self, other, similarity)) continue;
    const score = metadata[other]! + TEXT_WEIGHT * similarity - penalty[other]!;
    if (score > 0) kept.offer(other, score, similarity);
  }
  scatter(dense, corpus, self, false);
  return kept.entries().map(({ other, score, similarity }) => ({
    id: corpus.items[other]!.id,
    score: roundScore(score),
    reasons: reasonsFor(corpus, self, other, similarity),
  }));
}

/**
 * Cosines computed for a pair (a, b) while scoring a, kept for when b is scored after it: the cosine is
 * symmetric and bit-for-bit the same either way (both sums add the same products in ascending term
 * order), and many candidate pairs are mutual. Entries for b are chained from head[b].
 */
class CosineCache {
  private readonly head: Int32Array;
  private next = new Int32Array(1024);
  private from = new Int32Array(1024);
  private value = new Float64Array(1024);
  private count = 0;
  /** For the article being scored: the cosine with each earlier article that remembered one. */
  private readonly known: Float64Array;
  private readonly knownFor: Int32Array;

  constructor(size: number) {
    this.head = new Int32Array(size).fill(-1);
    this.known = new Float64Array(size);
    this.knownFor = new Int32Array(size).fill(-1);
  }

  /** Loads what earlier articles remembered for `self`. */
  recall(self: number): void {
    for (let at = this.head[self]!; at >= 0; at = this.next[at]!) {
      this.known[this.from[at]!] = this.value[at]!;
      this.knownFor[this.from[at]!] = self;
    }
  }

  has(self: number, other: number): boolean {
    return this.knownFor[other] === self;
  }

  /** The cosine with `other`, when has() says it is known. */
  get(other: number): number {
    return this.known[other]!;
  }

  remember(self: number, other: number, cosine: number): void {
    if (this.count === this.next.length) this.grow();
    const at = this.count++;
    this.next[at] = this.head[other]!;
    this.from[at] = self;
    this.value[at] = cosine;
    this.head[other] = at;
  }

  private grow(): void {
    const grown = (old: Int32Array) => {
      const bigger = new Int32Array(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.next = grown(this.next);
    this.from = grown(this.from);
    const value = new Float64Array(this.value.length * 2);
    value.set(this.value);
    this.value = value;
  }
}

/**
 * The best entries offered so far, at most `limit`, in output order: score descending, then the newer
 * article, then id order.
 */
class TopList {
  private readonly kept: Array<{ other: number; score: number; similarity: number }> = [];
  private readonly limit: number;
  private readonly time: Float64Array;

  constructor(limit: number, time: Float64Array) {
    this.limit = limit;
    this.time = time;
  }

  offer(other: number, score: number, similarity: number): void {
    const { kept } = this;
    if (kept.length === this.limit && score < kept[kept.length - 1]!.score) return;
    const entry = { other, score, similarity };
    if (kept.length === this.limit && !this.before(entry, kept[kept.length - 1]!)) return;
    let at = kept.length;
    while (at > 0 && this.before(entry, kept[at - 1]!)) at--;
    kept.splice(at, 0, entry);
    if (kept.length > this.limit) kept.pop();
  }

  entries(): ReadonlyArray<{ other: number; score: number; similarity: number }> {
    return this.kept;
  }

  private before(a: { other: number; score: number }, b: { other: number; score: number }): boolean {
    if (a.score !== b.score) return a.score > b.score;
    const timeA = this.time[a.other]!;
    const timeB = this.time[b.other]!;
    if (timeA !== timeB) return timeA > timeB;
    return a.other < b.other;
  }
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  return limit;
}

/** Output scores are for display and debugging; six decimals keep build output diffs readable. */
function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}

/** Packs per-article lists (indexed by article) into one array, laid out in `order`. */

// ---------------------------------------------------------------------------------------------------
// Candidates: windows over posting lists, a cheap pre-score, the best MAX_CANDIDATES.
// ---------------------------------------------------------------------------------------------------

/** Index of the first entry whose rank is not below `selfRank`, in a list sorted by rank. */
function lowerBound(ranks: Int32Array, selfRank: number): number {
  let lo = 0;
  let hi = ranks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranks[mid]! < selfRank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Marks the `width` articles nearest to `self` in a posting list (width/2 on each side, shifted
 * inwards at either end) as candidates, appending them to scratch.touched from position `count`;
 * returns the new count. For term postings, also adds self's weight × theirs to their text estimate.
 */
function visitWindow(
  self: number,
  selfRank: number,
  list: Postings | undefined,
  width: number,
  weight: number,
  scratch: Scratch,
  stats: RelatedStats,
  count: number,
): number {
  if (!list) return count;
  const { touchedBy, textEstimate, touched } = scratch;
  const { ranks, articles, values } = list;
  const start = Math.max(0, Math.min(lowerBound(ranks, selfRank) - (width >> 1), ranks.length - width - 1));
  const end = Math.min(ranks.length, start + width + 1);
  // The article is in every list it reads (they are its own keys and top terms) and in its window.
  stats.postingsVisited += end - start - 1;
  for (let i = start; i < end; i++) {
    const other = articles[i]!;
    if (touchedBy[other] !== self) {
      if (other === self) continue;
      touchedBy[other] = self;
      textEstimate[other] = 0;
      touched[count++] = other;
    }
    if (values) textEstimate[other]! += weight * values[i]!;
  }
  return count;
}

/**
 * Candidates of one article by pre-score (exact metadata part plus a cosine over top terms only). Posting lists are read only in a fixed window around the article, and only the MAX_CANDIDATES
 * best are returned: reading whole lists would make a province with thousands of articles (or a
 * resolution that half the corpus cites) quadratic in the corpus size.
 */
function gatherCandidates(self: number, corpus: Corpus, scratch: Scratch, stats: RelatedStats): number[] {
  const selfRank = corpus.rank[self]!;
  const { keyIds, keyWidths, topTerms, topWeights } = corpus;
  let count = 0;
  for (let k = keyIds.start[self]!; k < keyIds.end[self]!; k++) {
    count = visitWindow(self, selfRank, corpus.keyPostings[keyIds.ids[k]!], keyWidths[k]!, 0, scratch, stats, count);
  }
  // Sum over shared top terms of the product of the two weights: a truncated cosine.
  for (let t = topTerms.start[self]!; t < topTerms.end[self]!; t++) {
    const list = corpus.termPostings[topTerms.ids[t]!];
    count = visitWindow(self, selfRank, list, TERM_WINDOW, topWeights[t]!, scratch, stats, count);
  }
  const { preScore, metadata, penalty, textEstimate, touched } = scratch;
  for (let i = 0; i < count; i++) {
    const other = touched[i]!;
    metadata[other] = metadataScore(corpus, self, other);
    penalty[other] = timePenalty(corpus.time, self, other);
    preScore[other] = metadata[other] + TEXT_WEIGHT * textEstimate[other]! - penalty[other];
  }
  return count > MAX_CANDIDATES
    ? bestCandidates(touched, count, preScore, corpus.time)
    : Array.from(touched.subarray(0, count));
}

/**
 * The MAX_CANDIDATES best of the touched articles by pre-score, then the newer, then id order; in no
 * particular order (every later step orders its own results). The cut-off pre-score is found by
 * selection rather than sorting; only articles tied at it need the full order.
 */
function bestCandidates(touched: Int32Array, count: number, preScore: Float64Array, time: Float64Array): number[] {
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) scores[i] = preScore[touched[i]!]!;
  const cutoff = kthLargest(scores, MAX_CANDIDATES);
  const best: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < count; i++) {
    const other = touched[i]!;
    if (preScore[other]! > cutoff) best.push(other);
    else if (preScore[other] === cutoff) tied.push(other);
  }
  if (best.length + tied.length > MAX_CANDIDATES) tied.sort((a, b) => time[b]! - time[a]! || a - b);
  for (let i = 0; best.length < MAX_CANDIDATES; i++) best.push(tied[i]!);
  return best;
}

/** The k-th largest value (1-based) of `values`, which it reorders (Hoare's selection). */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

// ---------------------------------------------------------------------------------------------------
// Scores.
// ---------------------------------------------------------------------------------------------------

function timePenalty(time: Float64Array, self: number, other: number): number {
  return TIME_GAP_WEIGHT * Math.log1p(Math.abs(time[self]! - time[other]!) / DAY_MS);
}

/** 1 − Π(1 − rarity) over the keys two articles share: each extra shared key adds, never past 1. */
function sharedStrength(packed: Packed, self: number, other: number, rarities: Float64Array): number {
  const { start, end, ids } = packed;
  let miss = 1;
  let j = start[other]!;
  const otherEnd = end[other]!;
  for (let i = start[self]!; i < end[self]! && j < otherEnd; i++) {
    const id = ids[i]!;
    while (j < otherEnd && ids[j]! < id) j++;
    if (j < otherEnd && ids[j] === id) miss *= 1 - rarities[id]!;
  }
  return 1 - miss;
}

/** Ids two articles share, ascending (a handful of entries each). */
function sharedIds(packed: Packed, self: number, other: number): number[] {
  const { start, end, ids } = packed;
  const shared: number[] = [];
  let j = start[other]!;
  const otherEnd = end[other]!;
  for (let i = start[self]!; i < end[self]! && j < otherEnd; i++) {
    const id = ids[i]!;
    while (j < otherEnd && ids[j]! < id) j++;
    if (j < otherEnd && ids[j] === id) shared.push(id);
  }
  return shared;
}

function sharesAny(packed: Packed, self: number, other: number): boolean {
  const { start, end, ids } = packed;
  let j = start[other]!;
  const otherEnd = end[other]!;
  for (let i = start[self]!; i < end[self]! && j < otherEnd; i++) {
    const id = ids[i]!;
    while (j < otherEnd && ids[j]! < id) j++;
    if (j < otherEnd && ids[j] === id) return true;
  }
  return false;
}

function sameUnit(corpus: Corpus, self: number, other: number): boolean {
  return corpus.unit[self]! >= 0 && corpus.unit[self] === corpus.unit[other];
}

/** Everything but the text part and the time penalty: documents, province, district, topics. */
function metadataScore(corpus: Corpus, self: number, other: number): number {
  let score = DOCUMENT_WEIGHT * sharedStrength(corpus.documentIds, self, other, corpus.documentRarity);
  if (sameUnit(corpus, self, other)) {
    score += PROVINCE_UNIT_WEIGHT;
    if (corpus.province[self] === corpus.province[other]) score += SAME_OLD_PROVINCE_BONUS;
    if (corpus.district[self]! >= 0 && corpus.district[self] === corpus.district[other]) score += DISTRICT_WEIGHT;
  }
  return score + TOPIC_WEIGHT * sharedStrength(corpus.topicIds, self, other, corpus.topicRarity);
}

/** Writes (or clears) an article's vector into a dense array indexed by term id. */
function scatter(dense: Float64Array, corpus: Corpus, article: number, set: boolean): void {
  const { start, end, ids } = corpus.terms;
  for (let i = start[article]!; i < end[article]!; i++) dense[ids[i]!] = set ? corpus.weights[i]! : 0;
}

/**
 * Cosine with the article scattered in `dense` (both vectors are unit length). Four running sums let
 * the additions overlap (one sum waits on each addition before the next); this loop is most of the
 * scoring time.
 */
function cosine(dense: Float64Array, corpus: Corpus, other: number): number {
  const { start, end, ids } = corpus.terms;
  const { weights } = corpus;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const last = end[other]!;
  let i = start[other]!;
  for (; i + 3 < last; i += 4) {
    a += dense[ids[i]!]! * weights[i]!;
    b += dense[ids[i + 1]!]! * weights[i + 1]!;
    c += dense[ids[i + 2]!]! * weights[i + 2]!;
    d += dense[ids[i + 3]!]! * weights[i + 3]!;
  }
  for (; i < last; i++) a += dense[ids[i]!]! * weights[i]!;
  return a + b + (c + d);
}

/** Whether reasonsFor() would give at least one reason: a pair is shown only with one. */
function hasReason(corpus: Corpus, self: number, other: number, similarity: number): boolean {
  return (
    similarity >= TEXT_REASON_MIN_COSINE ||
    sameUnit(corpus, self, other) ||
    sharesAny(corpus.documentIds, self, other) ||
    sharesAny(corpus.topicIds, self, other)
  );
}

/** Labels of the shared keys, rarest first; labels come from `self`, the page the list is shown on. */
function sharedLabels(
  packed: Packed,
  self: number,
  other: number,
  labels: ReadonlyMap<string, string>,
  keys: readonly string[],
  rarities: Float64Array,
): string[] {
  const shared = sharedIds(packed, self, other).map((id) => ({
    id,
    label: labels.get(keys[id]!)!,
    rarity: rarities[id]!,
  }));
  if (shared.length > 1) {
    shared.sort((a, b) => b.rarity - a.rarity || compareVi(a.label, b.label) || compareIds(keys[a.id]!, keys[b.id]!));
  }
  return shared.map((s) => s.label);
}

function provinceReason(self: RelatedInput, other: RelatedInput): RelatedReason {
  if (self.provinceId === other.provinceId) return { kind: 'province', name: self.provinceName };
  return { kind: 'province', name: self.currentProvinceName };
}

/** Reasons strongest first: documents, province, topics, text. */
function reasonsFor(corpus: Corpus, self: number, other: number, similarity: number): RelatedReason[] {
  const reasons: RelatedReason[] = [];
  const { documentKeys, documentRarity, topicKeys, topicRarity } = corpus;
  const labels = corpus.documentLabels[self]!;
  for (const label of sharedLabels(corpus.documentIds, self, other, labels, documentKeys, documentRarity)) {
    reasons.push({ kind: 'document', label });
  }
  if (sameUnit(corpus, self, other)) reasons.push(provinceReason(corpus.items[self]!, corpus.items[other]!));
  for (const name of sharedLabels(corpus.topicIds, self, other, corpus.topicNames[self]!, topicKeys, topicRarity)) {
    reasons.push({ kind: 'topic', name });
  }
  if (similarity >= TEXT_REASON_MIN_COSINE) reasons.push({ kind: 'text' });
  return reasons;
}
