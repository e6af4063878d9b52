/**
 * Pagefind's browser bundle, run in Node against a built site: the same index and the same query
 * wrapper (src/lib/search/vi-search.ts) the search page uses.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentIndexEntry } from '../../src/lib/search/document-query.ts';
import { siteSearch, type SiteSearchResult } from '../../src/lib/search/site-search.ts';
import { RANKING_OPTIONS, type PagefindApi, type SearchOptions } from '../../src/lib/search/vi-search.ts';
import { serveDirectory } from './static-server.ts';

export async function loadPagefind(dist: string, serverUrl: string): Promise<PagefindApi> {
  // The bundle has a .js name but is an ES module; Node needs an .mjs name to import it.
  const copy = join(mkdtempSync(join(tmpdir(), 'pagefind-node-')), 'pagefind.mjs');
  copyFileSync(join(dist, 'pagefind/pagefind.js'), copy);
  const pagefind = (await import(pathToFileURL(copy).href)) as PagefindApi;
  await pagefind.options({ basePath: `${serverUrl}/pagefind/`, baseUrl: '/', ...RANKING_OPTIONS });
  await pagefind.init();
  return pagefind;
}

export interface SiteSearcher {
  /** Where the site is served. */
  url: string;
  pagefind: PagefindApi;
  /** The site's /tim-kiem/van-ban.json. */
  documents: DocumentIndexEntry[];
  /** A search as the search page runs it (siteSearch). */
  search(query: string, options?: SearchOptions): Promise<SiteSearchResult>;
  close(): Promise<void>;
}

/** Serves a built site and searches it in Node the way its search page does. */
export async function searchBuiltSite(dist: string): Promise<SiteSearcher> {
  const documents = JSON.parse(readFileSync(join(dist, 'tim-kiem/van-ban.json'), 'utf8')) as DocumentIndexEntry[];
  const server = await serveDirectory(dist);
  const pagefind = await loadPagefind(dist, server.url);
  return {
    url: server.url,
    pagefind,
    documents,
    search: (query, options = {}) => siteSearch(pagefind, query, options, () => Promise.resolve(documents)),
    close: () => server.close(),
  };
}
