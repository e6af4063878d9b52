/**
 * Measures what search costs on a built copy of the site: the seed articles plus N generated ones
 * (scripts/generate-articles.ts).
 *
 *   npm run measure:search                     # the seed site only
 *   npm run measure:search -- --articles 1000  # plus 1,000 generated articles
 *   options: --seed S (generator seed, default 1), --reuse (measure the last build of that size again),
 *            --json FILE (also write the results as JSON), --repeat R (cold runs per query, default 3:
 *            bytes from the first, times are medians),
 *            --home-page-size H, --list-page-size K (in the throwaway copy only: articles per page
 *            instead of site.pageSize.home / .list; a workaround for route conflicts of large corpora,
 *            see docs/performance.md)
 *
 * Steps: copy the site to .test-sites/measure-<N>/ (test/helpers/site.ts), build it with Astro, read the
 * `[pagefind-index] indexed … pages in … ms` line, size dist/pagefind, then serve dist on 127.0.0.1 behind
 * a proxy that counts the body bytes of every response, and run each query of QUERIES on a fresh
 * Pagefind instance (a fresh copy of pagefind.js, imported anew: nothing cached) the way the search page
 * does it: load the filter counts, search with viSearch, fetch /tim-kiem/van-ban.json when the query
 * has a digit, and load the first 10 results. Files a browser fetches that Node does not (pagefind.js,
 * pagefind-worker.js, and the wasm if Node did not fetch it) are added from disk, raw and gzipped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { viSearch, type PagefindApi } from '../src/lib/vi-search.ts';
import { loadPagefind } from '../test/helpers/pagefind-node.ts';
import { createSite, PROJECT_ROOT } from '../test/helpers/site.ts';
import { serveDirectory } from '../test/helpers/static-server.ts';
import { generateArticles } from './generate-articles.ts';

const QUERIES = ['22-NQ/TW', 'nghị quyết 22', 'Hậu Giang', 'Mường Khương', 'sinh hoạt chi bộ', 'to chuc co so dang', 'dang vien'];
const RESULTS_SHOWN = 10; // the search page's PAGE_SIZE
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

// ---------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const args = process.argv.slice(2);
const count = Number(argValue(args, '--articles') ?? 0);
const seed = Number(argValue(args, '--seed') ?? 1);
const reuse = args.includes('--reuse');
const repeats = Number(argValue(args, '--repeat') ?? 3);
const jsonOut = argValue(args, '--json');
const optionalSize = (name: string) => (argValue(args, name) === undefined ? undefined : Number(argValue(args, name)));
const pageSizes = { home: optionalSize('--home-page-size'), list: optionalSize('--list-page-size') };
const badSize = Object.values(pageSizes).some((n) => n !== undefined && !(Number.isInteger(n) && n > 0));
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || badSize || !(Number.isInteger(repeats) && repeats > 0)) {
  console.error('usage: npm run measure:search -- [--articles N] [--seed S] [--reuse] [--json FILE] [--home-page-size H] [--list-page-size K] [--repeat R]');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------
// Formatting and files
// ---------------------------------------------------------------------------------------------------

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const gz = (data: Buffer) => gzipSync(data).length; // zlib default level (6)

function table(header: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** Which part of the Pagefind bundle a file (path relative to dist/pagefind) belongs to. */
function pagefindPart(rel: string): string {
  if (rel.startsWith('index/')) return 'index chunks';
  if (rel.startsWith('fragment/')) return 'fragments';
  if (rel.startsWith('filter/')) return 'filter chunks';
  if (rel.endsWith('.pf_meta')) return 'pf_meta';
  if (rel === 'pagefind-entry.json') return 'entry';
  if (rel === 'pagefind.js' || rel === 'pagefind-worker.js' || /^wasm\..*\.pagefind$/.test(rel)) return 'runtime (JS + wasm)';
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(rel)) return 'bundled UIs (not used)';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------
// Build, with wall time and the peak RSS of the process tree
// ---------------------------------------------------------------------------------------------------

/** Sum of VmRSS over a process and its descendants (Linux /proc), in bytes; 0 elsewhere. */
function treeRss(rootPid: number): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; p = parent.get(p), depth++) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // ended
    }
  }
  return total;
}

interface BuildResult {
  ok: boolean;
  output: string;
  wallMs: number;
  peakRss: number;
}

