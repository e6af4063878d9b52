/**
 * Builds the site from N generated articles and compares it with a plain Astro build of the same
 * Markdown, then measures a rebuild after one edit and what a cold search costs.
 *
 *   npm run bench -- --articles 1000 [--seed S] [--corpus ../shared/corpus/vi-news] [--cold-only]
 *
 * With --corpus the articles are real news text read from that folder (generateArticles' sibling
 * corpusArticles; the folder is read, never copied into the repository); without the folder the
 * benchmark says so and uses the generated articles. Its sites are .test-sites/bench-corpus-<N>/ and
 * .test-sites/bench-baseline-corpus-<N>/.
 *
 * The articles (scripts/generate-articles.ts, deterministic) are written to a temporary folder and
 * copied, with the seed articles, into two throwaway projects: .test-sites/bench-<N>/ (a copy of this
 * site) and .test-sites/bench-baseline-<N>/ (scripts/lib/baseline-site.ts). Each is built cold with
 * the project's Node (the site with `npm run build`, its social-card cache empty); then one article of
 * the site is edited and the site built again, and once more with `--force` (nothing reused, cards
 * cached), whose output must equal the rebuild's byte for byte (--cold-only leaves these two out). A
 * table of the targets ends the report. Phase times
 * come from the build output: content sync and page rendering from Astro's own lines, the others from
 * the site's `[corpus]`, `[social-cards]` and `[pagefind-index]` lines. Cold searches are measured in
 * Node (bytes; scripts/lib/cold-search.ts) and, when Chromium is installed, timed in the browser from
 * the last keystroke to the results on screen. The table is printed as Markdown and written, with the
 * raw numbers, to .test-sites/bench-<N>/bench.{md,json}; the build outputs are kept beside them
 * (build-cold.log, build-rebuild.log; the baseline's build.log).
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_MISSING, launchChromium } from '../test/helpers/chromium.ts';
import { differingFiles, fileDigests } from '../test/helpers/dist.ts';
import { createSite, PROJECT_ROOT } from '../test/helpers/site.ts';
import { serveDirectory } from '../test/helpers/static-server.ts';
import { corpusArticles, generateArticles, isCorpusFolder } from './generate-articles.ts';
import { astroHeapMb } from './lib/astro-heap.ts';
import { createBaselineSite } from './lib/baseline-site.ts';
import { runBuild, type BuildRun, type TimedLine } from './lib/build-run.ts';
import {
  DOCUMENT_QUERIES,
  PHRASE_QUERIES,
  QUERIES,
  searchPageShell,
  searchServer,
  type ColdSearch,
} from './lib/cold-search.ts';
import { argValue, kb, machine, machineLine, mb, seconds, table } from './lib/report.ts';

const args = process.argv.slice(2);
const count = Number(argValue(args, '--articles'));
const seed = Number(argValue(args, '--seed') ?? 1);
const corpusArg = argValue(args, '--corpus');
// At 50,000 articles the rebuild and the second cold build take another half hour on 2 cores.
const coldOnly = args.includes('--cold-only');
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || corpusArg === '') {
  console.error('usage: npm run bench -- --articles N [--seed S] [--corpus DIR] [--cold-only]');
  process.exit(2);
}
let corpusDir = corpusArg === undefined ? undefined : resolve(corpusArg);
if (corpusDir && !isCorpusFolder(corpusDir)) {
  console.log(`No news corpus at ${corpusDir} (no baomoi/ or dantri/ folder): using the generated articles.`);
  corpusDir = undefined;
}
const kind = corpusDir ? `articles of real text from ${corpusArg}` : 'generated articles';
const command = `npm run bench -- --articles ${count}${corpusDir ? ` --corpus ${corpusArg}` : ''}${coldOnly ? ' --cold-only' : ''}`;

// ---------------------------------------------------------------------------------------------------
// Reading the build output
// ---------------------------------------------------------------------------------------------------

interface Phases {
  contentSync?: number;
  pageRendering?: number;
  relatedArticles?: number;
  socialCards?: number;
  searchIndex?: number;
}

const find = (lines: TimedLine[], pattern: RegExp, from = 0) =>
  lines.findIndex((l, i) => i >= from && pattern.test(l.text));

/** `261ms`, `1.43s`, `2m 5s` as printed by Astro → milliseconds. */
function printedMs(text: string): number | undefined {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
}

