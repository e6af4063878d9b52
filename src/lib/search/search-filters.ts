/**
 * The search filters of an article (what its page gives Pagefind as `data-pagefind-filter`) and the
 * choices of the search page's filter menus, counted over all articles at build time. The menus are
 * written into the page so that the browser does not load Pagefind's filter index to fill them: at
 * 10,000 articles that index is about 100 KB, and loading it also slows every later search.
 */
import { documentFilterValue, type CitedDocument } from '../documents/document-registry.ts';
import { compareVi } from '../text/vi-text.ts';
import { vnParts } from '../dates/vn-date.ts';

export const FILTER_KEYS = ['province', 'document', 'kind', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface FilterSource {
  provinceName: string;
  date: Date;
  documents: readonly CitedDocument[];
}

/** The filter values of one article, as [key, value] pairs. */
export function articleFilters(article: FilterSource): Array<[FilterKey, string]> {
  return [
    ['province', article.provinceName],
    ['year', String(vnParts(article.date).year)],
    ...article.documents.map((doc): [FilterKey, string] => ['document', documentFilterValue(doc)]),
    ...[...new Set(article.documents.map((doc) => doc.kindLabel))].map((kind): [FilterKey, string] => ['kind', kind]),
  ];
}

export interface FilterChoice {
  value: string;
  /** Articles with this value. */
  count: number;
}

/** Every value of every filter with its number of articles: years newest first, the rest in Vietnamese order. */
export function filterChoices(articles: readonly FilterSource[]): Record<FilterKey, FilterChoice[]> {
  const counts = new Map<FilterKey, Map<string, number>>(FILTER_KEYS.map((key) => [key, new Map()]));
  for (const article of articles) {
    // An article counts once per value, as in Pagefind's own filter counts.
    for (const [key, value] of new Map(
      articleFilters(article).map(([k, v]) => [`${k}\n${v}`, [k, v] as const]),
    ).values()) {
      const values = counts.get(key)!;
      values.set(value, (values.get(value) ?? 0) + 1);
    }
  }
  const choices = (key: FilterKey) => {
    const order = key === 'year' ? (a: string, b: string) => b.localeCompare(a) : compareVi;
    return [...counts.get(key)!].sort(([a], [b]) => order(a, b)).map(([value, count]) => ({ value, count }));
  };
  return { province: choices('province'), document: choices('document'), kind: choices('kind'), year: choices('year') };
}