function buildSite(root: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', root], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    let peakRss = 0;
    const poll = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid ?? -1))), 200);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ok: code === 0, output, wallMs: performance.now() - started, peakRss });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// A proxy in front of the test static server that counts the bytes of every response
// ---------------------------------------------------------------------------------------------------

interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (no content encoding: the static server sends files as they are). */
  bytes: number;
}

async function countingProxy(target: string): Promise<{ url: string; log: Served[]; close(): Promise<void> }> {
  const log: Served[] = [];
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      let bytes = 0;
      answer.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        res.write(chunk);
      });
      answer.on('end', () => {
        log.push({ path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname), status: answer.statusCode ?? 0, bytes });
        res.end();
      });
    });
    forward.on('error', (error) => res.destroy(error));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// One cold query
// ---------------------------------------------------------------------------------------------------

interface QueryResult {
  query: string;
  hits: number;
  firstUrl: string;
  requests: number;
  /** Bytes served over HTTP, by part. */
  served: Record<string, { files: number; bytes: number }>;
  servedBytes: number;
  /** Served bytes by step: init() (loadPagefind), filters(), then the query and its results. */
  phases: { init: number; filters: number; query: number };
  phaseFiles: { init: string[]; filters: string[] };
  /** Files a browser loads that Node did not fetch: raw and gzip bytes. */
  browserOnly: { files: string[]; raw: number; gzip: number };
  /** Total a browser fetches: data files as they are (already gzip) + JS raw, or + JS gzipped by the host. */
  totalRaw: number;
  totalWire: number;
  coldMs: number;
  initMs: number;
  filtersMs: number;
  searchMs: number;
  resultsMs: number;
  warmMs: number;
  notFound: string[];
}

function servedPart(path: string): string {
  if (path === '/tim-kiem/van-ban.json') return 'van-ban.json';
  if (!path.startsWith('/pagefind/')) return `other (${path})`;
  return pagefindPart(path.slice('/pagefind/'.length));
}

async function searchAndShow(pagefind: PagefindApi, query: string): Promise<{ hits: number; firstUrl: string; searchMs: number; resultsMs: number }> {
  const t0 = performance.now();
  const result = await viSearch(pagefind, query);
  const t1 = performance.now();
  const hits = result?.results ?? [];
  const shown = await Promise.all(hits.slice(0, RESULTS_SHOWN).map((hit) => hit.data()));
  const t2 = performance.now();
  return { hits: hits.length, firstUrl: shown[0]?.url ?? '', searchMs: t1 - t0, resultsMs: t2 - t1 };
}

async function coldQuery(dist: string, proxy: { url: string; log: Served[] }, query: string): Promise<QueryResult> {
  proxy.log.length = 0;
  const t0 = performance.now();
  // Like the search page: load the bundle, then the filter counts (for the filter menus), then search.
  const pagefind = await loadPagefind(dist, proxy.url);
  const t1 = performance.now();
  const afterInit = proxy.log.length;
  await pagefind.filters();
  const t2 = performance.now();
  const afterFilters = proxy.log.length;
  const [shown] = await Promise.all([
    searchAndShow(pagefind, query),
    /\d/.test(query) ? fetch(`${proxy.url}/tim-kiem/van-ban.json`).then((r) => r.arrayBuffer()) : Promise.resolve(undefined),
  ]);
  const coldMs = performance.now() - t0;
  const log = [...proxy.log];
  const phaseBytes = (from: number, to: number) => log.slice(from, to).reduce((sum, e) => sum + e.bytes, 0);
  const phases = { init: phaseBytes(0, afterInit), filters: phaseBytes(afterInit, afterFilters), query: phaseBytes(afterFilters, log.length) };
  const phaseFiles = { init: log.slice(0, afterInit).map((e) => e.path), filters: log.slice(afterInit, afterFilters).map((e) => e.path) };

  // Warm: the same query again on the same instance (chunks and fragments already loaded).
  const warmStart = performance.now();
  await searchAndShow(pagefind, query);
  const warmMs = performance.now() - warmStart;

  const served: QueryResult['served'] = {};
  for (const entry of log.filter((e) => e.status === 200)) {
    const part = servedPart(entry.path);
    served[part] ??= { files: 0, bytes: 0 };
    served[part].files++;
    served[part].bytes += entry.bytes;
  }
  const browserOnly = browserOnlyFiles(dist, new Set(log.map((e) => e.path)));
  // JSON answered over HTTP: a host would gzip it too.
  let jsonSaving = 0;
  for (const entry of log.filter((e) => e.status === 200 && e.path.endsWith('.json'))) {
    const file = join(dist, entry.path);
    if (existsSync(file)) jsonSaving += entry.bytes - Math.min(entry.bytes, gz(readFileSync(file)));
  }
  const servedBytes = Object.values(served).reduce((sum, p) => sum + p.bytes, 0);
  return {
    query,
    hits: shown.hits,
    firstUrl: shown.firstUrl,
    requests: log.length,
    served,
    servedBytes,
    phases,
    phaseFiles,
    browserOnly,
    totalRaw: servedBytes + browserOnly.raw,
    totalWire: servedBytes - jsonSaving + browserOnly.gzip,
    coldMs,
    initMs: t1 - t0,
    filtersMs: t2 - t1,
    searchMs: shown.searchMs,
    resultsMs: shown.resultsMs,
    warmMs,
    notFound: log.filter((e) => e.status !== 200).map((e) => `${e.status} ${e.path}`),
  };
}

