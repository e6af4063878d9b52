/**
 * One search as the search page runs it, also run by the tests and the benchmark in Node: a query with
 * a digit may be a document number, so the document list is read first; the documents it names are
 * shown above the results, and the pages are searched for their keyword (document-query.ts).
 */
import { documentSearch, type DocumentIndexEntry } from './document-query.ts';
import { viSearch, type PagefindApi, type SearchOptions, type ViSearchResult } from './vi-search.ts';

export interface SiteSearchResult {
  documents: DocumentIndexEntry[];
  pages: ViSearchResult | null;
}

export async function siteSearch(
  pagefind: PagefindApi,
  query: string,
  options: SearchOptions,
  loadDocuments: () => Promise<DocumentIndexEntry[]>,
): Promise<SiteSearchResult> {
  const { documents, term } = documentSearch(query, /\d/.test(query) ? await loadDocuments() : []);
  return { documents, pages: await viSearch(pagefind, term, options) };
}
