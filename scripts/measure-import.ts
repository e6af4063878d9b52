/**
 * Runs the importer on every .txt page of a folder (subfolders included), as `npm run import --dry-run`
 * would, and prints what it did: pages imported, refused by reason, each field by what it was inferred
 * from, and the articles that break an invariant (scripts/lib/import-invariants.ts). Writes nothing.
 *
 *   npm run measure:import -- <folder> [--tsv FILE] [--date YYYY-MM-DD] [--examples N]
 *
 * `--tsv`: a table with a header row and a `file` column (path relative to the folder), and optional
 * `date` (YYYY-MM-DD) and `url` columns (or `url_or_id`, used when it is an address) given to the import
 * as `--date`/`--url` for that page. `--date` gives every other page that date, to measure the other
 * fields on pages that print none (the importer refuses those otherwise).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, type ImportOptions } from '../src/lib/import/import-article.ts';
import { decodeRawText } from '../src/lib/import/raw-text.ts';
import { vnCalendarDay } from '../src/lib/import/dates.ts';
import { violations, type Violation } from './lib/import-invariants.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tsv: { type: 'string' }, date: { type: 'string' }, examples: { type: 'string', default: '3' } },
});
const folder = positionals[0];
if (folder === undefined || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(
    folder === undefined
      ? 'Usage: npm run measure:import -- <folder> [--tsv FILE] [--date YYYY-MM-DD] [--examples N]'
      : `The folder ${folder} is absent: nothing to measure (the shared corpus is not part of a clone).`,
  );
  process.exit(1);
}
const root = resolve(folder);
const examples = Number(values.examples);

interface PageHints {
  date?: string;
  url?: string;
}

function readHints(file: string): Map<string, PageHints> {
  const [header = '', ...rows] = readFileSync(file, 'utf8').split('\n');
  const columns = header.split('\t');
  const at = (name: string) => columns.indexOf(name);
  const hints = new Map<string, PageHints>();
  for (const row of rows) {
    const cells = row.split('\t');
    const name = cells[at('file')];
    if (!name) continue;
    const date = cells[at('date')]?.trim();
    const url = (cells[at('url')] ?? cells[at('url_or_id')])?.trim();
    hints.set(name, {
      ...(date && /^\d{4}-\d\d-\d\d$/.test(date) && { date }),
      ...(url && /^https?:\/\//.test(url) && { url }),
    });
  }
  return hints;
}

/** Quoted parts and numbers of a message made general, so that messages of one kind count together. */
const kindOf = (message: string) =>
  message
    .replace(/“[^”]*”|"[^"]*"/g, '“…”')
    .replace(/\d+/g, 'N')
    .slice(0, 140);

function count(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const hints = values.tsv === undefined ? new Map<string, PageHints>() : readHints(values.tsv);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.toLowerCase().endsWith('.txt'))
  .sort();
const today = vnCalendarDay();

const refused = new Map<string, number>();
const bases = new Map<string, Map<string, number>>();
const broken = new Map<Violation, string[]>();
let imported = 0;
const started = performance.now();

for (const name of files) {
  const file = join(root, name);
  const decoded = decodeRawText(readFileSync(file));
  if (!decoded.ok) {
    count(refused, kindOf(decoded.reason));
    continue;
  }
  const hint = hints.get(name.split('\\').join('/')) ?? {};
  const options: ImportOptions = { today, ...(values.date !== undefined && { date: values.date }), ...hint };
  const result = importArticle(decoded.text, options);
  if (!result.ok) {
    count(refused, kindOf(result.reason));
    continue;
  }
  imported++;
  for (const { field, basis } of result.article.inferred) {
    const byBasis = bases.get(field) ?? new Map<string, number>();
    count(byBasis, kindOf(basis));
    bases.set(field, byBasis);
  }
  for (const violation of violations(decoded.text, result.article, today)) {
    broken.set(violation, [...(broken.get(violation) ?? []), relative(process.cwd(), file)]);
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const share = (n: number) => `${n} (${((100 * n) / files.length).toFixed(1)} %)`;
const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);

console.log(`Pages: ${files.length} in ${relative(process.cwd(), root) || '.'}, ${seconds} s`);
console.log(`Imported: ${share(imported)}`);
console.log(`Refused: ${share(files.length - imported)}`);
for (const [reason, n] of sorted(refused)) console.log(`  ${String(n).padStart(6)}  ${reason}`);
console.log('Fields by what they were inferred from:');
for (const [field, byBasis] of bases) {
  console.log(`  ${field}`);
  for (const [basis, n] of sorted(byBasis).slice(0, 8)) console.log(`    ${String(n).padStart(6)}  ${basis}`);
  if (byBasis.size > 8) console.log(`    (${byBasis.size - 8} other bases)`);
}
const labels: Record<Violation, string> = {
  wording: 'wording changed',
  date: 'date before 1945 or after today',
  province: 'province from a non-place',
};
console.log('Invariant violations:');
for (const violation of ['wording', 'date', 'province'] as const) {
  const pages = broken.get(violation) ?? [];
  console.log(`  ${String(pages.length).padStart(6)}  ${labels[violation]}`);
  for (const page of pages.slice(0, examples)) console.log(`          ${page}`);
}
