/**
 * Vietnamese search over Pagefind's JS API, used by the search page and by the tests in Node.
 * Queries are normalised (NFC, đ→ď, hyphenated syllables split); when a query has several words,
 * pages where they stand together as a phrase come first, because Pagefind itself ranks words
 * without regard to their order or adjacency; results are mapped back to real text (ď→đ).
 */
import { toDisplayText, toIndexQuery } from './search-text.ts';
import { fold } from '../text/vi-text.ts';

export interface PagefindFragment {
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

export interface PagefindHit {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindHit[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the index metadata and the search engine (wasm); the first search does it otherwise. */
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** The keyword field of document numbers must outweigh ordinary words (see search-keywords.ts). */
export const RANKING_OPTIONS = { ranking: { metaWeights: { kw: 10 } } };

// Quoted (phrase) search is cheap for a few thousand hits and slow for all pages of a large site.
const PHRASE_SEARCH_LIMIT = 2000;

/** Number of runs of at least `length` consecutive word positions: how often the phrase occurs. */
export function countRuns(positions: readonly number[], length: number): number {
  if (length <= 1) return positions.length;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let runs = 0;
  let current = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]! + 1) {
      current++;
      continue;
    }
    if (current >= length) runs++;
    current = 1;
  }
  return runs;
}

function displayFragment(fragment: PagefindFragment): PagefindFragment {
  const optional = (text: string | undefined) => (text === undefined ? undefined : toDisplayText(text));
  return {
    ...fragment,
    excerpt: toDisplayText(fragment.excerpt),
    plain_excerpt: optional(fragment.plain_excerpt),
    content: optional(fragment.content),
    meta: Object.fromEntries(Object.entries(fragment.meta).map(([key, value]) => [key, toDisplayText(value)])),
    sub_results: fragment.sub_results?.map((sub) => ({
      ...sub,
      title: toDisplayText(sub.title),
      excerpt: toDisplayText(sub.excerpt),
    })),
  };
}

/** Words as Pagefind keys them: folded, each word whole without punctuation and in its parts (`22-NQ/TW` → `22nqtw`, `22`, `nq`, `tw`). */
function indexWords(text: string): string[] {
  return fold(text)
    .split(/\s+/)
    .flatMap((word) => [word.replace(/[^a-z0-9]/g, ''), ...word.split(/[^a-z0-9]+/)])
    .filter(Boolean);
}

/**
 * Whether every query word starts some word of the page. When no indexed word starts with a query
 * word, Pagefind falls back to an indexed word that is a prefix of it (`xyzqua` → `x`, from "khóa X"),
 * depending on which index chunks earlier searches loaded: such results match nothing the reader typed.
 */
async function matchesEveryWord(hit: PagefindHit, query: string): Promise<boolean> {
  const fragment = await hit.data();
  const pageWords = indexWords([fragment.content ?? '', ...Object.values(fragment.meta)].join(' '));
  return indexWords(query).every((word) => pageWords.some((pageWord) => pageWord.startsWith(word)));
}

function forDisplay(hit: PagefindHit, score = hit.score): PagefindHit {
  return { ...hit, score, data: async () => displayFragment(await hit.data()) };
}

export interface ViSearchResult {
  /** The query as sent to the index. */
  query: string;
  results: PagefindHit[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/**
 * Searches with Vietnamese normalisation and phrase-first ranking. An empty query with filters lists
 * the filtered pages (newest first unless another sort is given).
 */
export async function viSearch(
  pagefind: PagefindApi,
  input: string,
  options: SearchOptions = {},
): Promise<ViSearchResult | null> {
  const query = toIndexQuery(input);
  const hasFilters = Object.keys(options.filters ?? {}).length > 0;
  if (query === '' && !hasFilters) return null;
  const sort = query === '' ? (options.sort ?? { date: 'desc' }) : options.sort;
  const response = await pagefind.search(query === '' ? null : query, { ...options, sort });
  if (!response) return null;
  const base = { query, filters: response.filters, totalFilters: response.totalFilters };
  // Every result contains every matched word, so the first one tells whether a word fell back.
  const first = response.results[0];
  if (query !== '' && first && !(await matchesEveryWord(first, query))) return { ...base, results: [] };
  const wordCount = query.split(' ').length;
  if (wordCount < 2 || sort) return { ...base, results: response.results.map((hit) => forDisplay(hit)) };

  const phraseHits =
    response.results.length <= PHRASE_SEARCH_LIMIT
      ? new Set((await pagefind.search(`"${query}"`, options))?.results.map((hit) => hit.id) ?? [])
      : new Set(
          response.results
            .filter((hit) => countRuns(hit.words, wordCount) > 0 || hit.matchedMetaFields?.includes('kw'))
            .map((hit) => hit.id),
        );
  const head = response.results
    .filter((hit) => phraseHits.has(hit.id))
    .map((hit) => forDisplay(hit, hit.score * (1 + Math.log1p(countRuns(hit.words, wordCount)))))
    .sort((a, b) => b.score - a.score);
  const tail = response.results.filter((hit) => !phraseHits.has(hit.id)).map((hit) => forDisplay(hit));
  return { ...base, results: [...head, ...tail] };
}