/** Files a browser loads that Node did not fetch, given the paths Node fetched: raw and gzip bytes. */
function browserOnlyFiles(dist: string, fetched: Set<string>): { files: string[]; raw: number; gzip: number } {
  const runtime = readdirSync(join(dist, 'pagefind')).filter((f) => pagefindPart(f) === 'runtime (JS + wasm)');
  const out = { files: [] as string[], raw: 0, gzip: 0 };
  for (const file of runtime.filter((f) => !fetched.has(`/pagefind/${f}`)).sort()) {
    const data = readFileSync(join(dist, 'pagefind', file));
    out.files.push(file);
    out.raw += data.length;
    out.gzip += file.endsWith('.js') ? gz(data) : data.length; // the wasm file is already gzip
  }
  return out;
}

interface ApiOnlyResult {
  query: string;
  requests: number;
  served: Record<string, { files: number; bytes: number }>;
  servedBytes: number;
  totalRaw: number;
  totalWire: number;
  coldMs: number;
  warmMs: number;
}

/** The same query on another fresh instance, without the search page's extras: viSearch and the first results only. */
async function apiOnlyQuery(dist: string, proxy: { url: string; log: Served[] }, query: string): Promise<ApiOnlyResult> {
  proxy.log.length = 0;
  const t0 = performance.now();
  const pagefind = await loadPagefind(dist, proxy.url);
  await searchAndShow(pagefind, query);
  const coldMs = performance.now() - t0;
  const log = [...proxy.log];
  const warmStart = performance.now();
  await searchAndShow(pagefind, query);
  const warmMs = performance.now() - warmStart;
  const served: ApiOnlyResult['served'] = {};
  for (const entry of log.filter((e) => e.status === 200)) {
    const part = servedPart(entry.path);
    served[part] ??= { files: 0, bytes: 0 };
    served[part].files++;
    served[part].bytes += entry.bytes;
  }
  const servedBytes = Object.values(served).reduce((sum, p) => sum + p.bytes, 0);
  const browserOnly = browserOnlyFiles(dist, new Set(log.map((e) => e.path)));
  const entryJson = log.find((e) => e.path === '/pagefind/pagefind-entry.json');
  const jsonSaving = entryJson ? entryJson.bytes - Math.min(entryJson.bytes, gz(readFileSync(join(dist, entryJson.path)))) : 0;
  return { query, requests: log.length, served, servedBytes, totalRaw: servedBytes + browserOnly.raw, totalWire: servedBytes - jsonSaving + browserOnly.gzip, coldMs, warmMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianOf<T, K extends keyof T>(runs: T[], keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] as number))])) as Pick<T, K>;
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

const siteName = `measure-${count}`;
const site = join(PROJECT_ROOT, '.test-sites', siteName);
const dist = join(site, 'dist');
const report: string[] = [];
const print = (line = '') => {
  console.log(line);
  report.push(line);
};

const machine = {
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  node: process.version,
  astro: packageVersion('astro'),
  pagefind: packageVersion('pagefind'),
};