function phasesOf(lines: TimedLine[]): Phases {
  const phases: Phases = {};
  const syncing = find(lines, /\[content\] Syncing content/);
  const synced = find(lines, /\[content\] Synced content/, syncing);
  if (syncing >= 0 && synced >= 0) phases.contentSync = lines[synced]!.ms - lines[syncing]!.ms;
  // Astro ends the "generating static routes" block with its own "✓ Completed in …" line.
  const routes = find(lines, /generating static routes/);
  const done = routes >= 0 ? find(lines, /^\S*\s*✓ Completed in /, routes) : -1;
  if (done >= 0) phases.pageRendering = printedMs(lines[done]!.text.split('Completed in')[1]!);
  const corpus = lines.find((l) => l.text.includes('[corpus]'))?.text.match(/related articles: (\d+) ms/);
  if (corpus) phases.relatedArticles = Number(corpus[1]);
  const cards = lines.find((l) => l.text.includes('[social-cards]'));
  if (cards) phases.socialCards = printedMs(cards.text.slice(cards.text.indexOf('[social-cards]')));
  const index = lines.find((l) => l.text.includes('[pagefind-index]'))?.text.match(/in (\d+) ms/);
  if (index) phases.searchIndex = Number(index[1]);
  return phases;
}

function distSize(dist: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

function mustSucceed(run: BuildRun, dir: string, name: string): void {
  writeFileSync(join(dir, `${name}.log`), run.output);
  if (run.ok) return;
  console.error(run.output.split('\n').slice(-40).join('\n'));
  console.error(`build failed in ${relative(PROJECT_ROOT, dir)} (see ${name}.log there)`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// Search timed in Chromium: from the last keystroke to the results on screen
// ---------------------------------------------------------------------------------------------------

/** Runs in the page before its scripts: notes when the reader last typed and when results (or "none found") were shown. */
function recordTimes(): void {
  const w = window as unknown as { __lastKey: number; __shown: number };
  w.__lastKey = 0;
  w.__shown = 0;
  document.addEventListener('input', () => (w.__lastKey = performance.now()), true);
  new MutationObserver(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    const listed = /^\d+ kết quả/.test(status) && document.querySelector('[data-results] li');
    if (listed || status.startsWith('Không tìm thấy')) w.__shown = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function timeInBrowser(dist: string): Promise<Map<string, number> | undefined> {
  const browser = await launchChromium();
  if (!browser) {
    console.warn(`Search timing in a browser left out. ${CHROMIUM_MISSING ?? ''}`);
    return undefined;
  }
  const server = await serveDirectory(dist); // Cache-Control: no-store, so every page load is cold
  const times = new Map<string, number>();
  try {
    await browser.context.addInitScript(recordTimes);
    for (const query of QUERIES) {
      const page: Page = await browser.context.newPage();
      await page.goto(`${server.url}/tim-kiem/`);
      await page.locator('#q').click();
      // About 10 characters a second, a brisk typist.
      await page.keyboard.type(query, { delay: 100 });
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __lastKey: number; __shown: number };
          return w.__shown > w.__lastKey;
        },
        undefined,
        { timeout: 60_000 },
      );
      times.set(
        query,
        await page.evaluate(() => {
          const w = window as unknown as { __lastKey: number; __shown: number };
          return w.__shown - w.__lastKey;
        }),
      );
      await page.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  return times;
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

const started = performance.now();
const siteName = `bench-${corpusDir ? 'corpus-' : ''}${count}`;
const articlesTmp = mkdtempSync(join(tmpdir(), `bench-articles-${count}-`));
const generated = corpusDir ? corpusArticles(corpusDir, count, seed) : generateArticles(count, seed);
for (const { path, content } of generated) {
  mkdirSync(dirname(join(articlesTmp, path)), { recursive: true });
  writeFileSync(join(articlesTmp, path), content);
}
cpSync(join(PROJECT_ROOT, 'content/articles'), articlesTmp, { recursive: true });
const site = createSite(siteName, {});
cpSync(articlesTmp, join(site, 'content/articles'), { recursive: true });
const baseline = createBaselineSite(`bench-baseline-${corpusDir ? 'corpus-' : ''}${count}`, articlesTmp);
rmSync(articlesTmp, { recursive: true, force: true });
console.log(`${count} ${kind} + the seeds in ${relative(PROJECT_ROOT, site)} and ${relative(PROJECT_ROOT, baseline)}`);

console.log('building the site (cold, empty social-card cache)…');
const cold = await runBuild(site);
mustSucceed(cold, site, 'build-cold');

/** Edits one article's body, as an editor would, builds again, then builds the same content from scratch. */
async function rebuilds(): Promise<{ rebuild: BuildRun; warm: BuildRun; files: number; differing: string[] }> {
  const edited = generated[0]
    ? join(site, 'content/articles', generated[0].path)
    : join(site, 'content/articles', readdirSync(join(site, 'content/articles'))[0]!);
  appendFileSync(edited, '\nBài viết được cập nhật thêm một đoạn để đo thời gian dựng lại.\n');
  console.log(`building the site again after editing ${relative(site, edited)}…`);
  const rebuild = await runBuild(site);
  mustSucceed(rebuild, site, 'build-rebuild');
  const rebuiltFiles = fileDigests(join(site, 'dist'));
  // Nothing reused (--force) but the social cards already drawn: the usual cold build, since the deploy
  // workflow keeps the card cache. Its output must equal the rebuild's.
  console.log('building the site cold again, social-card cache warm…');
  const warm = await runBuild(site, 'site', ['--force']);
  mustSucceed(warm, site, 'build-cold-warm-cards');
  return {
    rebuild,
    warm,
    files: rebuiltFiles.size,
    differing: differingFiles(rebuiltFiles, fileDigests(join(site, 'dist'))),
  };
}
const again = coldOnly ? undefined : await rebuilds();
const { rebuild, warm } = again ?? {};

console.log('building the plain Astro baseline…');
let base = await runBuild(baseline, 'astro');
// Plain Astro runs out of Node's default heap on a large archive: said in the report, then measured with
// the heap the site's build gives Astro.
let baselineNote = '';
if (!base.ok) {
  writeFileSync(join(baseline, 'build-default-heap.log'), base.output);
  const reason =
    /FATAL ERROR[^\n]*|heap out of memory[^\n]*/.exec(base.output)?.[0] ?? base.output.trim().split('\n').at(-1);
  baselineNote = `The plain Astro baseline failed with Node's default heap after ${seconds(base.wallMs)} s (peak ${mb(base.peakRssMax)} MB): ${reason}. Its figures are from a second run with the heap the site's build gives Astro (--max-old-space-size=${astroHeapMb()}).`;
  console.log(baselineNote);
  base = await runBuild(baseline, 'astro', [], { NODE_OPTIONS: `--max-old-space-size=${astroHeapMb()}` });
}
mustSucceed(base, baseline, 'build');

const dist = join(site, 'dist');
console.log('measuring cold searches…');
const searches = await searchServer(dist);
const searchResults: ColdSearch[] = [];
try {
  for (const query of QUERIES) searchResults.push(await searches.run(query));
} finally {
  await searches.close();
}
console.log('timing searches in Chromium…');
const browserMs = await timeInBrowser(dist);

const phases = {
  site: phasesOf(cold.lines),
  rebuild: phasesOf(rebuild?.lines ?? []),
  warm: phasesOf(warm?.lines ?? []),
  baseline: phasesOf(base.lines),
};
const size = { site: distSize(dist), baseline: distSize(join(baseline, 'dist')) };
const shell = searchPageShell(dist);
const ms = (value: number | undefined) => (value === undefined ? '—' : `${seconds(value)} s`);
const ratio = (run: BuildRun) => run.wallMs / base.wallMs;
const runs = [cold, rebuild, warm, base];
/** A figure of each build, '—' for the builds a --cold-only run leaves out. */
const perRun = (figure: (run: BuildRun) => string, list = runs) => list.map((run) => (run ? figure(run) : '—'));
const phaseRow = (label: string, key: keyof Phases) => [
  label,
  ms(phases.site[key]),
  ms(phases.rebuild[key]),
  ms(phases.warm[key]),
  key === 'relatedArticles' || key === 'socialCards' || key === 'searchIndex' ? '—' : ms(phases.baseline[key]),
];

const out: string[] = [];
const print = (line = '') => {
  console.log(line);
  out.push(line);
};
print();
print(`## ${count.toLocaleString('en')} ${kind} + the seeds (seed ${seed})`);
print();
print(`Machine: ${machineLine()}. Command: \`${command}\`.`);
print();
print(
  table(
    [
      '',
      'site, cold build (empty card cache)',
      'site, rebuild after editing one article',
      'site, cold build (card cache warm)',
      'plain Astro baseline',
    ],
    [
      ['wall time', ...perRun((run) => `**${seconds(run.wallMs)} s**`)],
      ['ratio to the baseline', ...perRun((run) => `${ratio(run).toFixed(2)}×`, [cold, rebuild, warm]), '1×'],
      ['peak memory, sum over processes', ...perRun((run) => `${mb(run.peakRssSum)} MB`)],
      ['peak memory, largest process', ...perRun((run) => `${mb(run.peakRssMax)} MB`)],
      phaseRow('content sync', 'contentSync'),
      phaseRow('page rendering', 'pageRendering'),
      phaseRow('related articles', 'relatedArticles'),
      phaseRow('social cards', 'socialCards'),
      phaseRow('search index', 'searchIndex'),
      ['output size', `${mb(size.site.bytes)} MB`, '', '', `${mb(size.baseline.bytes)} MB`],
      ['HTML pages', size.site.pages, '', '', size.baseline.pages],
    ],
  ),
);
print();
if (baselineNote) {
  print(baselineNote);
  print();
}
print(
  'One cold search (nothing cached), KB a browser fetches with JS and JSON gzipped by the host (raw in brackets); time from the last keystroke to the results on screen in Chromium (typing 10 characters a second; the page waits 250 ms after the last key):',
);
print();
print(
  table(
    ['query', 'hits', 'KB, cold search', 'index chunks KB', 'time to results (Chromium)', 'cold search in Node'],
    searchResults.map((r) => [
      `\`${r.query}\``,
      r.hits,
      `**${kb(r.totalWire)}** (${kb(r.totalRaw)})`,
      kb(r.served['index chunks']?.bytes ?? 0),
      browserMs?.has(r.query) ? `${Math.round(browserMs.get(r.query)!)} ms` : '—',
      `${Math.round(r.coldMs)} ms`,
    ]),
  ),
);
print();
print(
  `Not in the search figures: the search page itself (${shell.files.join(', ')}), ${kb(shell.gzip)} KB gzipped, ${kb(shell.raw)} KB raw.`,
);
print();

const siteRuns = [cold, ...(again ? [again.rebuild, again.warm] : [])];
const notMeasured = ['not measured (--cold-only)', '—'];
const worst = <T>(items: T[], value: (item: T) => number) =>
  items.reduce((a, b) => (value(b) > value(a) ? b : a), items[0]!);
const verdict = (value: number, target: number, bar?: number) =>
  value <= target ? 'met' : bar !== undefined && value <= bar ? `missed, within the bar (${bar}×)` : 'missed';
const heaviest = (queries: string[]) =>
  worst(
    searchResults.filter((r) => queries.includes(r.query)),
    (r) => r.totalWire,
  );
const slowest = (queries: string[]) => (browserMs ? worst(queries, (q) => browserMs.get(q) ?? Infinity) : undefined);
const memory = (key: 'peakRssSum' | 'peakRssMax') => {
  const run = worst(siteRuns, (r) => r[key]);
  return { value: run[key] / base[key], text: `${mb(run[key])} MB against ${mb(base[key])} MB` };
};
const related = Math.max(...Object.values(phases).map((p) => p.relatedArticles ?? 0));
const documentBytes = heaviest(DOCUMENT_QUERIES);
const documentTime = slowest(DOCUMENT_QUERIES);
const phraseBytes = heaviest(PHRASE_QUERIES);
const memorySum = memory('peakRssSum');
const memoryMax = memory('peakRssMax');
print(`Targets (issue 15; memory is the highest of the site's builds):`);
print();
print(
  table(
    ['target', 'measured', ''],
    [
      [
        'rebuild after editing one article ≤ 1.0× the baseline (bar 1.5×)',
        ...(again ? [`${ratio(again.rebuild).toFixed(2)}×`, verdict(ratio(again.rebuild), 1, 1.5)] : notMeasured),
      ],
      [
        'rebuilt `dist/` identical to a cold build',
        ...(again
          ? [
              again.differing.length === 0
                ? `identical, ${again.files} files`
                : `${again.differing.length} files differ: ${again.differing.slice(0, 5).join(', ')}`,
              again.differing.length === 0 ? 'met' : 'missed',
            ]
          : notMeasured),
      ],
      [
        'cold build, card cache warm ≤ 2×',
        ...(again ? [`${ratio(again.warm).toFixed(2)}×`, verdict(ratio(again.warm), 2)] : notMeasured),
      ],
      ['cold build, empty card cache ≤ 3×', `${ratio(cold).toFixed(2)}×`, verdict(ratio(cold), 3)],
      [
        'peak memory, largest process ≤ 1.2×',
        `${memoryMax.value.toFixed(2)}× (${memoryMax.text})`,
        verdict(memoryMax.value, 1.2),
      ],
      [
        'peak memory, summed ≤ 1.2×',
        `${memorySum.value.toFixed(2)}× (${memorySum.text})`,
        verdict(memorySum.value, 1.2),
      ],
      ['related articles ≤ 2 s', `${seconds(related)} s`, verdict(related, 2000)],
      [
        'document-number queries ≤ 250 KB cold',
        `${kb(documentBytes.totalWire)} KB (\`${documentBytes.query}\`, the heaviest)`,
        verdict(documentBytes.totalWire, 250 * 1024),
      ],
      [
        'document-number queries ≤ 1 s to results (Chromium)',
        documentTime === undefined
          ? 'not measured (no Chromium)'
          : `${Math.round(browserMs!.get(documentTime)!)} ms (\`${documentTime}\`, the slowest)`,
        documentTime === undefined ? '—' : verdict(browserMs!.get(documentTime)!, 1000),
      ],
      [
        'common phrases ≤ 500 KB cold',
        `${kb(phraseBytes.totalWire)} KB (\`${phraseBytes.query}\`, the heaviest)`,
        verdict(phraseBytes.totalWire, 500 * 1024),
      ],
    ],
  ),
);
print();
print(`Whole benchmark: ${seconds(performance.now() - started)} s.`);

writeFileSync(join(site, 'bench.md'), `${out.join('\n')}\n`);
writeFileSync(
  join(site, 'bench.json'),
  JSON.stringify(
    {
      count,
      seed,
      corpus: corpusArg ?? null,
      machine: machine(),
      builds: Object.fromEntries(
        Object.entries({ site: cold, rebuild, warm, baseline: base }).map(([name, run]) => [
          name,
          run ? { wallMs: run.wallMs, peakRssSum: run.peakRssSum, peakRssMax: run.peakRssMax } : null,
        ]),
      ),
      phases,
      differing: again?.differing,
      size,
      searches: searchResults,
      browserMs: browserMs ? Object.fromEntries(browserMs) : undefined,
      shell,
    },
    null,
    2,
  ),
);
console.log(`\nwritten to ${relative(PROJECT_ROOT, join(site, 'bench.md'))} and bench.json`);
