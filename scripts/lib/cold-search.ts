/**
 * What one search costs a reader who has nothing cached: dist/ is served on 127.0.0.1 behind a proxy
 * that counts the body bytes of every response, and each query runs on a fresh Pagefind instance (a
 * fresh copy of pagefind.js, imported anew) the way the search page (src/scripts/search-page.ts) runs
 * it: siteSearch (/tim-kiem/van-ban.json first when the query has a digit), then the first 10 results. Files a
 * browser loads that Node does not (pagefind.js, pagefind-worker.js) are added from disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DocumentIndexEntry } from '../../src/lib/search/document-query.ts';
import { siteSearch } from '../../src/lib/search/site-search.ts';
import { loadPagefind } from '../../test/helpers/pagefind-node.ts';
import { serveDirectory } from '../../test/helpers/static-server.ts';

/** Document numbers written the ways readers type them, each kind of registered document included. */
export const DOCUMENT_QUERIES = ['22-NQ/TW', 'nghị quyết 22', 'NQ22', 'chỉ thị 05', 'kl 21', 'cv 1014', 'hd 38'];
/** Common phrases, two typed without tone marks. */
export const PHRASE_QUERIES = ['sinh hoạt chi bộ', 'to chuc co so dang', 'dang vien'];
/** Document numbers, a province, a district, common phrases. */
export const QUERIES = [...DOCUMENT_QUERIES, 'Hậu Giang', 'Mường Khương', ...PHRASE_QUERIES];
const RESULTS_SHOWN = 10; // the search page's PAGE_SIZE

export const gzipSize = (data: Buffer) => gzipSync(data).length; // zlib default level (6)

/** Which part of the Pagefind bundle a file (path relative to dist/pagefind) belongs to. */
export function pagefindPart(rel: string): string {
  if (rel.startsWith('index/')) return 'index chunks';
  if (rel.startsWith('fragment/')) return 'fragments';
  if (rel.startsWith('filter/')) return 'filter chunks';
  if (rel.endsWith('.pf_meta')) return 'pf_meta';
  if (rel === 'pagefind-entry.json') return 'entry';
  if (rel === 'pagefind.js' || rel === 'pagefind-worker.js' || /^wasm\..*\.pagefind$/.test(rel))
    return 'runtime (JS + wasm)';
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(rel)) return 'bundled UIs (not used)';
  return 'other';
}

function servedPart(path: string): string {
  if (path === '/tim-kiem/van-ban.json') return 'van-ban.json';
  if (!path.startsWith('/pagefind/')) return `other (${path})`;
  return pagefindPart(path.slice('/pagefind/'.length));
}

interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (no content encoding: the static server sends files as they are). */
  bytes: number;
}

export interface ColdSearch {
  query: string;
  hits: number;
  firstUrl: string;
  requests: number;
  /** Bytes served over HTTP, by part. */
  served: Record<string, { files: number; bytes: number }>;
  /** Runtime files a browser loads that Node did not fetch. */
  browserOnly: string[];
  /** What a browser fetches: data files as they are (already gzip) and JS raw, or with JS/JSON gzipped by the host. */
  totalRaw: number;
  totalWire: number;
  /** Wall time in Node (main thread, loopback HTTP): from loading pagefind.js to the first results' data. */
  coldMs: number;
  notFound: string[];
}

export interface SearchServer {
  run(query: string): Promise<ColdSearch>;
  close(): Promise<void>;
}

/** Serves `dist` behind a counting proxy; run() measures one cold query at a time. */
export async function searchServer(dist: string): Promise<SearchServer> {
  const server = await serveDirectory(dist);
  const log: Served[] = [];
  const upstream = new URL(server.url);
  const proxy = createServer((req, res) => {
    const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        let bytes = 0;
        answer.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          res.write(chunk);
        });
        answer.on('end', () => {
          log.push({
            path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
            status: answer.statusCode ?? 0,
            bytes,
          });
          res.end();
        });
      },
    );
    forward.on('error', (error) => res.destroy(error));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  async function run(query: string): Promise<ColdSearch> {
    log.length = 0;
    const started = performance.now();
    const pagefind = await loadPagefind(dist, url);
    const { pages } = await siteSearch(pagefind, query, {}, async () =>
      fetch(`${url}/tim-kiem/van-ban.json`).then((r) => r.json() as Promise<DocumentIndexEntry[]>),
    );
    const hits = pages?.results ?? [];
    const shown = await Promise.all(hits.slice(0, RESULTS_SHOWN).map((hit) => hit.data()));
    const coldMs = performance.now() - started;
    const served: ColdSearch['served'] = {};
    for (const entry of log.filter((e) => e.status === 200)) {
      const part = servedPart(entry.path);
      served[part] ??= { files: 0, bytes: 0 };
      served[part].files++;
      served[part].bytes += entry.bytes;
    }
    const servedBytes = Object.values(served).reduce((sum, p) => sum + p.bytes, 0);
    // JSON answered over HTTP: a host would gzip it too.
    let jsonSaving = 0;
    for (const entry of log.filter((e) => e.status === 200 && e.path.endsWith('.json'))) {
      const file = join(dist, entry.path);
      if (existsSync(file)) jsonSaving += entry.bytes - Math.min(entry.bytes, gzipSize(readFileSync(file)));
    }
    const fetched = new Set(log.map((e) => e.path));
    const browserOnly = readdirSync(join(dist, 'pagefind'))
      .filter((f) => pagefindPart(f) === 'runtime (JS + wasm)' && !fetched.has(`/pagefind/${f}`))
      .sort();
    const fromDisk = browserOnly.map((f) => readFileSync(join(dist, 'pagefind', f)));
    return {
      query,
      hits: hits.length,
      firstUrl: shown[0]?.url ?? '',
      requests: log.length,
      served,
      browserOnly,
      totalRaw: servedBytes + fromDisk.reduce((sum, data) => sum + data.length, 0),
      // The wasm file is already gzip-compressed; the JS files are not.
      totalWire:
        servedBytes -
        jsonSaving +
        fromDisk.reduce((sum, data, i) => sum + (browserOnly[i]!.endsWith('.js') ? gzipSize(data) : data.length), 0),
      coldMs,
      notFound: log.filter((e) => e.status !== 200).map((e) => `${e.status} ${e.path}`),
    };
  }

  return {
    run,
    close: async () => {
      await new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      });
      await server.close();
    },
  };
}

/** The search page's own HTML, CSS and JS, raw and gzipped: the same for every query. */
export function searchPageShell(dist: string): { files: string[]; raw: number; gzip: number } {
  const page = join(dist, 'tim-kiem/index.html');
  const html = readFileSync(page, 'utf8');
  const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(\/[^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const files = [page, ...assets.map((a) => join(dist, a))].filter(existsSync);
  return {
    files: ['/tim-kiem/', ...assets],
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
    gzip: files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0),
  };
}
