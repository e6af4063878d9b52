/**
 * Pagefind's browser bundle, run in Node against a built site: the same index and the same query
 * wrapper (src/lib/search/vi-search.ts) the search page uses.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANKING_OPTIONS, type PagefindApi } from '../../src/lib/search/vi-search.ts';

export async function loadPagefind(dist: string, serverUrl: string): Promise<PagefindApi> {
  // The bundle has a .js name but is an ES module; Node needs an .mjs name to import it.
  const copy = join(mkdtempSync(join(tmpdir(), 'pagefind-node-')), 'pagefind.mjs');
  copyFileSync(join(dist, 'pagefind/pagefind.js'), copy);
  const pagefind = (await import(pathToFileURL(copy).href)) as PagefindApi;
  await pagefind.options({ basePath: `${serverUrl}/pagefind/`, baseUrl: '/', ...RANKING_OPTIONS });
  await pagefind.init();
  return pagefind;
}