let build: (BuildResult & { pagefindPages?: number; pagefindMs?: number; warnings: number }) | undefined;
const buildInfo = join(site, 'build-info.json');
if (reuse && existsSync(join(dist, 'pagefind/pagefind-entry.json'))) {
  console.log(`reusing the last build in ${relative(PROJECT_ROOT, site)}`);
  if (existsSync(buildInfo)) build = { ...(JSON.parse(readFileSync(buildInfo, 'utf8')) as NonNullable<typeof build>), output: '' };
} else {
  const generated = generateArticles(count, seed);
  const articles: Record<string, string> = {};
  for (const { path, content } of generated) articles[path] = content;
  const t0 = performance.now();
  createSite(siteName, { withSeedArticles: true, articles });
  // Only in the copy, and only list pages (home, archives, provinces, topics, documents), which are not indexed.
  for (const [key, size] of Object.entries(pageSizes)) {
    if (size === undefined) continue;
    const config = join(site, 'src/site.config.ts');
    const text = readFileSync(config, 'utf8');
    const changed = text.replace(new RegExp(`(pageSize:\\s*\\{[^}]*\\b${key}:\\s*)\\d+`), `$1${size}`);
    if (changed === text) throw new Error(`--${key}-page-size: no pageSize.${key} number found in ${config}`);
    writeFileSync(config, changed);
  }
  const prepareMs = performance.now() - t0;
  console.log(`site copy with ${count} generated articles in ${relative(PROJECT_ROOT, site)} (${Math.round(prepareMs)} ms); building…`);
  const result = await buildSite(site);
  writeFileSync(join(site, 'build-output.log'), result.output);
  if (!result.ok) {
    console.error(result.output.split('\n').slice(-60).join('\n'));
    console.error(`build failed (full output: ${relative(PROJECT_ROOT, join(site, 'build-output.log'))})`);
    if (result.output.includes('PrerenderRouteConflict')) {
      console.error('A paginated list collides with another route (see docs/performance.md); to measure search anyway, retry with larger pages in the copy: --home-page-size 50 --list-page-size 100');
    }
    process.exit(1);
  }
  const line = result.output.match(/\[pagefind-index\] indexed (\d+) pages in (\d+) ms/);
  const warnings = result.output.split('\n').filter((l) => /\[(trích dẫn|văn bản)\]/.test(l)).length;
  build = { ...result, pagefindPages: line ? Number(line[1]) : undefined, pagefindMs: line ? Number(line[2]) : undefined, warnings };
  writeFileSync(buildInfo, JSON.stringify({ ...build, output: undefined, builtAt: new Date().toISOString() }, null, 2));
}

// Sizes on disk.
const pagefindDir = join(dist, 'pagefind');
const parts = new Map<string, { files: number; bytes: number; gzip: number }>();
let allocated = 0;
for (const file of walk(pagefindDir)) {
  const rel = relative(pagefindDir, file).split('\\').join('/');
  const stat = statSync(file);
  allocated += stat.blocks * 512;
  const part = pagefindPart(rel);
  const entry = parts.get(part) ?? { files: 0, bytes: 0, gzip: 0 };
  entry.files++;
  entry.bytes += stat.size;
  if (part === 'runtime (JS + wasm)' || part === 'bundled UIs (not used)' || part === 'entry') {
    entry.gzip += rel.endsWith('.pagefind') ? stat.size : gz(readFileSync(file));
  } else entry.gzip += stat.size;
  parts.set(part, entry);
}
const indexed = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(pagefindDir) && readFileSync(f, 'utf8').includes('data-pagefind-body'));
const indexedHtml = indexed.reduce((sum, f) => sum + statSync(f).size, 0);
const allHtml = walk(dist).filter((f) => f.endsWith('.html'));

