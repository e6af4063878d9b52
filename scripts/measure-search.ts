/**
 * Measures what search costs on a built copy of the site: the seed articles plus N generated ones
 * (scripts/generate-articles.ts).
 *
 *   npm run measure:search                     # the seed site only
 *   npm run measure:search -- --articles 1000  # plus 1,000 generated articles
 *   options: --seed S (generator seed, default 1), --reuse (measure the last build of that size again),
 *            --json FILE (also write the results as JSON), --repeat R (cold runs per query, default 3:
 *            bytes from the first, times are medians)
 *
 * Steps: copy the site to .test-sites/measure-<N>/ (test/helpers/site.ts), build it, read the
 * `[pagefind-index] indexed … pages in … ms` line, size dist/pagefind by part, then run each query cold
 * as the search page does (scripts/lib/cold-search.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createSite, PROJECT_ROOT } from '../test/helpers/site.ts';
import { generateArticles } from './generate-articles.ts';
import { runBuild, type BuildRun } from './lib/build-run.ts';
import { gzipSize, pagefindPart, QUERIES, searchPageShell, searchServer, type ColdSearch } from './lib/cold-search.ts';
import { argValue, kb, machine, machineLine, mb, table } from './lib/report.ts';

const args = process.argv.slice(2);
const count = Number(argValue(args, '--articles') ?? 0);
const seed = Number(argValue(args, '--seed') ?? 1);
const reuse = args.includes('--reuse');
const repeats = Number(argValue(args, '--repeat') ?? 3);
const jsonOut = argValue(args, '--json');
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || !(Number.isInteger(repeats) && repeats > 0)) {
  console.error('usage: npm run measure:search -- [--articles N] [--seed S] [--reuse] [--json FILE] [--repeat R]');
  process.exit(2);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const siteName = `measure-${count}`;
const site = join(PROJECT_ROOT, '.test-sites', siteName);
const dist = join(site, 'dist');
const report: string[] = [];
const print = (line = '') => {
  console.log(line);
  report.push(line);
};

type BuildFacts = Omit<BuildRun, 'output' | 'lines'> & {
  pagefindPages?: number;
  pagefindMs?: number;
  warnings: number;
};
let build: BuildFacts | undefined;
const buildInfo = join(site, 'build-info.json');
if (reuse && existsSync(join(dist, 'pagefind/pagefind-entry.json'))) {
  console.log(`reusing the last build in ${relative(PROJECT_ROOT, site)}`);
  if (existsSync(buildInfo)) build = JSON.parse(readFileSync(buildInfo, 'utf8')) as BuildFacts;
} else {
  const articles = Object.fromEntries(generateArticles(count, seed).map(({ path, content }) => [path, content]));
  createSite(siteName, { withSeedArticles: true, articles });
  console.log(`site copy with ${count} generated articles in ${relative(PROJECT_ROOT, site)}; building…`);
  const result = await runBuild(site);
  writeFileSync(join(site, 'build-output.log'), result.output);
  if (!result.ok) {
    console.error(result.output.split('\n').slice(-60).join('\n'));
    console.error(`build failed (full output: ${relative(PROJECT_ROOT, join(site, 'build-output.log'))})`);
    process.exit(1);
  }
  const line = result.output.match(/\[pagefind-index\] indexed (\d+) pages in (\d+) ms/);
  const warnings = result.output.split('\n').filter((l) => /\[(trích dẫn|văn bản)\]/.test(l)).length;
  const facts = { ok: result.ok, wallMs: result.wallMs, peakRssSum: result.peakRssSum, peakRssMax: result.peakRssMax };
  build = {
    ...facts,
    pagefindPages: line ? Number(line[1]) : undefined,
    pagefindMs: line ? Number(line[2]) : undefined,
    warnings,
  };
  writeFileSync(buildInfo, JSON.stringify({ ...build, builtAt: new Date().toISOString() }, null, 2));
}

// Sizes on disk.
const pagefindDir = join(dist, 'pagefind');
const parts = new Map<string, { files: number; bytes: number; gzip: number }>();
for (const file of walk(pagefindDir)) {
  const rel = relative(pagefindDir, file).split('\\').join('/');
  const size = statSync(file).size;
  const part = pagefindPart(rel);
  const entry = parts.get(part) ?? { files: 0, bytes: 0, gzip: 0 };
  entry.files++;
  entry.bytes += size;
  // Pagefind's data files and its wasm are gzip-compressed already; a host compresses the JS and JSON.
  entry.gzip += /\.(js|json|css)$/.test(rel) ? gzipSize(readFileSync(file)) : size;
  parts.set(part, entry);
}
const allHtml = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(pagefindDir));
const indexed = allHtml.filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));

print(
  `## ${count === 0 ? 'Seed site' : `Seed site + ${count.toLocaleString('en')} generated articles`} (seed ${seed})`,
);
print();
print(`Machine: ${machineLine()}.`);
print();
const buildRows: Array<[string, string]> = [
  ['HTML pages in dist / indexed (data-pagefind-body)', `${allHtml.length} / ${indexed.length}`],
  ['indexed HTML (as built, before the đ→ď copy)', `${mb(indexed.reduce((sum, f) => sum + statSync(f).size, 0))} MB`],
];
if (build) {
  buildRows.push(
    ['`astro build` wall time', `${(build.wallMs / 1000).toFixed(1)} s`],
    [
      '`[pagefind-index]` line',
      build.pagefindMs === undefined ? 'not found' : `indexed ${build.pagefindPages} pages in ${build.pagefindMs} ms`,
    ],
    [
      'peak memory, sum over the build’s processes / largest process',
      `${mb(build.peakRssSum)} / ${mb(build.peakRssMax)} MB`,
    ],
    ['build warnings (`[trích dẫn]` + `[văn bản]` lines)', String(build.warnings)],
  );
} else buildRows.push(['build', 'reused, no build-info.json (not timed)']);
print(table(['build', 'value'], buildRows));
print();

const order = [
  'index chunks',
  'fragments',
  'filter chunks',
  'pf_meta',
  'entry',
  'runtime (JS + wasm)',
  'bundled UIs (not used)',
  'other',
];
const sizeRows: Array<Array<string | number>> = order
  .filter((p) => parts.has(p))
  .map((p) => [p, parts.get(p)!.files, kb(parts.get(p)!.bytes), kb(parts.get(p)!.gzip)]);
const totals = [...parts.values()].reduce(
  (t, e) => ({ files: t.files + e.files, bytes: t.bytes + e.bytes, gzip: t.gzip + e.gzip }),
  { files: 0, bytes: 0, gzip: 0 },
);
sizeRows.push(['**whole dist/pagefind**', totals.files, `**${kb(totals.bytes)}**`, kb(totals.gzip)]);
print(table(['dist/pagefind part', 'files', 'KB on disk', 'KB served (JS/JSON gzipped)'], sizeRows));
print();

// Queries: bytes from the first cold run (they are the same in every run), times the median.
const searches = await searchServer(dist);
const results: Array<ColdSearch & { runsMs: number[] }> = [];
const variations: string[] = [];
try {
  for (const query of QUERIES) {
    const runs: ColdSearch[] = [];
    for (let i = 0; i < repeats; i++) runs.push(await searches.run(query));
    if (new Set(runs.map((r) => r.totalRaw)).size > 1)
      variations.push(`${query}: ${runs.map((r) => r.totalRaw).join(', ')} B`);
    results.push({ ...runs[0]!, coldMs: median(runs.map((r) => r.coldMs)), runsMs: runs.map((r) => r.coldMs) });
  }
} finally {
  await searches.close();
}

const partKb = (r: ColdSearch, part: string) =>
  r.served[part] ? `${kb(r.served[part].bytes)} (${r.served[part].files})` : '0';
print(
  `One cold query each, on a fresh Pagefind instance, as the search page runs it. KB (requests); time: median of ${repeats} cold runs in Node:`,
);
print();
print(
  table(
    [
      'query',
      'hits',
      'HTTP requests',
      'entry + pf_meta',
      'wasm',
      'filter chunks',
      'index chunks',
      'fragments',
      'van-ban.json',
      '**total raw**',
      '**total, JS/JSON gzipped**',
      'cold ms',
      'first result',
    ],
    results.map((r) => [
      `\`${r.query}\``,
      r.hits,
      r.requests,
      kb((r.served['entry']?.bytes ?? 0) + (r.served['pf_meta']?.bytes ?? 0)),
      partKb(r, 'runtime (JS + wasm)'),
      partKb(r, 'filter chunks'),
      partKb(r, 'index chunks'),
      partKb(r, 'fragments'),
      partKb(r, 'van-ban.json'),
      `**${kb(r.totalRaw)}**`,
      `**${kb(r.totalWire)}**`,
      r.coldMs.toFixed(0),
      r.firstUrl ? `\`${r.firstUrl.length > 60 ? `${r.firstUrl.slice(0, 57)}…` : r.firstUrl}\`` : '(none)',
    ]),
  ),
);
print();
const browserOnly = [...new Set(results.flatMap((r) => r.browserOnly))];
print(`Added from disk (a browser fetches them, Node does not): ${browserOnly.join(', ')}.`);
print(
  variations.length > 0
    ? `Bytes differed between cold runs: ${variations.join('; ')}`
    : `Bytes were identical in all ${repeats} cold runs of every query.`,
);
const missing = [...new Set(results.flatMap((r) => r.notFound))];
if (missing.length > 0) print(`Requests not answered with 200: ${missing.join(', ')}`);
const shell = searchPageShell(dist);
print(
  `Search page shell, not counted above: ${shell.files.join(' + ')} = ${kb(shell.raw)} KB raw, ${kb(shell.gzip)} KB gzipped.`,
);

const saved = jsonOut ?? join(site, 'measure-search.json');
writeFileSync(
  saved,
  JSON.stringify(
    {
      count,
      seed,
      repeats,
      machine: machine(),
      reused: reuse,
      build,
      parts: Object.fromEntries(parts),
      indexedPages: indexed.length,
      results,
      shell,
    },
    null,
    2,
  ),
);
writeFileSync(join(site, 'measure-search.md'), `${report.join('\n')}\n`);
console.log(`\nresults: ${relative(PROJECT_ROOT, saved)}, ${relative(PROJECT_ROOT, join(site, 'measure-search.md'))}`);
