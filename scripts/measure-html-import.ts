/**
 * Imports every saved page (.html) of a folder as `npm run import -- page.html --dry-run` would, and
 * compares the article with the truth read by hand in the folder's README.md (the table under "Truth":
 * file, headline, printed date, declared date, byline, publisher, lead, first body sentence). Prints, for
 * each page, what came out wrong, then how many headlines, dates and bodies came out right. Writes nothing.
 *
 *   npm run measure:html -- [folder]     (default: ../shared/html-pages beside the project)
 *
 * The pages belong to their publishers: they are read from the folder, never copied into the project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPage } from '../src/lib/import/html/import-page.ts';
import { vnCalendarDay } from '../src/lib/import/dates.ts';
import { fold } from '../src/lib/text/vi-text.ts';
import { findProvince } from '../src/lib/places/localities.ts';

const DEFAULT_FOLDER = fileURLToPath(new URL('../../shared/html-pages/', import.meta.url));
const folder = resolve(process.argv[2] ?? DEFAULT_FOLDER);
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.log(`The folder ${folder} is absent: nothing to measure (the saved pages are not part of a clone).`);
  process.exit(0);
}

interface Truth {
  headline: string;
  printed: string;
  declared: string;
  byline: string;
  publisher: string;
  lead: string;
  first: string;
}

/** Rows of the README's truth table, by file name. */
function readTruth(readme: string): Map<string, Truth> {
  const truth = new Map<string, Truth>();
  const section = readme.split(/^## Truth.*$/m)[1] ?? '';
  for (const row of section.split('\n')) {
    if (!row.startsWith('| `')) continue;
    const cells = row
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
    const [file, headline, printed, declared, byline, publisher, lead, first] = cells;
    if (file === undefined || first === undefined) continue;
    truth.set(file.replace(/`/g, ''), {
      headline: headline!,
      printed: printed!,
      declared: declared!,
      byline: byline!,
      publisher: publisher!,
      lead: lead!,
      first,
    });
  }
  return truth;
}

const key = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The first `dd/mm/yyyy` (or `dd/mm/yy`) of a printed date, as `YYYY-MM-DD`. */
function printedDay(text: string): string | undefined {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/.exec(text);
  if (!m) return undefined;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const declaredDay = (text: string) => /\d{4}-\d{2}-\d{2}/.exec(text)?.[0];

/** A lead or sentence as the article keeps it: without the paper's marker, compared on letters and digits. */
const sentenceKey = (text: string) =>
  key(text.replace(/^\((?:[^()]{1,20})\)\s*[-–]?\s*|^(?:TT|NDO|TTO)\s*-\s*|^-\s*/u, '')).slice(0, 80);

const readmePath = join(folder, 'README.md');
const truth = existsSync(readmePath) ? readTruth(readFileSync(readmePath, 'utf8')) : new Map<string, Truth>();
const files = readdirSync(folder)
  .filter((name) => name.toLowerCase().endsWith('.html') || name.toLowerCase().endsWith('.htm'))
  .sort();
const today = vnCalendarDay();
// National papers name no province, or several: the editor then passes --province, and so does this.
const FALLBACK_PROVINCE = findProvince('Hà Nội');
const counts = {
  author: 0,
  authorPages: 0,
  withProvince: 0,
  pages: 0,
  imported: 0,
  headline: 0,
  printedDate: 0,
  declaredDate: 0,
  declaredPages: 0,
  body: 0,
};
let elapsed = 0;

for (const file of files) {
  const expected = truth.get(file);
  if (!expected) continue;
  counts.pages++;
  const started = performance.now();
  const bytes = readFileSync(join(folder, file));
  let result = importPage(bytes, {}, { today });
  if (!result.ok && result.reason.includes('--province') && FALLBACK_PROVINCE) {
    counts.withProvince++;
    result = importPage(bytes, {}, { today, province: FALLBACK_PROVINCE });
  }
  elapsed += performance.now() - started;
  if (!result.ok) {
    console.log(`✗ ${file}: refused: ${result.reason}`);
    continue;
  }
  counts.imported++;
  const { frontmatter, markdown } = result.article;
  const wrong: string[] = [];
  if (key(frontmatter.title) === key(expected.headline)) counts.headline++;
  else wrong.push(`headline “${frontmatter.title}” ≠ “${expected.headline}”`);
  const day = frontmatter.date.slice(0, 10);
  if (day === printedDay(expected.printed)) counts.printedDate++;
  else wrong.push(`date ${frontmatter.date} ≠ printed “${expected.printed}”`);
  const declared = declaredDay(expected.declared);
  if (declared !== undefined) {
    counts.declaredPages++;
    if (day === declared) counts.declaredDate++;
  }
  // A byline printed as a name (not a "Theo …" credit, not none) should be the author.
  const printedByline = expected.byline.split(' — ')[0]!.trim();
  if (!/^(?:\(none|theo\s)/i.test(printedByline)) {
    counts.authorPages++;
    if (key(frontmatter.author ?? '') === key(printedByline)) counts.author++;
  }
  // The body is right when the lead and the first body sentence are in the article, in that order.
  const text = key(markdown);
  const lead = sentenceKey(expected.lead);
  const first = expected.first.startsWith('(no prose body') ? '' : sentenceKey(expected.first);
  const leadAt = text.indexOf(lead);
  const firstAt = first === '' ? leadAt : text.indexOf(first);
  if (leadAt >= 0 && firstAt >= leadAt) counts.body++;
  else wrong.push(`body: ${leadAt < 0 ? 'lead missing' : ''}${firstAt < 0 ? ' first sentence missing' : ''}`.trim());
  console.log(
    `${wrong.length === 0 ? '✓' : '✗'} ${file}${wrong.length === 0 ? '' : `\n    ${wrong.join('\n    ')}`}\n    source: ${frontmatter.source?.name ?? '—'} · author: ${frontmatter.author ?? '—'} (printed: ${expected.byline.split(' — ')[0]})`,
  );
}

if (counts.pages === 0) {
  console.log(`No page of ${folder} has a row in its README.md truth table: nothing to compare.`);
  process.exit(0);
}
console.log(
  `\n${counts.pages} pages, ${counts.imported} imported in ${Math.round(elapsed)} ms` +
    `\nheadline right: ${counts.headline}/${counts.pages}` +
    `\nprinted date right (day): ${counts.printedDate}/${counts.pages}` +
    `\ndeclared date kept (day), of the pages that declare one: ${counts.declaredDate}/${counts.declaredPages}` +
    `\nbody right (lead and first body sentence, in order): ${counts.body}/${counts.pages}` +
    `\nauthor right, of the pages that print a writer's name: ${counts.author}/${counts.authorPages}`,
);