print(`## ${count === 0 ? 'Seed site' : `Seed site + ${count.toLocaleString('en')} generated articles`} (seed ${seed})`);
print();
const modified = Object.entries(pageSizes).filter(([, size]) => size !== undefined);
if (modified.length > 0) {
  const what = modified.map(([key, size]) => `\`site.pageSize.${key}\` = ${size} (\`--${key}-page-size ${size}\`)`).join(', ');
  print(`**Modified copy:** ${what} in the throwaway copy's src/site.config.ts; list pages are not indexed.`);
  print();
}
print(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}.`);
print();
const buildRows: Array<[string, string]> = [
  ['HTML pages in dist / indexed (data-pagefind-body)', `${allHtml.length} / ${indexed.length}`],
  ['indexed HTML (as built, before the đ→ď copy)', `${mb(indexedHtml)} MB`],
];
if (build) {
  buildRows.push(
    ['`astro build` wall time', `${(build.wallMs / 1000).toFixed(1)} s`],
    ['`[pagefind-index]` line', build.pagefindMs === undefined ? 'not found' : `indexed ${build.pagefindPages} pages in ${build.pagefindMs} ms`],
    ['peak RSS of the build process tree (sampled every 0.2 s)', `${mb(build.peakRss)} MB`],
    ['build warnings (`[trích dẫn]` + `[văn bản]` lines)', String(build.warnings)],
  );
} else buildRows.push(['build', 'reused, no build-info.json (not timed)']);
print(table(['build', 'value'], buildRows));
print();

const order = ['index chunks', 'fragments', 'filter chunks', 'pf_meta', 'entry', 'runtime (JS + wasm)', 'bundled UIs (not used)', 'other'];
const sizeRows = order
  .filter((p) => parts.has(p))
  .map((p) => {
    const e = parts.get(p)!;
    return [p, e.files, kb(e.bytes), kb(e.gzip)];
  });
const totals = [...parts.values()].reduce((t, e) => ({ files: t.files + e.files, bytes: t.bytes + e.bytes, gzip: t.gzip + e.gzip }), { files: 0, bytes: 0, gzip: 0 });
sizeRows.push(['**whole dist/pagefind**', totals.files, `**${kb(totals.bytes)}**`, kb(totals.gzip)]);
print(`Index on disk: ${mb(totals.bytes)} MB in ${totals.files} files (file sizes; ${mb(allocated)} MB allocated in blocks).`);
print();
print(table(['dist/pagefind part', 'files', 'KB on disk', 'KB served (JS/JSON gzipped)'], sizeRows));
print();

// Queries.
const server = await serveDirectory(dist);
const proxy = await countingProxy(server.url);
const results: QueryResult[] = [];
const apiOnly: ApiOnlyResult[] = [];
const byteVariation: string[] = [];
try {
  for (const query of QUERIES) {
    const runs: QueryResult[] = [];
    for (let i = 0; i < repeats; i++) runs.push(await coldQuery(dist, proxy, query));
    byteVariation.push(...new Set(runs.map((r) => r.servedBytes)).size > 1 ? [`${query} (search page): ${runs.map((r) => r.servedBytes).join(', ')} B`] : []);
    results.push({ ...runs[0]!, ...medianOf(runs, ['coldMs', 'initMs', 'filtersMs', 'searchMs', 'resultsMs', 'warmMs']) });
  }
  for (const query of QUERIES) {
    const runs: ApiOnlyResult[] = [];
    for (let i = 0; i < repeats; i++) runs.push(await apiOnlyQuery(dist, proxy, query));
    byteVariation.push(...new Set(runs.map((r) => r.servedBytes)).size > 1 ? [`${query} (API only): ${runs.map((r) => r.servedBytes).join(', ')} B`] : []);
    apiOnly.push({ ...runs[0]!, ...medianOf(runs, ['coldMs', 'warmMs']) });
  }
} finally {
  await proxy.close();
  await server.close();
}

const partKb = (r: QueryResult, part: string) => {
  const p = r.served[part];
  return p ? `${kb(p.bytes)} (${p.files})` : '0';
};
print(`One cold query each, fresh Pagefind instance, as the search page does it (filter counts, viSearch, first ${RESULTS_SHOWN} results). KB (requests):`);
print();
print(
  table(
    ['query', 'hits', 'HTTP requests', 'entry + pf_meta', 'wasm', 'filter chunks', 'index chunks', 'fragments', 'van-ban.json', 'pagefind.js + worker (raw / gzip)', 'served: before the search / for the query', '**total raw**', '**total, JS/JSON gzipped**'],
    results.map((r) => {
      const entryMeta = (r.served['entry']?.bytes ?? 0) + (r.served['pf_meta']?.bytes ?? 0);
      const wasmServed = r.served['runtime (JS + wasm)'];
      const wasmFromDisk = r.browserOnly.files.filter((f) => f.endsWith('.pagefind'));
      const jsFiles = r.browserOnly.files.filter((f) => f.endsWith('.js'));
      const jsRaw = jsFiles.reduce((s, f) => s + statSync(join(pagefindDir, f)).size, 0);
      const jsGzip = jsFiles.reduce((s, f) => s + gz(readFileSync(join(pagefindDir, f))), 0);
      const wasm = wasmServed ? kb(wasmServed.bytes) : `${kb(wasmFromDisk.reduce((s, f) => s + statSync(join(pagefindDir, f)).size, 0))} (disk)`;
      return [
        `\`${r.query}\``,
        r.hits,
        r.requests,
        kb(entryMeta),
        wasm,
        partKb(r, 'filter chunks'),
        partKb(r, 'index chunks'),
        partKb(r, 'fragments'),
        partKb(r, 'van-ban.json'),
        `${kb(jsRaw)} / ${kb(jsGzip)}`,
        `${kb(r.phases.init + r.phases.filters)} / ${kb(r.phases.query)}`,
        `**${kb(r.totalRaw)}**`,
        `**${kb(r.totalWire)}**`,
      ];
    }),
  ),
);
print();
print(`The same queries with the JS API only (fresh instance, viSearch + first ${RESULTS_SHOWN} results; no filters() call, no van-ban.json), KB (requests):`);
print();
print(
  table(
    ['query', 'HTTP requests', 'entry + pf_meta', 'wasm', 'filter chunks', 'index chunks', 'fragments', '**total raw**', '**total, JS/JSON gzipped**', 'cold ms', 'warm ms'],
    apiOnly.map((r) => {
      const part = (name: string) => (r.served[name] ? `${kb(r.served[name].bytes)} (${r.served[name].files})` : '0');
      return [
        `\`${r.query}\``,
        r.requests,
        kb((r.served['entry']?.bytes ?? 0) + (r.served['pf_meta']?.bytes ?? 0)),
        r.served['runtime (JS + wasm)'] ? kb(r.served['runtime (JS + wasm)'].bytes) : '(disk)',
        part('filter chunks'),
        part('index chunks'),
        part('fragments'),
        `**${kb(r.totalRaw)}**`,
        `**${kb(r.totalWire)}**`,
        r.coldMs.toFixed(0),
        r.warmMs.toFixed(1),
      ];
    }),
  ),
);
print();
print(`Query time in Node 24 (main thread, no Worker; loopback HTTP), ms, search-page flow; medians of ${repeats} cold runs, each on a fresh instance:`);
print();
print(
  table(
    ['query', 'cold total', 'import + init()', 'filters() (loads entry, pf_meta, wasm, filters)', 'viSearch', `data() ×${RESULTS_SHOWN}`, 'warm (same query again)', 'first result'],
    results.map((r) => [
      `\`${r.query}\``,
      r.coldMs.toFixed(0),
      r.initMs.toFixed(0),
      r.filtersMs.toFixed(0),
      r.searchMs.toFixed(0),
      r.resultsMs.toFixed(0),
      r.warmMs.toFixed(1),
      r.firstUrl ? `\`${r.firstUrl.length > 60 ? `${r.firstUrl.slice(0, 57)}…` : r.firstUrl}\`` : '(none)',
    ]),
  ),
);
if (byteVariation.length > 0) {
  print();
  print(`Bytes differed between repeated cold runs: ${byteVariation.join('; ')}`);
} else {
  print();
  print(`Bytes were identical in all ${repeats} cold runs of every query.`);
}
const missing = results.flatMap((r) => r.notFound);
if (missing.length > 0) {
  print();
  print(`Requests not answered with 200: ${[...new Set(missing)].join(', ')}`);
}

// The search page itself, for context (not counted above: it is the same whatever the query).
const searchHtml = join(dist, 'tim-kiem/index.html');
if (existsSync(searchHtml)) {
  const html = readFileSync(searchHtml, 'utf8');
  const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const files = [searchHtml, ...assets.map((a) => join(dist, a))].filter(existsSync);
  const raw = files.reduce((s, f) => s + statSync(f).size, 0);
  const zipped = files.reduce((s, f) => s + gz(readFileSync(f)), 0);
  print();
  print(`Search page shell, not counted above: /tim-kiem/ HTML + ${assets.map((a) => basename(a)).join(' + ')} = ${kb(raw)} KB raw, ${kb(zipped)} KB gzipped.`);
}

const saved = jsonOut ?? join(site, 'measure-search.json');
writeFileSync(saved, JSON.stringify({ count, seed, pageSizes, repeats, machine, reused: reuse, build: build && { ...build, output: undefined }, parts: Object.fromEntries(parts), allocated, indexedPages: indexed.length, indexedHtml, results, apiOnly }, null, 2));
writeFileSync(join(site, 'measure-search.md'), `${report.join('\n')}\n`);
console.log(`\nresults: ${relative(PROJECT_ROOT, saved)}, ${relative(PROJECT_ROOT, join(site, 'measure-search.md'))}`);
